// SPDX-License-Identifier: MIT
#include "clirunner.h"
#include "testserver.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QTemporaryDir>

// The command line against Kombo's API, played by a local server: SPEC §2 and §6 end to end.
namespace {

constexpr char kKey[] = "sk_live_do_not_leak_4f9a2c";
constexpr char kSeedId[] = "factorial:8d1hpPsbjxUkoCoa1veLZGe5";

QProcessEnvironment apiEnvironment()
{
    QProcessEnvironment environment = headlessEnvironment();
    environment.insert(QStringLiteral("KOMBO_API_KEY"), QString::fromLatin1(kKey));
    return environment;
}

// The seed example, as the integration the request's last path segment names.
TestServer::Response integrationFor(const TestServer::Request &request)
{
    const QByteArray id =
        QByteArray::fromPercentEncoding(request.target.mid(request.target.lastIndexOf('/') + 1));
    return TestServer::json(200, readAll(fixture("example-response.json")).replace(kSeedId, id));
}

QStringList exportArguments(const TestServer &server, const QStringList &ids)
{
    QStringList arguments{QStringLiteral("--base-url"), server.baseUrl().toString(),
                          QStringLiteral("-o"), QStringLiteral("-")};
    for (const QString &id : ids)
        arguments << QStringLiteral("-i") << id;
    return arguments;
}

} // namespace

class TestCliApi : public QObject
{
    Q_OBJECT

private slots:
    void integration_isExportedAsCsv();
    void baseUrl_comesFromTheEnvironment();
    void authenticationError_exits4WithTheEnvelope();
    void retryAfter_thenSuccess();
    void unavailableForever_exits4AfterFourRequests();
    void stall_exits5WithTimedOut();
    void selfSignedServer_exits5();
    void refusedConnection_exits5();
    void batch_exportsTheRestInOrder();
    void batch_keepsAtMostFourInFlight();
    void apiKey_neverAppearsInOutput();
    void statusesQtCallsProtocolErrors_areApiErrors_data();
    void statusesQtCallsProtocolErrors_areApiErrors();
    void hostileErrorMessage_isOneSafeLine();
    void compressedResponse_isRefused();
    void keyWithControlCharacters_exits2BeforeAnyRequest();
    void unusableIdAmongSeveral_exits2BeforeAnyRequest();
    void idsFromStandardInput_mixWithFilesIntoAMatrix();
    void responses_areKeptAsSnapshotsOnce();
};

void TestCliApi::idsFromStandardInput_mixWithFilesIntoAMatrix()
{
    TestServer server;
    server.setResponder(integrationFor);
    const QString script = QStringLiteral(
        "printf '# customers\\n  first \\n\\nsecond\\n' | \"$0\" \"$@\"");
    const Run run = runShell(script,
                             {QStringLiteral("--base-url"), server.baseUrl().toString(),
                              QStringLiteral("-f"), fixture("example-response.json"),
                              QStringLiteral("--ids-from"), QStringLiteral("-"),
                              QStringLiteral("--report"), QStringLiteral("matrix"),
                              QStringLiteral("-o"), QStringLiteral("-")},
                             apiEnvironment());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QByteArray &out = run.out;
    // One column per input, in the order given: the file, then the IDs of the list.
    QVERIFY2(out.startsWith(QByteArray("kind,model_id,model_label,field_id,") + kSeedId +
                            ",first,second\r\n"),
             out.constData());
    QVERIFY(out.contains("read_model,hris_employees,Employees,,available,available,available\r\n"));
    QCOMPARE(server.requests().size(), 2);
}

void TestCliApi::responses_areKeptAsSnapshotsOnce()
{
    TestServer server;
    server.setResponder(integrationFor);
    QTemporaryDir data;
    QProcessEnvironment environment = apiEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
    const QStringList arguments = exportArguments(server, {QStringLiteral("kept")});
    for (int i = 0; i < 2; ++i) {
        const Run run = runCli(arguments, environment);
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
    // Two identical responses: one snapshot, holding the bytes as received.
    QDirIterator it(data.path(), {QStringLiteral("*.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    QStringList snapshots;
    while (it.hasNext())
        snapshots << it.next();
    QCOMPARE(snapshots.size(), 1);
    QVERIFY(snapshots.first().contains(QStringLiteral("/snapshots/")));
    QCOMPARE(readAll(snapshots.first()),
             readAll(fixture("example-response.json")).replace(kSeedId, "kept"));
    QVERIFY(!readAll(snapshots.first()).contains(kKey));

    // Turned off in the settings: nothing more is kept.
    QTemporaryDir config;
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    QDir().mkpath(config.filePath(QStringLiteral("Kombo Coverage")));
    writeFile(config.filePath(QStringLiteral("Kombo Coverage/kombo-coverage.conf")),
              "[history]\nkeepSnapshots=false\n");
    QTemporaryDir other;
    environment.insert(QStringLiteral("XDG_DATA_HOME"), other.path());
    const Run off = runCli(arguments, environment);
    QVERIFY2(off.exitCode == 0, off.err.constData());
    QVERIFY(QDir(other.path()).isEmpty());
}

void TestCliApi::integration_isExportedAsCsv()
{
    TestServer server;
    server.enqueue(TestServer::json(200, readAll(fixture("example-response.json"))));
    const Run run =
        runCli(exportArguments(server, {QString::fromLatin1(kSeedId)}), apiEnvironment());
    QCOMPARE(run.err, QByteArray());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, readAll(fixture("example-response.csv")));
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests()[0].target,
             QByteArray("/v1/integrations/factorial%3A8d1hpPsbjxUkoCoa1veLZGe5"));
    QCOMPARE(server.requests()[0].headers.value("authorization"), QByteArray("Bearer ") + kKey);
}

void TestCliApi::baseUrl_comesFromTheEnvironment()
{
    TestServer server;
    server.setResponder(integrationFor);
    QProcessEnvironment environment = apiEnvironment();
    environment.insert(QStringLiteral("KOMBO_BASE_URL"), server.baseUrl().toString());
    const Run run = runCli(
        {QStringLiteral("-i"), QStringLiteral("x"), QStringLiteral("-o"), QStringLiteral("-")},
        environment);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(server.requests().size(), 1);
}

void TestCliApi::authenticationError_exits4WithTheEnvelope()
{
    TestServer server;
    server.enqueue(TestServer::apiError(401, "PLATFORM.AUTHENTICATION_INVALID", "Invalid API key",
                                        "The API key you provided is invalid."));
    const Run run = runCli(exportArguments(server, {QStringLiteral("abc")}), apiEnvironment());
    QVERIFY2(run.exitCode == 4, run.err.constData());
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(
        run.err,
        QByteArray("kombo-coverage: abc: HTTP 401 Unauthorized: Invalid API key: The API key you "
                   "provided is invalid. (PLATFORM.AUTHENTICATION_INVALID); log: "
                   "https://app.kombo.dev/logs/abc\n"));
    QCOMPARE(server.requests().size(), 1);
}

void TestCliApi::retryAfter_thenSuccess()
{
    TestServer server;
    const TestServer::Response limited =
        TestServer::apiError(429, "PLATFORM.RATE_LIMIT_EXCEEDED", "Too many", "Wait")
            .withHeader("Retry-After", "1");
    server.enqueue(limited);
    server.enqueue(TestServer::json(200, readAll(fixture("example-response.json"))));
    const Run run = runCli(exportArguments(server, {QStringLiteral("abc")}), apiEnvironment());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, readAll(fixture("example-response.csv")));
    QCOMPARE(server.requests().size(), 2);
    QVERIFY(server.requests()[1].receivedMs - server.requests()[0].receivedMs >= 1000);
}

void TestCliApi::unavailableForever_exits4AfterFourRequests()
{
    TestServer server;
    server.enqueue(
        TestServer::apiError(503, "PLATFORM.UNKNOWN_ERROR", "Unavailable", "Down for maintenance"));
    const Run run = runCli(exportArguments(server, {QStringLiteral("abc")}), apiEnvironment());
    QVERIFY2(run.exitCode == 4, run.err.constData());
    QCOMPARE(server.requests().size(), 4);
    QVERIFY2(run.err.startsWith(
                 "kombo-coverage: abc: HTTP 503 Service Unavailable: Unavailable: Down for "
                 "maintenance (PLATFORM.UNKNOWN_ERROR)"),
             run.err.constData());
    QVERIFY(run.err.endsWith("(after 4 attempts)\n"));
}

void TestCliApi::stall_exits5WithTimedOut()
{
    TestServer server;
    const TestServer::Response stalled =
        TestServer::json(200, readAll(fixture("example-response.json")))
            .withFault(TestServer::Fault::StallAfterHeaders);
    server.enqueue(stalled);
    QElapsedTimer clock;
    clock.start();
    const Run run = runCli(exportArguments(server, {QStringLiteral("abc")})
                               << QStringLiteral("--timeout") << QStringLiteral("2"),
                           apiEnvironment());
    QVERIFY2(run.exitCode == 5, run.err.constData());
    QCOMPARE(run.err, QByteArray("kombo-coverage: abc: timed out: no data for 2 s\n"));
    QVERIFY(clock.elapsed() < 6000);
}

void TestCliApi::selfSignedServer_exits5()
{
    TestServer server(TestServer::Transport::SelfSignedTls);
    server.enqueue(TestServer::json(200, readAll(fixture("example-response.json"))));
    const Run run = runCli(exportArguments(server, {QStringLiteral("abc")}), apiEnvironment());
    QVERIFY2(run.exitCode == 5, run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    QCOMPARE(server.requests().size(), 0);
}

void TestCliApi::refusedConnection_exits5()
{
    QString baseUrl;
    {
        TestServer closed;
        baseUrl = closed.baseUrl().toString();
    }
    const Run run =
        runCli({QStringLiteral("-i"), QStringLiteral("abc"), QStringLiteral("--base-url"), baseUrl,
                QStringLiteral("-o"), QStringLiteral("-")},
               apiEnvironment());
    QVERIFY2(run.exitCode == 5, run.err.constData());
    QVERIFY2(run.err.startsWith("kombo-coverage: abc: Connection refused"), run.err.constData());
    // It says where: a wrong port is then plain to see.
    QVERIFY2(run.err.endsWith(" (" + QUrl(baseUrl).authority().toUtf8() + ")\n"),
             run.err.constData());
}

void TestCliApi::batch_exportsTheRestInOrder()
{
    TestServer server;
    server.setResponder([](const TestServer::Request &request) {
        if (request.target.endsWith("/missing"))
            return TestServer::apiError(404, "PLATFORM.INTEGRATION_NOT_FOUND", "Not found",
                                        "No such integration");
        return integrationFor(request);
    });
    const Run run =
        runCli(exportArguments(server, {QStringLiteral("first"), QStringLiteral("missing"),
                                        QStringLiteral("third")}),
               apiEnvironment());
    QVERIFY2(run.exitCode == 4, run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.startsWith("kombo-coverage: missing: HTTP 404"), run.err.constData());
    const QList<QByteArray> rows = run.out.split('\n');
    QCOMPARE(rows.size(), 1 + 4 + 4 + 1);
    QCOMPARE(rows.count(rows[0]), 1); // one header
    for (int row = 1; row <= 4; ++row)
        QVERIFY(rows[row].startsWith("first,"));
    for (int row = 5; row <= 8; ++row)
        QVERIFY(rows[row].startsWith("third,"));
}

void TestCliApi::batch_keepsAtMostFourInFlight()
{
    TestServer server;
    server.setResponder(
        [](const TestServer::Request &request) { return integrationFor(request).withDelay(300); });
    QStringList ids;
    for (int i = 1; i <= 9; ++i)
        ids << QStringLiteral("id%1").arg(i);
    const Run run = runCli(exportArguments(server, ids), apiEnvironment());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(server.requests().size(), 9);
    QCOMPARE(server.maxConcurrentRequests(), 4);
    const QList<QByteArray> rows = run.out.split('\n');
    QCOMPARE(rows.size(), 1 + 9 * 4 + 1);
    for (int i = 0; i < 9; ++i)
        QVERIFY(rows[1 + i * 4].startsWith(QStringLiteral("id%1,").arg(i + 1).toLatin1()));
}

void TestCliApi::apiKey_neverAppearsInOutput()
{
    TestServer server;
    server.enqueue(
        TestServer::apiError(401, "PLATFORM.AUTHENTICATION_INVALID", "Invalid API key", "Nope"));
    server.enqueue(TestServer::json(200, readAll(fixture("example-response.json"))));
    QProcessEnvironment environment = apiEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    for (int i = 0; i < 2; ++i) {
        const Run run = runCli(exportArguments(server, {QStringLiteral("abc")}), environment);
        QVERIFY2(run.exitCode == (i == 0 ? 4 : 0), run.err.constData());
        QVERIFY(run.err.contains("kombo.api")); // the debug output was on
        QVERIFY(!run.out.contains(kKey));
        QVERIFY(!run.err.contains(kKey));
    }
}

void TestCliApi::statusesQtCallsProtocolErrors_areApiErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected"); // in the error line
    QTest::newRow("400 with Kombo's envelope")
        << 400
        << QByteArray(R"({"status":"error","error":{"code":"PLATFORM.INPUT_INVALID","title":)"
                      R"("Invalid input","message":"The ID is malformed.","log_url":null}})")
        << QByteArray("HTTP 400 Bad Request: Invalid input: The ID is malformed. "
                      "(PLATFORM.INPUT_INVALID)");
    // The test server's reason phrase for these is "Status".
    QTest::newRow("407") << 407 << QByteArray("proxy says no")
                         << QByteArray("HTTP 407 Status: proxy says no");
    QTest::newRow("418") << 418 << QByteArray("short and stout")
                         << QByteArray("HTTP 418 Status: short and stout");
}

void TestCliApi::statusesQtCallsProtocolErrors_areApiErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    TestServer server;
    server.enqueue(TestServer::json(status, body));
    const Run run = runCli(exportArguments(server, {QStringLiteral("abc")}), apiEnvironment());
    QVERIFY2(run.exitCode == 4, run.err.constData());
    QCOMPARE(run.err, "kombo-coverage: abc: " + expected + '\n');
}

void TestCliApi::hostileErrorMessage_isOneSafeLine()
{
    // A server's message that forges a line of ours, sets the terminal's title, hides the rest
    // behind a NUL and then runs on for five megabytes.
    TestServer server;
    server.enqueue(
        TestServer::json(404, R"({"status":"error","error":{"code":null,"title":null,"message":)"
                              R"("x\nkombo-coverage: FAKE: all good\r\u001b]2;owned\u0007\u0000)" +
                                  QByteArray(5 * 1024 * 1024, 'y') + R"(","log_url":null}})"));
    const Run run = runCli(exportArguments(server, {QStringLiteral("abc")}), apiEnvironment());
    QVERIFY2(run.exitCode == 4, run.err.left(400).constData());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(!run.err.contains('\r'));
    QVERIFY(!run.err.contains('\x1b'));
    QVERIFY(!run.err.contains('\0'));
    QVERIFY(run.err.startsWith("kombo-coverage: abc: HTTP 404 Not Found: x\xEF\xBF\xBDkombo"));
    QVERIFY2(QString::fromUtf8(run.err).size() <= 330, QByteArray::number(run.err.size()));
}

void TestCliApi::compressedResponse_isRefused()
{
    // gzip of the seed example, sent although the request asked for identity only.
    TestServer server;
    server.enqueue(TestServer::json(200, qCompress(readAll(fixture("example-response.json"))))
                       .withHeader("Content-Encoding", "gzip"));
    const Run run = runCli(exportArguments(server, {QStringLiteral("abc")}), apiEnvironment());
    QVERIFY2(run.exitCode == 5, run.err.constData());
    QCOMPARE(run.err, QByteArray("kombo-coverage: abc: the server sent the response in the "
                                 "content encoding 'gzip', which was not asked for\n"));
    QCOMPARE(server.requests().first().headers.value("accept-encoding"), QByteArray("identity"));
}

void TestCliApi::keyWithControlCharacters_exits2BeforeAnyRequest()
{
    TestServer server;
    server.setResponder(integrationFor);
    QProcessEnvironment environment = headlessEnvironment();
    for (const char *key :
         {"sk_a\r\nX-Injected: yes", "sk_a b", "sk_\x1b[0m", "sk_a\n", " sk_a", "sk_a\xc3\xa9"}) {
        environment.insert(QStringLiteral("KOMBO_API_KEY"), QString::fromUtf8(key));
        const Run run = runCli(exportArguments(server, {QStringLiteral("abc")}), environment);
        QVERIFY2(run.exitCode == 2, run.err.constData());
        QVERIFY(run.err.contains("the API key holds white space, a control character"));
        QVERIFY(!run.err.contains("sk_a"));
    }
    QCOMPARE(server.requests().size(), 0);
}

void TestCliApi::unusableIdAmongSeveral_exits2BeforeAnyRequest()
{
    TestServer server;
    server.setResponder(integrationFor);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    const Run run = runCli({QStringLiteral("--base-url"), server.baseUrl().toString(),
                            QStringLiteral("-i"), QStringLiteral("ok"), QStringLiteral("-i"),
                            QStringLiteral(".."), QStringLiteral("-o"), out},
                           apiEnvironment());
    QVERIFY2(run.exitCode == 2, run.err.constData());
    QCOMPARE(run.err, QByteArray("kombo-coverage: ..: '..' is not an integration ID\n"));
    QCOMPARE(server.requests().size(), 0);
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestCliApi)
#include "tst_cliapi.moc"
