// SPDX-License-Identifier: MIT
#pragma once

#include "load/integrationloader.h"

#include <deque>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;

namespace kombo {

// The integration IDs in `text`, one a line (a paste into the ID box, the "Open several IDs"
// dialog): lines end at LF, a CR before it is dropped, spaces around an ID are not part of it,
// blank lines are skipped and an ID given twice counts once, at its first line.
QStringList integrationIdsIn(QStringView text);

// Loads any number of integrations from the API for the window, at most kMaxConcurrentFetches
// at once (SPEC §6); the others wait in the order asked. Each ID asked for ends in exactly one
// finished(), whatever happens to the others: one failing never stops the rest.
class BatchLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchLoader)

public:
    explicit BatchLoader(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~BatchLoader() override;

    // Queues `integrationId`. One already waiting keeps its place; one in flight is dropped
    // quietly and asked again, as the latest request is what the person wants.
    void load(const QUrl &baseUrl, const QString &apiKey, const QString &integrationId,
              RequestOptions options = {});
    // Ends the load of `integrationId`, in flight or waiting, with a "cancelled" failure.
    void cancel(const QString &integrationId);
    // Forgets the load of `integrationId` without a word: its finished() never comes.
    void drop(const QString &integrationId);
    // Cancels every load, waiting ones first so that none starts in a freed slot.
    void cancelAll();

    bool isLoading(const QString &integrationId) const;
    // In flight, then waiting in order.
    QStringList loadingIds() const;
    int inFlight() const { return int(m_inFlight.size()); }
    // In flight and waiting.
    int count() const { return int(m_inFlight.size() + m_waiting.size()); }
    QNetworkAccessManager *network() const { return m_network; }
    // The largest number in flight at once since this loader was made (tests, benchmarks).
    int mostInFlight() const { return m_mostInFlight; }

signals:
    void retrying(const QString &integrationId, int retry, std::chrono::milliseconds delay,
                  const QString &reason);
    void finished(const QString &integrationId, const kombo::LoadResult &result);

private:
    struct Waiting
    {
        QString id;
        QUrl baseUrl;
        QString apiKey;
        RequestOptions options;
    };

    void startNext();
    void start(Waiting waiting);

    QNetworkAccessManager *m_network;
    std::deque<Waiting> m_waiting;
    QHash<QString, IntegrationLoader *> m_inFlight; // one IntegrationLoader per request
    int m_mostInFlight = 0;
};

} // namespace kombo
