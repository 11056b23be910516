// SPDX-License-Identifier: MIT
#include "history/snapshothistory.h"

#include "common/logging.h"
#include "history/coveragediff.h"

#include <optional>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace kombo {

namespace {

// Counts, oldest first, the changes from each readable snapshot to the next; runs in a pool
// thread, with only two parsed responses in memory at a time.
std::vector<HistoryEntry> counted(std::vector<HistoryEntry> entries,
                                  std::shared_ptr<std::atomic_bool> stop)
{
    std::optional<Integration> previous;
    for (auto entry = entries.rbegin(); entry != entries.rend() && !*stop; ++entry) {
        ParseResult parsed = SnapshotStore::read(entry->snapshot);
        if (const Failure *failure = parsed.failure()) {
            qCWarning(lcHistory).noquote() << "skipped snapshot" << entry->snapshot.path
                                           << "which does not read back:" << failure->message();
            entry->state = HistoryEntry::State::Unreadable;
            continue;
        }
        Integration current = std::move(parsed).value();
        if (previous) {
            entry->state = HistoryEntry::State::Counted;
            entry->changes = int(compareCoverage(&*previous, current).changes.size());
        } else {
            entry->state = HistoryEntry::State::First;
        }
        previous = std::move(current);
    }
    return entries;
}

} // namespace

SnapshotHistory::SnapshotHistory(SnapshotStore store, QObject *parent)
    : QObject(parent), m_store(std::move(store))
{}

SnapshotHistory::~SnapshotHistory()
{
    // A count under way stops at its next snapshot; its result has nowhere to go.
    if (m_stopCounting)
        *m_stopCounting = true;
}

void SnapshotHistory::setIntegration(const QString &integrationId)
{
    m_integrationId = integrationId;
    m_entries.clear();
    if (!integrationId.isEmpty()) {
        for (Snapshot &snapshot : m_store.list(integrationId))
            m_entries.push_back(HistoryEntry{std::move(snapshot)});
    }
    emit entriesChanged();
    countChanges();
}

void SnapshotHistory::countChanges()
{
    if (m_stopCounting)
        *m_stopCounting = true;
    const int generation = ++m_generation;
    if (m_entries.empty())
        return;
    m_stopCounting = std::make_shared<std::atomic_bool>(false);
    auto *watcher = new QFutureWatcher<std::vector<HistoryEntry>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // another integration, or a newer listing
        m_entries = watcher->result();
        emit entriesChanged();
    });
    watcher->setFuture(QtConcurrent::run(counted, m_entries, m_stopCounting));
}

int SnapshotHistory::keep(const QString &integrationId, const QByteArray &response)
{
    const int ticket = ++m_lastTicket;
    m_toKeep.push_back(ToKeep{ticket, integrationId, response});
    if (!m_keeping)
        keepNext();
    return ticket;
}

void SnapshotHistory::keepNext()
{
    if (m_toKeep.empty()) {
        m_keeping = false;
        return;
    }
    m_keeping = true;
    ToKeep next = std::move(m_toKeep.front());
    m_toKeep.pop_front();
    auto *watcher = new QFutureWatcher<Result<Snapshot>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, id = next.integrationId, ticket = next.ticket] {
                watcher->deleteLater();
                const Result<Snapshot> &result = watcher->future().result();
                if (const Failure *failure = result.failure()) {
                    qCWarning(lcHistory).noquote() << "snapshot not kept:" << failure->message();
                    emit keepFailed(ticket, *failure);
                } else {
                    if (id == m_integrationId)
                        setIntegration(id); // list it
                    emit kept(ticket, id, result.value());
                }
                keepNext();
            });
    // The store is a root path: a copy is the same store, safe to use from the pool.
    watcher->setFuture(QtConcurrent::run(
        [store = m_store, id = next.integrationId, response = std::move(next.response)] {
            return store.keep(id, response);
        }));
}

} // namespace kombo
