// SPDX-License-Identifier: MIT
#include "net/apirequest.h"

#include "common/logging.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimeZone>

namespace kombo {

namespace {

constexpr qsizetype kExcerptLength = 200;
// Retry-After values past this are nonsense, kept in range to name a date.
constexpr qint64 kLongestWait = qint64(1) << 40; // seconds: some 35,000 years

bool isRetryableStatus(int status)
{
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

QString excerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(kExcerptLength * 4)).simplified();
    if (text.size() > kExcerptLength)
        text = text.left(kExcerptLength) + QChar(0x2026);
    return text.isEmpty() ? QStringLiteral("(empty body)") : text;
}

QString seconds(std::chrono::milliseconds delay)
{
    return QString::number((delay.count() + 999) / 1000);
}

Failure httpFailure(int status, const QString &reason, const QByteArray &body)
{
    const QString statusLine =
        QString::number(status) + (reason.isEmpty() ? QString() : QLatin1Char(' ') + reason);
    auto envelope = parseApiErrorEnvelope(body);
    Failure failure(FailureKind::Api, Reason::HttpStatus,
                    {statusLine, envelope ? envelope->summary() : excerpt(body)});
    failure.httpStatus = status;
    failure.apiError = std::move(envelope);
    return failure;
}

} // namespace

std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    bool isNumber = false;
    const qint64 delaySeconds = text.toLongLong(&isNumber);
    if (isNumber)
        return delaySeconds >= 0 ? std::optional(std::chrono::seconds(delaySeconds)) : std::nullopt;
    // IMF-fixdate, the form HTTP senders must use: "Sun, 06 Nov 1994 08:49:37 GMT".
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(text),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return std::nullopt;
    date.setTimeZone(QTimeZone::utc());
    return std::chrono::seconds(std::max<qint64>(0, now.secsTo(date)));
}

ApiRequest::ApiRequest(QNetworkAccessManager *network, QUrl url, QString apiKey,
                       RequestOptions options, QObject *parent)
    : QObject(parent), m_network(network), m_url(std::move(url)), m_apiKey(std::move(apiKey)),
      m_options(options)
{
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(
        Qt::PreciseTimer); // a coarse timer may fire early, before Retry-After
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiRequest::sendAttempt);
}

ApiRequest::~ApiRequest() = default;

void ApiRequest::start()
{
    sendAttempt();
}

void ApiRequest::cancel()
{
    if (isFinished())
        return;
    if (m_attempt) {
        m_attempt->cancel(); // finishes the attempt, which reports the cancellation
        return;
    }
    m_retryTimer.stop();
    finish(Failure(FailureKind::Cancelled, Reason::Cancelled));
}

void ApiRequest::sendAttempt()
{
    QNetworkRequest request(m_url);
    request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    // Uncompressed only: Qt would inflate gzip before our size cap sees a byte, so a small
    // bomb could fill memory (BoundedReply refuses an encoding we did not ask for).
    request.setRawHeader("Accept-Encoding", "identity");
    // Qt copies every header, Authorization too, onto a redirected request: follow only
    // redirects that stay with the origin the key belongs to.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(kMaxRedirects);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);

    m_attempt = std::make_unique<BoundedReply>(
        m_network->get(request),
        BoundedReply::Limits{kMaxResponseBytes, m_options.transferTimeout,
                             m_options.transferTimeout * kDeadlineTimeouts, m_options.bodyPadding});
    connect(m_attempt.get(), &BoundedReply::finished, this, &ApiRequest::attemptFinished);
    qCDebug(lcApi) << "GET" << m_url.toDisplayString() << "attempt" << m_retries + 1;
}

void ApiRequest::attemptFinished()
{
    const std::unique_ptr<BoundedReply> attempt = std::move(m_attempt);
    switch (attempt->outcome()) {
    case BoundedReply::Outcome::Cancelled:
        return finish(Failure(FailureKind::Cancelled, Reason::Cancelled));
    case BoundedReply::Outcome::Stalled:
        return finish(Failure(FailureKind::Network, Reason::TimedOutWithoutData,
                              {seconds(m_options.transferTimeout)}));
    case BoundedReply::Outcome::Overdue:
        return finish(Failure(FailureKind::Network, Reason::TimedOutIncomplete,
                              {seconds(m_options.transferTimeout * kDeadlineTimeouts)}));
    case BoundedReply::Outcome::TooLarge:
        return finish(Failure(FailureKind::Network, Reason::ResponseTooLarge,
                              {QString::number(kMaxResponseBytes / (1024 * 1024))}));
    case BoundedReply::Outcome::Encoded:
        return finish(
            Failure(FailureKind::Network, Reason::UnexpectedEncoding,
                    {QString::fromLatin1(attempt->reply()->rawHeader("Content-Encoding"))}));
    case BoundedReply::Outcome::Finished:
        break;
    }

    QNetworkReply *reply = attempt->reply();
    const QByteArray body = attempt->takeBody();
    const QNetworkReply::NetworkError error = reply->error();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (error == QNetworkReply::InsecureRedirectError) {
        const QUrl target = QUrl::fromEncoded(reply->rawHeader("Location"));
        // The server answered (with a redirect): the API's answer, as every status is.
        return finish(Failure(FailureKind::Api, Reason::RedirectedElsewhere,
                              {m_url.resolved(target)
                                   .adjusted(QUrl::RemovePath | QUrl::RemoveQuery)
                                   .toDisplayString()}));
    }
    // Whatever Qt calls an error (it files 400, 407 and 418 under protocol errors), a status
    // the server answered is the API's answer, with its envelope; only failures without one,
    // or that cut a success short, are the network's.
    const int code = status.isValid() ? status.toInt() : 0;
    const bool isSuccess = code >= 200 && code < 300;
    if (error != QNetworkReply::NoError && (code == 0 || isSuccess)) {
        // Qt's words rarely say where: "Connection refused" alone does not tell a wrong port.
        const QString where = QStringLiteral("%1:%2").arg(
            m_url.host(),
            QString::number(m_url.port(m_url.scheme() == QLatin1String("https") ? 443 : 80)));
        Failure failure(FailureKind::Network, Reason::NetworkError, {reply->errorString(), where});
        if (error == QNetworkReply::RemoteHostClosedError)
            return retryOrFail(std::move(failure), std::nullopt);
        return finish(std::move(failure));
    }
    if (isSuccess)
        return finish(body);
    Failure failure = httpFailure(
        code, reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString(), body);
    if (!isRetryableStatus(code))
        return finish(std::move(failure));
    std::optional<std::chrono::milliseconds> delay;
    if (reply->hasRawHeader("Retry-After")) {
        // Whole seconds, as HTTP dates have: the date it names comes out as it was sent.
        const QDateTime now =
            QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::utc());
        const auto wait = parseRetryAfter(reply->rawHeader("Retry-After"), now);
        if (wait && *wait > kLongestRetryAfter) {
            // A date, not only a time of day: the wait may end tomorrow or next year. Past
            // the last date of four digits it says that one.
            const QDateTime latest(QDate(9999, 12, 31), QTime(23, 59, 59), QTimeZone::utc());
            const QDateTime at =
                std::min(now.addSecs(std::min<qint64>(wait->count(), kLongestWait)), latest);
            failure.retryLater = Failure::RetryHint{wait->count(), at};
            return finish(std::move(failure));
        }
        delay = wait;
    }
    retryOrFail(std::move(failure), delay);
}

void ApiRequest::retryOrFail(Failure failure, std::optional<std::chrono::milliseconds> delay)
{
    if (m_retries == kMaxRetries) {
        failure.attempts = kMaxRetries + 1;
        return finish(std::move(failure));
    }
    ++m_retries;
    const std::chrono::milliseconds wait = delay.value_or(backoffDelay());
    qCDebug(lcApi) << "retry" << m_retries << "in" << wait.count() << "ms:" << failure.message();
    m_retryTimer.start(wait);
    emit retrying(m_retries, wait, failure.localizedMessage());
}

std::chrono::milliseconds ApiRequest::backoffDelay() const
{
    // Equal jitter: half the exponential delay for sure, the other half at random, so that
    // clients that failed together do not all come back together.
    const qint64 full = m_options.firstRetryDelay.count() << (m_retries - 1);
    return std::chrono::milliseconds(full / 2 +
                                     qint64(QRandomGenerator::global()->bounded(double(full) / 2)));
}

void ApiRequest::finish(Result<QByteArray> result)
{
    if (isFinished())
        return;
    m_result = std::move(result);
    if (const Failure *failure = m_result->failure())
        qCDebug(lcApi) << "failed:" << failure->message();
    emit finished();
}

} // namespace kombo
