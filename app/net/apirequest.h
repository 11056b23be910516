// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "net/boundedreply.h"

#include <chrono>
#include <memory>
#include <optional>
#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace kombo {

// The limits of SPEC §2, in one place.
inline constexpr qint64 kMaxResponseBytes = 64 * 1024 * 1024;
inline constexpr std::chrono::seconds kDefaultTransferTimeout = std::chrono::seconds(30);
inline constexpr int kMaxRetries = 3; // so at most four requests
inline constexpr std::chrono::milliseconds kFirstRetryDelay =
    std::chrono::seconds(1); // doubled for each retry
inline constexpr std::chrono::seconds kLongestRetryAfter =
    std::chrono::seconds(60); // a longer wait is not retried
inline constexpr int kMaxRedirects = 5;
inline constexpr int kDeadlineTimeouts = 10; // an attempt's deadline, in transfer timeouts
inline constexpr std::chrono::seconds kMinTransferTimeout =
    std::chrono::seconds(1); // --timeout's range
inline constexpr std::chrono::seconds kMaxTransferTimeout = std::chrono::seconds(3600);
// Requests to the API in flight at once when loading several integrations (SPEC §6), on the
// command line and in the window alike.
inline constexpr int kMaxConcurrentFetches = 4;

struct RequestOptions
{
    std::chrono::milliseconds transferTimeout = kDefaultTransferTimeout; // without any data
    std::chrono::milliseconds firstRetryDelay = kFirstRetryDelay;
    // Room to reserve past the body, so that its consumer can use it in place: the JSON
    // parser's padding (kJsonPadding), given by whoever parses the result.
    qsizetype bodyPadding = 0;
};

// The wait a Retry-After header asks for: delay-seconds or an HTTP-date (RFC 9110 §10.2.3).
std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value, const QDateTime &now);

// One authenticated GET to the API, from the first request to one result: the body of a 2xx
// answer, or a Failure. Retries 429, 500, 502, 503, 504 and connection resets with exponential
// backoff and jitter, honouring Retry-After; follows redirects only within the same origin, so
// the key never travels elsewhere; stops a transfer that stalls or outgrows kMaxResponseBytes.
class ApiRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiRequest)

public:
    ApiRequest(QNetworkAccessManager *network, QUrl url, QString apiKey, RequestOptions options,
               QObject *parent = nullptr);
    ~ApiRequest() override;

    void start();
    // Stops at once, also during a wait between retries; no request is sent after this.
    void cancel();

    bool isFinished() const { return m_result.has_value(); }
    const Result<QByteArray> &result() const { return *m_result; }

signals:
    // A retry is due after `delay`; `retry` counts from 1.
    void retrying(int retry, std::chrono::milliseconds delay, const QString &reason);
    void finished();

private:
    void sendAttempt();
    void attemptFinished();
    // Retries after `delay` when retries are left, else finishes with `failure`.
    void retryOrFail(Failure failure, std::optional<std::chrono::milliseconds> delay);
    std::chrono::milliseconds backoffDelay() const;
    void finish(Result<QByteArray> result);

    QNetworkAccessManager *m_network;
    QUrl m_url;
    QString m_apiKey;
    RequestOptions m_options;

    std::unique_ptr<BoundedReply> m_attempt;
    QTimer m_retryTimer;
    int m_retries = 0;
    std::optional<Result<QByteArray>> m_result;
};

} // namespace kombo
