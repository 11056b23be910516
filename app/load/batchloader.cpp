// SPDX-License-Identifier: MIT
#include "load/batchloader.h"

#include "domain/failure.h"

#include <algorithm>
#include <QSet>

namespace kombo {

QStringList integrationIdsIn(QStringView text)
{
    QStringList ids;
    QSet<QString> seen;
    for (QStringView line : text.split(u'\n')) {
        const QString id = line.trimmed().toString(); // drops the CR of a CRLF too
        if (id.isEmpty() || seen.contains(id))
            continue;
        seen.insert(id);
        ids.append(id);
    }
    return ids;
}

BatchLoader::BatchLoader(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{}

BatchLoader::~BatchLoader()
{
    // Nobody listens any more: loaders go without finishing.
    for (IntegrationLoader *loader : std::as_const(m_inFlight)) {
        loader->disconnect(this);
        delete loader;
    }
}

void BatchLoader::load(const QUrl &baseUrl, const QString &apiKey, const QString &integrationId,
                       RequestOptions options)
{
    Waiting request{integrationId, baseUrl, apiKey, options};
    const auto waiting =
        std::find_if(m_waiting.begin(), m_waiting.end(),
                     [&](const Waiting &other) { return other.id == integrationId; });
    if (waiting != m_waiting.end()) {
        *waiting = std::move(request);
        return;
    }
    if (m_inFlight.contains(integrationId)) {
        drop(integrationId);
        start(std::move(request)); // takes the slot it had
        return;
    }
    m_waiting.push_back(std::move(request));
    startNext();
}

void BatchLoader::startNext()
{
    while (m_inFlight.size() < kMaxConcurrentFetches && !m_waiting.empty()) {
        Waiting next = std::move(m_waiting.front());
        m_waiting.pop_front();
        start(std::move(next));
    }
}

void BatchLoader::start(Waiting waiting)
{
    auto *loader = new IntegrationLoader(m_network, this);
    const QString id = waiting.id;
    m_inFlight.insert(id, loader);
    m_mostInFlight = std::max(m_mostInFlight, int(m_inFlight.size()));
    connect(loader, &IntegrationLoader::retrying, this,
            [this, id](int retry, std::chrono::milliseconds delay, const QString &reason) {
                emit retrying(id, retry, delay, reason);
            });
    connect(loader, &IntegrationLoader::finished, this, [this, id, loader](const LoadResult &result) {
        if (m_inFlight.value(id) != loader)
            return;
        m_inFlight.remove(id);
        loader->deleteLater();
        // The slot is free before anyone hears of the result, so a load asked for in reply
        // queues behind the ones already waiting.
        startNext();
        emit finished(id, result);
    });
    loader->load(waiting.baseUrl, waiting.apiKey, id, waiting.options);
}

void BatchLoader::cancel(const QString &integrationId)
{
    const auto waiting =
        std::find_if(m_waiting.begin(), m_waiting.end(),
                     [&](const Waiting &other) { return other.id == integrationId; });
    if (waiting != m_waiting.end()) {
        m_waiting.erase(waiting);
        emit finished(integrationId, Failure(FailureKind::Cancelled, Reason::Cancelled));
        return;
    }
    if (IntegrationLoader *loader = m_inFlight.value(integrationId))
        loader->cancel(); // finishes with "cancelled", through the slot above
}

void BatchLoader::drop(const QString &integrationId)
{
    m_waiting.erase(std::remove_if(m_waiting.begin(), m_waiting.end(),
                                   [&](const Waiting &other) { return other.id == integrationId; }),
                    m_waiting.end());
    if (IntegrationLoader *loader = m_inFlight.take(integrationId)) {
        loader->disconnect(this);
        loader->cancel();
        loader->deleteLater();
        startNext();
    }
}

void BatchLoader::cancelAll()
{
    const std::deque<Waiting> waiting = std::exchange(m_waiting, {});
    for (const Waiting &request : waiting)
        emit finished(request.id, Failure(FailureKind::Cancelled, Reason::Cancelled));
    const QList<QString> ids = m_inFlight.keys();
    for (const QString &id : ids)
        cancel(id);
}

bool BatchLoader::isLoading(const QString &integrationId) const
{
    return m_inFlight.contains(integrationId) ||
           std::any_of(m_waiting.cbegin(), m_waiting.cend(),
                       [&](const Waiting &other) { return other.id == integrationId; });
}

QStringList BatchLoader::loadingIds() const
{
    QStringList ids = m_inFlight.keys();
    for (const Waiting &waiting : m_waiting)
        ids.append(waiting.id);
    return ids;
}

} // namespace kombo
