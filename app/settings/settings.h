// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace kombo {

// The window's saved state (SPEC §7), under one set of keys. Never holds the API key. A settings
// file that cannot be read or parsed counts as empty: every value is its default.
class Settings
{
public:
    Settings();

    static constexpr int kMaxRecentIds = 10;
    static constexpr int kMaxRecentFiles = 10;

    QStringList recentIds() const;
    // Puts `id` first, without duplicates, keeping at most kMaxRecentIds.
    void addRecentId(const QString &id);

    QStringList recentFiles() const; // absolute paths of saved responses, newest first
    void addRecentFile(const QString &path);

    QString baseUrl() const; // empty: the default region
    void setBaseUrl(const QString &url);

    // Whether responses loaded from the API are kept as snapshots (SPEC §9); on by default.
    bool keepSnapshots() const;
    void setKeepSnapshots(bool keep);

    QString lastRequirementsFile() const;
    void setLastRequirementsFile(const QString &path);

    QString lastFolder() const;
    void setLastFolder(const QString &folder);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray treeHeaderState() const;
    void setTreeHeaderState(const QByteArray &state);

private:
    QSettings m_settings;
};

} // namespace kombo
