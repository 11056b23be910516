// SPDX-License-Identifier: MIT
#include "net/logoloader.h"
#include "net/svgsanitiser.h"
#include "testimage.h"
#include "testserver.h"

#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace kombo;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(TestServer::Response)

namespace {

const QByteArray kLogo =
    "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 200 50' width='200' height='50'>\n"
    "  <rect width='200' height='50' rx='8' fill='#0f766e'/><circle cx='25' cy='25' r='15' "
    "fill='#ffffff'/>\n"
    "</svg>";
const QByteArray kIcon = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 64 64'>\n"
                         "  <defs><circle id='dot' r='10' fill='#b91c1c'/></defs><rect width='64' "
                         "height='64' fill='#eeeeee'/>\n"
                         "  <use href='#dot' x='32' y='32'/></svg>";

TestServer::Response svg(const QByteArray &body)
{
    TestServer::Response response;
    response.body = body;
    return response.withHeader("Content-Type", "image/svg+xml")
        .withHeader("Cache-Control", "max-age=86400");
}

// An SVG that is slow to render but within every limit of the sanitiser: one group of large
// translucent circles, used as often as allowed.
QByteArray heavySvg()
{
    QByteArray body = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 100 100'>"
                      "<defs><g id='shape'>";
    for (int i = 0; i < 95; ++i)
        body +=
            QStringLiteral("<circle cx='%1' cy='%2' r='10' fill='#336699' fill-opacity='0.05'/>")
                .arg(40 + i % 20)
                .arg(50 - i % 17)
                .toUtf8();
    body += "</g></defs>";
    for (int i = 0; i < kMaxSvgUseElements; ++i)
        body += QStringLiteral("<use href='#shape' transform='rotate(%1 50 50)'/>")
                    .arg(i * 1.8)
                    .toUtf8();
    return body + "</svg>";
}

// Counts the requests it is asked to make.
class CountingNetworkAccessManager final : public QNetworkAccessManager
{
public:
    int requests = 0;

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        ++requests;
        return QNetworkAccessManager::createRequest(operation, request, data);
    }
};

} // namespace

class TestLogoLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void refusedUrls_sendNoRequest_data();
    void refusedUrls_sendNoRequest();
    void refusedSvgs_data();
    void refusedSvgs();
    void logoAndIcon_renderAtTheRequestedSize();
    void secondLoad_comesFromTheCache();
    void request_carriesNoCredentials();
    void hostileAnswers_endInFailureQuickly_data();
    void hostileAnswers_endInFailureQuickly();
    void heavySvg_neverBlocksTheGuiThread();
    void redirectHops_areHeldToTheSameRule_data();
    void redirectHops_areHeldToTheSameRule();
    void redirectOnLoopback_isFollowed();

private:
    // Loads one URL; returns the image, or a null one with `reason` set.
    QImage load(const QUrl &url, QSize box, QString *reason = nullptr);

    std::unique_ptr<CountingNetworkAccessManager> m_network;
    std::unique_ptr<LogoLoader> m_loader;
};

void TestLogoLoader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLogoLoader::init()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
    m_network = std::make_unique<CountingNetworkAccessManager>();
    m_network->setCache(createLogoCache(m_network.get()));
    m_loader = std::make_unique<LogoLoader>(m_network.get(), 1s);
}

void TestLogoLoader::cleanup()
{
    m_loader.reset();
    m_network.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

QImage TestLogoLoader::load(const QUrl &url, QSize box, QString *reason)
{
    QSignalSpy loaded(m_loader.get(), &LogoLoader::loaded);
    QSignalSpy failed(m_loader.get(), &LogoLoader::failed);
    m_loader->load(url, box);
    if (!QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 10000))
        qFatal("the logo loader never answered");
    if (!failed.isEmpty()) {
        if (reason)
            *reason = failed.first().at(1).toString();
        return {};
    }
    return loaded.first().at(1).value<QImage>();
}

void TestLogoLoader::refusedUrls_sendNoRequest_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd");
    QTest::newRow("data") << QStringLiteral("data:image/svg+xml;base64,PHN2Zy8+");
    QTest::newRow("qrc") << QStringLiteral("qrc:/kombo/demo/otterly-logo.svg");
    QTest::newRow("plain http elsewhere") << QStringLiteral("http://example.com/logo.svg");
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com/logo.svg");
}

void TestLogoLoader::refusedUrls_sendNoRequest()
{
    QFETCH(QString, url);
    QString reason;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(load(QUrl(url), QSize(100, 100), &reason).isNull());
    QVERIFY2(reason.startsWith(QStringLiteral("only https logos are fetched")), qPrintable(reason));
    QVERIFY(clock.elapsed() < 500);
    QCOMPARE(m_network->requests, 0);
}

void TestLogoLoader::refusedSvgs_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("reason"); // empty: renders
    QTest::newRow("plain") << kLogo << QString();
    QTest::newRow("local use") << kIcon << QString();
    QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00", 8)
                          << QStringLiteral("the SVG is compressed");
    QTest::newRow("entity")
        << QByteArray(
               "<!DOCTYPE svg [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;'>]><svg>&b;</svg>")
        << QStringLiteral("the SVG declares a DTD or entities");
    QTest::newRow("image") << QByteArray("<svg xmlns:xlink='http://www.w3.org/1999/xlink'><image "
                                         "xlink:href='/etc/passwd'/></svg>")
                           << QStringLiteral("the SVG embeds an image");
    QTest::newRow("namespaced image")
        << QByteArray("<svg:svg xmlns:svg='http://www.w3.org/2000/svg'><svg:image href='x.png'/>"
                      "</svg:svg>")
        << QStringLiteral("the SVG embeds an image");
    // A UTF-16 document passed the old substring checks and read a local file.
    QTest::newRow("UTF-16 image of a local file")
        << QByteArray(QStringEncoder(QStringConverter::Utf16LE)(QStringLiteral(
               "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'>"
               "<image xlink:href='/etc/passwd'/></svg>")))
        << QStringLiteral("the SVG is not UTF-8");
    QTest::newRow("quote inside an href")
        << QByteArray("<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink="
                      "'http://www.w3.org/1999/xlink'><use href='#a\"x' xlink:href='/etc/passwd'/>"
                      "</svg>")
        << QStringLiteral("the SVG links to something outside itself");
    QTest::newRow("external use") << QByteArray(
                                         "<svg><use href='https://evil.example/x.svg#a'/></svg>")
                                  << QStringLiteral("the SVG links to something outside itself");
    QTest::newRow("external fill")
        << QByteArray("<svg><rect fill='url(https://evil.example/p.svg#g)'/></svg>")
        << QStringLiteral("the SVG links to something outside itself");
    QTest::newRow("huge width") << QByteArray(
                                       "<svg xmlns='http://www.w3.org/2000/svg' width='2000000000' "
                                       "height='50'><rect width='10' height='10'/></svg>")
                                << QStringLiteral("the SVG's dimensions are unreasonable");
    QTest::newRow("not svg") << QByteArray("<html>hello</html>")
                             << QStringLiteral("not a valid SVG");
}

void TestLogoLoader::refusedSvgs()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, reason);
    const auto result = renderSvg(data, QSize(200, 50));
    if (reason.isEmpty())
        QVERIFY2(!result.failure(),
                 result.failure() ? qPrintable(result.failure()->message()) : "");
    else
        QCOMPARE(result.failure() ? result.failure()->message() : QString(), reason);
}

void TestLogoLoader::logoAndIcon_renderAtTheRequestedSize()
{
    TestServer server;
    server.setResponder([](const TestServer::Request &request) {
        return svg(request.target.endsWith("icon.svg") ? kIcon : kLogo);
    });
    const QImage logo =
        load(server.origin().resolved(QUrl(QStringLiteral("/logo.svg"))), QSize(384, 96));
    QCOMPARE(logo.size(), QSize(384, 96)); // 4:1, from the view box, at twice 192x48
    QVERIFY(hasInk(logo));
    QCOMPARE(QColor(logo.pixel(192, 10)), QColor(0x0f, 0x76, 0x6e));
    const QImage icon =
        load(server.origin().resolved(QUrl(QStringLiteral("/icon.svg"))), QSize(64, 64));
    QCOMPARE(icon.size(), QSize(64, 64));
    QCOMPARE(QColor(icon.pixel(32, 32)), QColor(0xb9, 0x1c, 0x1c));
    QCOMPARE(m_network->requests, 2);
}

void TestLogoLoader::secondLoad_comesFromTheCache()
{
    TestServer server;
    server.enqueue(svg(kLogo));
    const QUrl url = server.origin().resolved(QUrl(QStringLiteral("/logo.svg")));
    QVERIFY(!load(url, QSize(100, 25)).isNull());
    QCOMPARE(server.requests().size(), 1);
    // As at the next start: a new manager and cache over the same folder.
    cleanup();
    m_network = std::make_unique<CountingNetworkAccessManager>();
    m_network->setCache(createLogoCache(m_network.get()));
    m_loader = std::make_unique<LogoLoader>(m_network.get(), 1s);
    QVERIFY(!load(url, QSize(100, 25)).isNull());
    QCOMPARE(server.requests().size(), 1);
}

void TestLogoLoader::request_carriesNoCredentials()
{
    qputenv("KOMBO_API_KEY", "sk_never_to_logo_hosts");
    TestServer server;
    server.enqueue(svg(kLogo));
    QVERIFY(!load(server.origin().resolved(QUrl(QStringLiteral("/logo.svg"))), QSize(100, 25))
                 .isNull());
    qunsetenv("KOMBO_API_KEY");
    const TestServer::Request &request = server.requests().at(0);
    QVERIFY(!request.headers.contains("authorization"));
    QVERIFY(!request.headers.contains("cookie"));
    QCOMPARE(request.headers.value("accept-encoding"), QByteArray("identity"));
    QCOMPARE(request.version, QByteArray("HTTP/1.1"));
}

void TestLogoLoader::hostileAnswers_endInFailureQuickly_data()
{
    QTest::addColumn<TestServer::Response>("response");
    QTest::addColumn<QString>("reason");

    TestServer::Response missing = svg("not here");
    missing.status = 404;
    QTest::newRow("404") << missing << QStringLiteral("Not Found");
    const TestServer::Response stalled = svg(kLogo).withFault(TestServer::Fault::StallAfterHeaders);
    QTest::newRow("stall") << stalled << QStringLiteral("timed out");
    QTest::newRow("300 KiB") << svg("<svg>" + QByteArray(300 * 1024, ' ') + "</svg>")
                             << QStringLiteral("larger than 256 KiB");
    const TestServer::Response endless = svg({}).withFault(TestServer::Fault::EndlessBody);
    QTest::newRow("endless") << endless << QStringLiteral("larger than 256 KiB");
    QByteArray bomb =
        qCompress(QByteArray(50 * 1024 * 1024, ' '), 9).mid(4); // zlib: not quite gzip
    bomb.prepend(QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10));
    QTest::newRow("gzip bomb") << svg(bomb) << QStringLiteral("the SVG is compressed");
    const TestServer::Response encoded = svg(bomb).withHeader("Content-Encoding", "gzip");
    QTest::newRow("gzip bomb as content encoding")
        << encoded << QStringLiteral("sent in an encoding that was not asked for");
    QByteArray entities =
        "<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY a 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'>";
    for (char c = 'b'; c <= 'j'; ++c)
        entities += QByteArray("<!ENTITY ") + c + " \"" +
                    QByteArray("&").append(char(c - 1)).append(';').repeated(10) + "\">";
    entities += "]><svg xmlns='http://www.w3.org/2000/svg'><text>&j;</text></svg>";
    QTest::newRow("entity bomb") << svg(entities)
                                 << QStringLiteral("the SVG declares a DTD or entities");
    QTest::newRow("image of a local file")
        << svg("<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' "
               "viewBox='0 0 10 10'><image xlink:href='/etc/passwd' width='10' height='10'/></svg>")
        << QStringLiteral("the SVG embeds an image");
    QTest::newRow("huge width") << svg("<svg xmlns='http://www.w3.org/2000/svg' width='2000000000' "
                                       "height='2000000000'><rect width='1' height='1'/></svg>")
                                << QStringLiteral("the SVG's dimensions are unreasonable");
}

void TestLogoLoader::hostileAnswers_endInFailureQuickly()
{
    QFETCH(TestServer::Response, response);
    QFETCH(QString, reason);
    TestServer server;
    server.enqueue(response);
    QElapsedTimer clock;
    clock.start();
    QString why;
    QVERIFY(load(server.origin().resolved(QUrl(QStringLiteral("/logo.svg"))), QSize(200, 50), &why)
                .isNull());
    QVERIFY2(why.contains(reason), qPrintable(why));
    QVERIFY(clock.elapsed() < 3000);
}

void TestLogoLoader::redirectHops_areHeldToTheSameRule_data()
{
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<QString>("reason");
    // Each is refused before any connection: .invalid names resolve nowhere, and the loader
    // counts what it asked the network for. Qt itself refuses a scheme it would not redirect
    // to; the loader refuses the rest.
    QTest::newRow("plain http elsewhere")
        << QByteArray("http://example.invalid/logo.svg")
        << QStringLiteral("redirected, and then only https logos are fetched, not http:");
    QTest::newRow("file") << QByteArray("file:///etc/passwd")
                          << QStringLiteral("Unknown protocol specified");
    QTest::newRow("ftp") << QByteArray("ftp://example.invalid/logo.svg")
                         << QStringLiteral("Unknown protocol specified");
}

void TestLogoLoader::redirectHops_areHeldToTheSameRule()
{
    QFETCH(QByteArray, location);
    QFETCH(QString, reason);
    TestServer server;
    server.enqueue(TestServer::redirect(302, location));
    QString why;
    QVERIFY(load(server.origin().resolved(QUrl(QStringLiteral("/logo.svg"))), QSize(200, 50), &why)
                .isNull());
    QCOMPARE(why, reason);
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(m_network->requests, 1);
}

void TestLogoLoader::redirectOnLoopback_isFollowed()
{
    TestServer server;
    server.setResponder([](const TestServer::Request &request) {
        return request.target == "/old.svg" ? TestServer::redirect(301, "/new.svg") : svg(kLogo);
    });
    const QImage logo =
        load(server.origin().resolved(QUrl(QStringLiteral("/old.svg"))), QSize(100, 25));
    QVERIFY(hasInk(logo));
    QCOMPARE(server.requests().size(), 2);
    QVERIFY(!server.requests().at(1).headers.contains("authorization"));
}

void TestLogoLoader::heavySvg_neverBlocksTheGuiThread()
{
    TestServer server;
    const QByteArray heavy = heavySvg();
    QVERIFY(heavy.size() < kMaxLogoBytes);
    server.enqueue(svg(heavy));

    // A probe ticks every 10 ms on this thread; the longest gap is how long the thread was busy.
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    connect(&probe, &QTimer::timeout, this,
            [&] { longestGap = std::max(longestGap, sinceTick.restart()); });
    QElapsedTimer clock;
    clock.start();
    sinceTick.start();
    probe.start(10);
    const QImage image =
        load(server.origin().resolved(QUrl(QStringLiteral("/heavy.svg"))), QSize(400, 400));
    probe.stop();
    QVERIFY(hasInk(image));
    qInfo("heavy SVG rendered in %lld ms; longest GUI-thread gap %lld ms", clock.elapsed(),
          longestGap);
    QVERIFY2(clock.elapsed() > 300, "the SVG was meant to be slow to render; make it heavier");
    QVERIFY2(longestGap < 100, qPrintable(QString::number(longestGap)));
}

QTEST_MAIN(TestLogoLoader)
#include "tst_logoloader.moc"
