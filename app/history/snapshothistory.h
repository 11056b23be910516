// SPDX-License-Identifier: MIT
#pragma once

#include "domain/failure.h"
#include "history/snapshotstore.h"

#include <atomic>
#include <deque>
#include <memory>
#include <QObject>
#include <vector>

namespace kombo {

// One kept response of the integration shown, as the window's history lists it.
struct HistoryEntry
{
    enum class State
    {
        Counting,   // its changes are being counted
        Counted,    // `changes` to the readable snapshot before it
        First,      // the oldest that reads back: nothing to compare with
        Unreadable, // does not parse (damaged, cut short): skipped
    };

    Snapshot snapshot;
    State state = State::Counting;
    int changes = 0;
};

// The snapshots of one integration (SPEC §9) for the window: listed at once, newest first, their
// changes to one another counted in the background, and new responses kept off the GUI thread,
// since a large response takes a while to compare with the last one and to write. Snapshots
// that do not read back are marked and skipped, never fatal.
class SnapshotHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotHistory)

public:
    explicit SnapshotHistory(SnapshotStore store = SnapshotStore(), QObject *parent = nullptr);
    ~SnapshotHistory() override;

    const SnapshotStore &store() const { return m_store; }

    // Lists the integration's snapshots (an empty ID: none), then counts their changes.
    void setIntegration(const QString &integrationId);
    const QString &integrationId() const { return m_integrationId; }
    const std::vector<HistoryEntry> &entries() const { return m_entries; }

    // Keeps `response` of the integration in the background; one keep at a time, in order.
    // Returns the ticket that kept() and keepFailed() will carry.
    int keep(const QString &integrationId, const QByteArray &response);
    bool isKeeping() const { return m_keeping; }

signals:
    void entriesChanged();
    // A response was kept (or was the newest already): `snapshot` holds it.
    void kept(int ticket, const QString &integrationId, const kombo::Snapshot &snapshot);
    void keepFailed(int ticket, const kombo::Failure &failure);

private:
    void countChanges();
    void keepNext();

    SnapshotStore m_store;
    QString m_integrationId;
    std::vector<HistoryEntry> m_entries;
    int m_generation = 0; // which listing a count belongs to
    std::shared_ptr<std::atomic_bool> m_stopCounting;
    struct ToKeep
    {
        int ticket;
        QString integrationId;
        QByteArray response;
    };
    std::deque<ToKeep> m_toKeep;
    int m_lastTicket = 0;
    bool m_keeping = false;
};

} // namespace kombo
