// SPDX-License-Identifier: MIT
#include "net/apiendpoint.h"
#include "net/apirequest.h"
#include "testserver.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace kombo;
using namespace std::chrono_literals;

namespace {

constexpr char kKey[] = "sk_test_1234567890";

QByteArray seedExample()
{
    QFile file(QFINDTESTDATA("data/example-response.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString describe(const Result<QByteArray> &result)
{
    const Failure *failure = result.failure();
    return failure ? failure->message() : QStringLiteral("(a body)");
}

qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

} // namespace

class TestApiRequest : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_network = std::make_unique<QNetworkAccessManager>(); }
    void cleanup()
    {
        m_network.reset();
        // Let replies and the manager's own helpers finish deleting themselves.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    void baseUrl_isChecked_data();
    void baseUrl_isChecked();
    void integrationUrl_isOneSegment_data();
    void integrationUrl_isOneSegment();
    void retryAfter_isParsed_data();
    void retryAfter_isParsed();
    void errorEnvelope_isParsed_data();
    void errorEnvelope_isParsed();

    void awkwardId_arrivesAsOneEncodedSegment();
    void request_carriesKeyAndAcceptOverHttp11();
    void authenticationError_isNotRetried();
    void notFound_isNotRetried();
    void serverErrorWithoutEnvelope_showsStatusAndExcerpt();
    void retryAfterSeconds_isHonoured();
    void retryAfterHttpDate_isHonoured();
    void retryAfterBeyondOneMinute_stopsAndSaysWhen();
    void retryAfterFarAway_namesTheDate();
    void unavailableForever_givesUpAfterFourRequests();
    void backoffLongerThanTimeout_isNoStall();
    void resetMidBody_isRetried();
    void shortBody_isRetried();
    void stall_isReportedAsTimeout();
    void dripFeed_endsAtTheDeadline();
    void compressedBody_isRefused();
    void statusQtCallsProtocolError_isApiError();
    void endlessBody_isCutAtTheCap();
    void announcedHugeBody_isRefusedAtOnce();
    void sameOriginRedirect_isFollowed();
    void otherOriginRedirect_neverSeesTheKey();
    void selfSignedCertificate_isRefused();
    void refusedConnection_isANetworkError();
    void cancelDuringBackoff_sendsNothingMore();
    void cancelDuringTransfer_endsOnce();

private:
    // Runs one request to its end; returns its result and how often `finished` came.
    Result<QByteArray> run(const QUrl &url, RequestOptions options = fastRetries(),
                           int *finishedCount = nullptr, QList<QList<QVariant>> *retries = nullptr);
    static RequestOptions fastRetries()
    {
        RequestOptions options;
        options.firstRetryDelay = 20ms;
        return options;
    }
    static QUrl integration(const TestServer &server, const QString &id = QStringLiteral("abc"))
    {
        return integrationUrl(server.baseUrl(), id).value();
    }

    std::unique_ptr<QNetworkAccessManager> m_network; // one per test: no shared connections
};

Result<QByteArray> TestApiRequest::run(const QUrl &url, RequestOptions options, int *finishedCount,
                                       QList<QList<QVariant>> *retries)
{
    ApiRequest request(m_network.get(), url, QString::fromLatin1(kKey), options);
    QSignalSpy finished(&request, &ApiRequest::finished);
    QSignalSpy retrying(&request, &ApiRequest::retrying);
    request.start();
    if (!finished.wait(20000))
        return Failure(FailureKind::Usage, Reason::CommandLine,
                       {QStringLiteral("test: the request never finished")});
    QTest::qWait(50); // a second finished() would come now
    if (finishedCount)
        *finishedCount = int(finished.size());
    if (retries)
        *retries = retrying;
    return request.result();
}

void TestApiRequest::baseUrl_isChecked_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("EU") << QString::fromLatin1(kEuBaseUrl) << true;
    QTest::newRow("US") << QString::fromLatin1(kUsBaseUrl) << true;
    QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:8080/v1") << true;
    QTest::newRow("http loopback range") << QStringLiteral("http://127.8.9.10/v1") << true;
    QTest::newRow("http loopback v6") << QStringLiteral("http://[::1]:9/v1") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:9/v1") << true;
    QTest::newRow("http remote") << QStringLiteral("http://api.kombo.dev/v1") << false;
    QTest::newRow("http private range") << QStringLiteral("http://10.0.0.1/v1") << false;
    QTest::newRow("http lookalike") << QStringLiteral("http://127.0.0.1.evil.example/v1") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://api.kombo.dev/v1") << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::newRow("no scheme") << QStringLiteral("api.kombo.dev/v1") << false;
    QTest::newRow("query") << QStringLiteral("https://api.kombo.dev/v1?x=1") << false;
    QTest::newRow("user info") << QStringLiteral("https://me:pw@api.kombo.dev/v1") << false;
    QTest::newRow("garbage") << QStringLiteral("https://exa mple.com/") << false;
}

void TestApiRequest::baseUrl_isChecked()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    const auto parsed = parseBaseUrl(text);
    QCOMPARE(!parsed.failure(), accepted);
    if (!accepted)
        QCOMPARE(parsed.failure()->kind, FailureKind::Usage);
}

void TestApiRequest::integrationUrl_isOneSegment_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("encoded");
    QTest::newRow("plain")
        << QStringLiteral("factorial:8d1hpPsbjxUkoCoa1veLZGe5")
        << QStringLiteral(
               "https://api.kombo.dev/v1/integrations/factorial%3A8d1hpPsbjxUkoCoa1veLZGe5");
    QTest::newRow("traversal, query, fragment")
        << QStringLiteral("a/../b?x=1#frag %")
        << QStringLiteral("https://api.kombo.dev/v1/integrations/a%2F..%2Fb%3Fx%3D1%23frag%20%25");
    QTest::newRow("unicode") << QStringLiteral("é")
                             << QStringLiteral("https://api.kombo.dev/v1/integrations/%C3%A9");
    QTest::newRow("dot") << QStringLiteral(".") << QString();
    QTest::newRow("dot dot") << QStringLiteral("..") << QString();
}

void TestApiRequest::integrationUrl_isOneSegment()
{
    QFETCH(QString, id);
    QFETCH(QString, encoded);
    const auto url = integrationUrl(parseBaseUrl(QString::fromLatin1(kEuBaseUrl)).value(), id);
    if (encoded.isEmpty()) {
        QVERIFY((url.failure() != nullptr));
        return;
    }
    QCOMPARE(QString::fromLatin1(url.value().toEncoded()), encoded);
}

void TestApiRequest::retryAfter_isParsed_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("seconds"); // -1: not understood
    QTest::newRow("seconds") << QByteArray("7") << 7;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("spaces") << QByteArray(" 12 ") << 12;
    QTest::newRow("negative") << QByteArray("-3") << -1;
    QTest::newRow("http date") << QByteArray("Sat, 28 Nov 2026 12:00:30 GMT") << 30;
    QTest::newRow("http date in the past") << QByteArray("Sat, 28 Nov 2026 11:00:00 GMT") << 0;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
}

void TestApiRequest::retryAfter_isParsed()
{
    QFETCH(QByteArray, value);
    QFETCH(int, seconds);
    const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc());
    const auto parsed = parseRetryAfter(value, now);
    QCOMPARE(parsed.has_value(), seconds >= 0);
    if (parsed)
        QCOMPARE(parsed->count(), seconds);
}

void TestApiRequest::errorEnvelope_isParsed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("summary"); // empty: not an envelope
    QTest::newRow("full")
        << QByteArray(
               R"({"status":"error","error":{"code":"PLATFORM.INPUT_INVALID","title":"Invalid input","message":"Bad ID","log_url":"https://x"}})")
        << QStringLiteral("Invalid input: Bad ID (PLATFORM.INPUT_INVALID)");
    QTest::newRow("nulls")
        << QByteArray(
               R"({"status":"error","error":{"code":null,"title":null,"message":"Oops","log_url":null}})")
        << QStringLiteral("Oops");
    QTest::newRow("not json") << QByteArray("<html>502</html>") << QString();
    QTest::newRow("success") << QByteArray(R"({"status":"success","data":{}})") << QString();
    QTest::newRow("message missing")
        << QByteArray(R"({"status":"error","error":{"code":"X"}})") << QString();
    QTest::newRow("code wrong type")
        << QByteArray(R"({"status":"error","error":{"code":5,"message":"m"}})") << QString();
}

void TestApiRequest::errorEnvelope_isParsed()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, summary);
    const auto envelope = parseApiErrorEnvelope(body);
    QCOMPARE(envelope.has_value(), !summary.isEmpty());
    if (envelope)
        QCOMPARE(envelope->summary(), summary);
}

void TestApiRequest::awkwardId_arrivesAsOneEncodedSegment()
{
    TestServer server;
    server.enqueue(TestServer::json(200, seedExample()));
    const auto result = run(integration(server, QStringLiteral("a/../b?x=1#frag %")));
    QVERIFY(!result.failure());
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests()[0].target,
             QByteArray("/v1/integrations/a%2F..%2Fb%3Fx%3D1%23frag%20%25"));
}

void TestApiRequest::request_carriesKeyAndAcceptOverHttp11()
{
    TestServer server;
    server.enqueue(TestServer::json(200, seedExample()));
    const auto result = run(integration(server));
    QCOMPARE(result.value(), seedExample());
    const TestServer::Request &request = server.requests().at(0);
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.version, QByteArray("HTTP/1.1"));
    QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer ") + kKey);
    QCOMPARE(request.headers.value("accept"), QByteArray("application/json"));
    QVERIFY(!request.headers.contains("upgrade")); // no h2c upgrade attempt
}

void TestApiRequest::authenticationError_isNotRetried()
{
    TestServer server;
    server.enqueue(TestServer::apiError(401, "PLATFORM.AUTHENTICATION_INVALID", "Invalid API key",
                                        "The API key you provided is invalid."));
    const auto result = run(integration(server));
    const Failure &failure = *result.failure();
    QCOMPARE(failure.kind, FailureKind::Api);
    QCOMPARE(failure.message(),
             QStringLiteral("HTTP 401 Unauthorized: Invalid API key: The API key you provided is "
                            "invalid. (PLATFORM.AUTHENTICATION_INVALID); log: "
                            "https://app.kombo.dev/logs/abc"));
    QCOMPARE(failure.apiError->code,
             std::optional(QStringLiteral("PLATFORM.AUTHENTICATION_INVALID")));
    QCOMPARE(failure.apiError->logUrl,
             std::optional(QStringLiteral("https://app.kombo.dev/logs/abc")));
    QCOMPARE(server.requests().size(), 1);
}

void TestApiRequest::notFound_isNotRetried()
{
    TestServer server;
    server.enqueue(TestServer::apiError(404, "PLATFORM.INTEGRATION_NOT_FOUND", "Not found",
                                        "No such integration"));
    const auto result = run(integration(server));
    QCOMPARE(result.failure()->kind, FailureKind::Api);
    QVERIFY(result.failure()->message().contains(QStringLiteral("PLATFORM.INTEGRATION_NOT_FOUND")));
    QCOMPARE(server.requests().size(), 1);
}

void TestApiRequest::serverErrorWithoutEnvelope_showsStatusAndExcerpt()
{
    TestServer server;
    TestServer::Response response;
    response.status = 500;
    response.body = "<html><body>Upstream exploded\n" + QByteArray(1000, 'x') + "</body></html>";
    server.enqueue(response);
    const auto result = run(integration(server));
    const Failure &failure = *result.failure();
    QCOMPARE(failure.kind, FailureKind::Api);
    QVERIFY2(failure.message().startsWith(QStringLiteral(
                 "HTTP 500 Internal Server Error: <html><body>Upstream exploded xxx")),
             qPrintable(failure.message()));
    QVERIFY2(failure.message().size() < 300, qPrintable(failure.message()));
    QVERIFY(!failure.apiError);
    QCOMPARE(server.requests().size(), 4); // 500 is retried
}

void TestApiRequest::retryAfterSeconds_isHonoured()
{
    TestServer server;
    const TestServer::Response limited =
        TestServer::apiError(429, "PLATFORM.RATE_LIMIT_EXCEEDED", "Rate limit", "Slow down")
            .withHeader("Retry-After", "1");
    server.enqueue(limited);
    server.enqueue(TestServer::json(200, seedExample()));
    QList<QList<QVariant>> retries;
    const auto result = run(integration(server), fastRetries(), nullptr, &retries);
    QVERIFY(!result.failure());
    QCOMPARE(server.requests().size(), 2);
    QVERIFY(server.requests()[1].receivedMs - server.requests()[0].receivedMs >= 1000);
    QCOMPARE(retries.size(), 1);
    QCOMPARE(retries[0][0].toInt(), 1);
    QCOMPARE(retries[0][1].value<std::chrono::milliseconds>(), 1000ms);
}

void TestApiRequest::retryAfterHttpDate_isHonoured()
{
    TestServer server;
    const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(2);
    server.enqueue(TestServer::json(503, "{}").withHeader(
        "Retry-After",
        QLocale::c().toString(soon, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1()));
    server.enqueue(TestServer::json(200, seedExample()));
    const auto result = run(integration(server));
    QVERIFY(!result.failure());
    QCOMPARE(server.requests().size(), 2);
    QVERIFY(server.requests()[1].receivedMs - server.requests()[0].receivedMs >= 900);
}

void TestApiRequest::retryAfterBeyondOneMinute_stopsAndSaysWhen()
{
    TestServer server;
    const TestServer::Response limited =
        TestServer::apiError(429, "PLATFORM.RATE_LIMIT_EXCEEDED", "Rate limit", "Slow down")
            .withHeader("Retry-After", "120");
    server.enqueue(limited);
    const auto result = run(integration(server));
    const Failure &failure = *result.failure();
    QCOMPARE(failure.kind, FailureKind::Api);
    QVERIFY2(failure.message().contains(
                 QStringLiteral("try again in 120 s (after %1-").arg(QDate::currentDate().year())),
             qPrintable(failure.message()));
    QCOMPARE(server.requests().size(), 1);
}

void TestApiRequest::retryAfterFarAway_namesTheDate()
{
    TestServer server;
    server.enqueue(TestServer::apiError(503, "PLATFORM.UNKNOWN_ERROR", "Busy", "Later")
                       .withHeader("Retry-After", "Wed, 01 Jan 2031 00:00:00 GMT"));
    const auto result = run(integration(server));
    QVERIFY2(
        result.failure()->message().endsWith(QStringLiteral("(after 2031-01-01 00:00:00 UTC)")),
        qPrintable(result.failure()->message()));
    QCOMPARE(server.requests().size(), 1);
}

void TestApiRequest::unavailableForever_givesUpAfterFourRequests()
{
    TestServer server;
    server.enqueue(TestServer::apiError(503, "PLATFORM.UNKNOWN_ERROR", "Unavailable", "Try later"));
    QList<QList<QVariant>> retries;
    const auto result = run(integration(server), fastRetries(), nullptr, &retries);
    QCOMPARE(result.failure()->kind, FailureKind::Api);
    QVERIFY(result.failure()->message().endsWith(QStringLiteral("(after 4 attempts)")));
    QCOMPARE(server.requests().size(), 4);
    QCOMPARE(retries.size(), 3);
    // Exponential: each wait at least half its nominal 20, 40, 80 ms.
    for (int i = 1; i < 4; ++i) {
        const qint64 gap = server.requests()[i].receivedMs - server.requests()[i - 1].receivedMs;
        QVERIFY2(gap >= (10 << (i - 1)), qPrintable(QString::number(gap)));
    }
}

void TestApiRequest::backoffLongerThanTimeout_isNoStall()
{
    // The stall timer guards transfers only: a wait between retries may be longer.
    TestServer server;
    server.enqueue(TestServer::json(503, "{}"));
    server.enqueue(TestServer::json(503, "{}"));
    server.enqueue(TestServer::json(200, seedExample()));
    RequestOptions options;
    options.transferTimeout = 100ms;
    options.firstRetryDelay = 500ms;
    const auto result = run(integration(server), options);
    QVERIFY2(!result.failure(), qPrintable(describe(result)));
    QCOMPARE(server.requests().size(), 3);
}

void TestApiRequest::resetMidBody_isRetried()
{
    TestServer server;
    const TestServer::Response broken =
        TestServer::json(200, seedExample()).withFault(TestServer::Fault::ResetMidBody);
    server.enqueue(broken);
    server.enqueue(TestServer::json(200, seedExample()));
    const auto result = run(integration(server));
    QCOMPARE(result.value(), seedExample());
    QCOMPARE(server.requests().size(), 2);
}

void TestApiRequest::shortBody_isRetried()
{
    TestServer server;
    const TestServer::Response cut =
        TestServer::json(200, seedExample()).withFault(TestServer::Fault::ShortBody);
    server.enqueue(cut);
    server.enqueue(TestServer::json(200, seedExample()));
    const auto result = run(integration(server));
    QCOMPARE(result.value(), seedExample());
    QCOMPARE(server.requests().size(), 2);
}

void TestApiRequest::stall_isReportedAsTimeout()
{
    TestServer server;
    const TestServer::Response stalled =
        TestServer::json(200, seedExample()).withFault(TestServer::Fault::StallAfterHeaders);
    server.enqueue(stalled);
    RequestOptions options = fastRetries();
    options.transferTimeout = 1s;
    QElapsedTimer clock;
    clock.start();
    const auto result = run(integration(server), options);
    QCOMPARE(result.failure()->kind, FailureKind::Network);
    QCOMPARE(result.failure()->message(), QStringLiteral("timed out: no data for 1 s"));
    QVERIFY(clock.elapsed() < 3000);
    QCOMPARE(server.requests().size(), 1);
}

void TestApiRequest::dripFeed_endsAtTheDeadline()
{
    // A byte every 100 ms never trips the stall timeout; the attempt's deadline of ten
    // timeouts ends it.
    TestServer server;
    server.enqueue(TestServer::json(200, seedExample()).withFault(TestServer::Fault::DripBody));
    RequestOptions options = fastRetries();
    options.transferTimeout = 300ms;
    QElapsedTimer clock;
    clock.start();
    const auto result = run(integration(server), options);
    QCOMPARE(result.failure()->kind, FailureKind::Network);
    QCOMPARE(result.failure()->message(),
             QStringLiteral("timed out: the response was not complete within 3 s"));
    QVERIFY(clock.elapsed() >= 2900 && clock.elapsed() < 6000);
    QCOMPARE(server.requests().size(), 1);
}

void TestApiRequest::compressedBody_isRefused()
{
    TestServer server;
    server.enqueue(
        TestServer::json(200, qCompress(seedExample())).withHeader("Content-Encoding", "gzip"));
    const auto result = run(integration(server));
    QCOMPARE(result.failure()->kind, FailureKind::Network);
    QVERIFY(result.failure()->message().contains(QStringLiteral("'gzip'")));
    QCOMPARE(server.requests().first().headers.value("accept-encoding"), QByteArray("identity"));
}

void TestApiRequest::statusQtCallsProtocolError_isApiError()
{
    TestServer server;
    server.enqueue(TestServer::apiError(400, "PLATFORM.INPUT_INVALID", "Invalid input", "Bad ID"));
    const auto result = run(integration(server));
    const Failure &failure = *result.failure();
    QCOMPARE(failure.kind, FailureKind::Api);
    QVERIFY(failure.apiError);
    QCOMPARE(failure.apiError->code, QStringLiteral("PLATFORM.INPUT_INVALID"));
    QCOMPARE(server.requests().size(), 1); // 400 is not retried
}

void TestApiRequest::endlessBody_isCutAtTheCap()
{
    TestServer server;
    server.enqueue(TestServer::Response().withFault(TestServer::Fault::EndlessBody));
    const qint64 before = peakResidentKiB();
    const auto result = run(integration(server));
    QCOMPARE(result.failure()->kind, FailureKind::Network);
    QCOMPARE(result.failure()->message(),
             QStringLiteral("the response is larger than 64 MiB; stopped reading"));
#if defined(__SANITIZE_ADDRESS__)
    Q_UNUSED(before)
    QSKIP("AddressSanitizer keeps freed memory in quarantine: peak memory says nothing here");
#else
    const qint64 grownMiB = (peakResidentKiB() - before) / 1024;
    qInfo("peak memory grew by %lld MiB", grownMiB);
    QVERIFY2(grownMiB < 64 + 64,
             qPrintable(QStringLiteral("peak memory grew by %1 MiB").arg(grownMiB)));
#endif
}

void TestApiRequest::announcedHugeBody_isRefusedAtOnce()
{
    TestServer server;
    const TestServer::Response huge = TestServer::json(200, {})
                                          .withFault(TestServer::Fault::StallAfterHeaders)
                                          .withHeader("Content-Length", "999999999999");
    server.enqueue(huge);
    QElapsedTimer clock;
    clock.start();
    const auto result = run(integration(server));
    QCOMPARE(result.failure()->message(),
             QStringLiteral("the response is larger than 64 MiB; stopped reading"));
    QVERIFY(clock.elapsed() < 2000);
}

void TestApiRequest::sameOriginRedirect_isFollowed()
{
    TestServer server;
    server.enqueue(TestServer::redirect(302, "/v1/integrations/moved"));
    server.enqueue(TestServer::json(200, seedExample()));
    const auto result = run(integration(server));
    QVERIFY(!result.failure());
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests()[1].target, QByteArray("/v1/integrations/moved"));
    QCOMPARE(server.requests()[1].headers.value("authorization"), QByteArray("Bearer ") + kKey);
}

void TestApiRequest::otherOriginRedirect_neverSeesTheKey()
{
    TestServer server;
    TestServer elsewhere;
    elsewhere.enqueue(TestServer::json(200, seedExample()));
    server.enqueue(
        TestServer::redirect(301, elsewhere.baseUrl().toEncoded() + "/integrations/abc"));
    const auto result = run(integration(server));
    const Failure &failure = *result.failure();
    QCOMPARE(failure.kind, FailureKind::Api); // the server answered, with a redirect
    const QString expected = QStringLiteral("redirected to another origin (%1)")
                                 .arg(elsewhere.origin().toDisplayString());
    QVERIFY2(failure.message().startsWith(expected),
             qPrintable(failure.message() + QLatin1String(" vs ") + expected));
    QTest::qWait(100);
    QCOMPARE(elsewhere.requests().size(), 0);
}

void TestApiRequest::selfSignedCertificate_isRefused()
{
    TestServer server(TestServer::Transport::SelfSignedTls);
    server.enqueue(TestServer::json(200, seedExample()));
    const auto result = run(integration(server));
    const Failure &failure = *result.failure();
    QCOMPARE(failure.kind, FailureKind::Network);
    QVERIFY2(failure.message().contains(QStringLiteral("certificate"), Qt::CaseInsensitive) ||
                 failure.message().contains(QStringLiteral("SSL"), Qt::CaseInsensitive),
             qPrintable(failure.message()));
    QCOMPARE(server.requests().size(), 0); // no request crossed the failed handshake
}

void TestApiRequest::refusedConnection_isANetworkError()
{
    quint16 port = 0;
    {
        TestServer closed; // listen, note the port, close
        port = quint16(closed.baseUrl().port());
    }
    QUrl url = QUrl(QStringLiteral("http://127.0.0.1/v1/integrations/abc"));
    url.setPort(port);
    int finishedCount = 0;
    const auto result = run(url, fastRetries(), &finishedCount);
    QCOMPARE(result.failure()->kind, FailureKind::Network);
    QVERIFY2(result.failure()->message().contains(QStringLiteral("refused")),
             qPrintable(result.failure()->message()));
    QCOMPARE(finishedCount, 1);
}

void TestApiRequest::cancelDuringBackoff_sendsNothingMore()
{
    TestServer server;
    server.enqueue(TestServer::json(503, "{}"));
    RequestOptions options;
    options.firstRetryDelay = 400ms;
    ApiRequest request(m_network.get(), integration(server), QString::fromLatin1(kKey), options);
    QSignalSpy finished(&request, &ApiRequest::finished);
    QSignalSpy retrying(&request, &ApiRequest::retrying);
    request.start();
    QVERIFY(retrying.wait(5000));
    request.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE((*request.result().failure()).kind, FailureKind::Cancelled);
    QCOMPARE((*request.result().failure()).message(), QStringLiteral("cancelled"));
    QTest::qWait(700);
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(finished.size(), 1);
}

void TestApiRequest::cancelDuringTransfer_endsOnce()
{
    TestServer server;
    const TestServer::Response stalled =
        TestServer::json(200, seedExample()).withFault(TestServer::Fault::StallAfterHeaders);
    server.enqueue(stalled);
    ApiRequest request(m_network.get(), integration(server), QString::fromLatin1(kKey),
                       fastRetries());
    QSignalSpy finished(&request, &ApiRequest::finished);
    request.start();
    QTRY_COMPARE(server.requests().size(), 1);
    request.cancel();
    request.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE((*request.result().failure()).kind, FailureKind::Cancelled);
    QCOMPARE((*request.result().failure()).message(), QStringLiteral("cancelled"));
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(TestApiRequest)
#include "tst_apirequest.moc"
