// SPDX-License-Identifier: MIT
#pragma once

#include "domain/failure.h"
#include "load/integrationloader.h"

#include <memory>
#include <optional>
#include <QAbstractListModel>
#include <QCoreApplication>
#include <vector>

namespace kombo {

class ToolIcons;

// Where an open integration came from, so that it can be loaded again.
enum class LoadSource
{
    None, // nothing: no integration is shown
    Api,
    File,
    Demo
};

// The integrations open in the window (SPEC §8 "several integrations can be open at once"),
// in the order they were first asked for: each with where it came from, whether it is
// loading, loaded or failed, the last failure, and the integration last loaded, which a failed
// reload keeps. One row per source: asking again for the same ID, file or the demo reloads
// that row in place. A row may also carry a status line of someone else's (readiness).
class OpenIntegrations final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenIntegrations)

public:
    enum class State
    {
        Loading,
        Loaded,
        Failed
    };

    enum Role
    {
        SourceRole = Qt::UserRole + 1, // LoadSource as int
        LocationRole,                  // QString: the ID or the file's absolute path
        StateRole,                     // State as int
        IntegrationIdRole,             // QString: the loaded integration's ID, or empty
        FailureRole,                   // QString: the last failure in words, or empty
        StatusTextRole,                // QString: the status line set with setStatus()
    };

    struct Entry
    {
        LoadSource source = LoadSource::None;
        QString location; // the ID, the file's absolute path, empty for the demo
        State state = State::Loading;
        std::optional<LoadedIntegration> loaded; // the last that loaded, kept while reloading
        std::optional<Failure> failure;          // the last load's, until one succeeds
        QString note;                            // what a load under way is doing
        QString statusText;
        QString statusToolTip;
    };

    explicit OpenIntegrations(const ToolIcons *icons = nullptr, QObject *parent = nullptr);
    ~OpenIntegrations() override;

    // The row of that source, or -1.
    int find(LoadSource source, const QString &location) const;
    // The row of that source, added at the end (Loading) if it was not open; an existing row
    // is set to Loading and keeps what it had loaded.
    int open(LoadSource source, const QString &location);
    const Entry &entry(int row) const { return m_entries[std::size_t(row)]; }
    int count() const { return int(m_entries.size()); }

    void setLoaded(int row, LoadedIntegration loaded);
    void setFailed(int row, const Failure &failure);
    // A load that was cancelled: the row is as before it started, or gone if it had nothing.
    // Returns whether the row is still there.
    bool setCancelled(int row);
    void setNote(int row, const QString &note);
    void remove(int row);

    // A line of text under the row and its tooltip, for whoever judges the integration (the
    // readiness against requirements); empty text removes the line.
    void setStatus(int row, const QString &text, const QString &toolTip = {});

    // Every row's last loaded integration, in list order: the columns of the compare view.
    std::vector<std::shared_ptr<const Integration>> loadedIntegrations() const;
    // How many rows are loading.
    int loadingCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    // The set or order of loaded integrations changed (not a note or a status).
    void integrationsChanged();

private:
    void changedRow(int row);

    const ToolIcons *m_icons;
    std::vector<Entry> m_entries;
};

// The short name of a source for people: the file's name, the ID, or "demo".
QString sourceName(LoadSource source, const QString &location);

} // namespace kombo
