// SPDX-License-Identifier: MIT
// Against a real keychain: tests/with-keyring.sh starts a private D-Bus session and an
// unlocked gnome-keyring in a throw-away HOME before this runs (CTest does so).
#include "clirunner.h"
#include "keys/systemkeychain.h"
#include "testfiles.h"
#include "testserver.h"

#include <QDirIterator>
#include <QtTest>

using namespace kombo;

namespace {

const QString kKey = QStringLiteral("sk_real_keychain_5f3a9c");

// One request to the keychain from a new process: "<status> [secret]".
QByteArray probe(const QStringList &arguments,
                 const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    const Run run = runProgram(QStringLiteral(KOMBO_KEYCHAIN_PROBE), arguments, environment);
    return run.exitCode == 0 ? run.out.trimmed() : "probe failed: " + run.err;
}

// No session bus and no display, so libdbus cannot start one either: no keychain at all.
QProcessEnvironment withoutKeychain()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.remove(QStringLiteral("DISPLAY"));
    return environment;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void key_isWrittenReadInANewProcessAndForgotten();
    void key_leavesNoTraceInHome();
    void commandLine_readsTheKeychain();
    void noKeychain_isReportedNotFaked();
};

void TestKeychain::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "run through tests/with-keyring.sh (ctest does)");
    QVERIFY(QDir::homePath().startsWith(QDir::tempPath()));
}

void TestKeychain::key_isWrittenReadInANewProcessAndForgotten()
{
    SystemKeychain keychain;
    std::optional<SecretReply> written;
    keychain.write(kKey, [&](const SecretReply &reply) { written = reply; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 10000);
    QCOMPARE(int(written->status), int(SecretReply::Status::Ok));

    QCOMPARE(probe({QStringLiteral("read")}), "ok " + kKey.toUtf8());
    QCOMPARE(probe({QStringLiteral("remove")}), QByteArray("ok"));

    std::optional<SecretReply> read;
    keychain.read([&](const SecretReply &reply) { read = reply; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 10000);
    QCOMPARE(int(read->status), int(SecretReply::Status::NotFound));
    QCOMPARE(read->secret, QString());
}

void TestKeychain::key_leavesNoTraceInHome()
{
    QCOMPARE(probe({QStringLiteral("write"), kKey}), QByteArray("ok"));
    // The keyring keeps it encrypted; no other file anywhere under HOME holds it.
    const QString keyrings = QDir::homePath() + QStringLiteral("/.local/share/keyrings/");
    int files = 0;
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue; // sockets
        ++files;
        QVERIFY2(!file.readAll().contains(kKey.toUtf8()), qPrintable(path));
    }
    QVERIFY(files > 0);
    QVERIFY(QFileInfo::exists(keyrings));
    QCOMPARE(probe({QStringLiteral("remove")}), QByteArray("ok"));
}

void TestKeychain::commandLine_readsTheKeychain()
{
    QCOMPARE(probe({QStringLiteral("write"), kKey}), QByteArray("ok"));
    TestServer server;
    server.enqueue(TestServer::json(200, readAll(QFINDTESTDATA("data/example-response.json"))));
    QProcessEnvironment environment = headlessEnvironment(); // no KOMBO_API_KEY
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"));
    const Run run = runCli({QStringLiteral("-i"), QStringLiteral("abc"), QStringLiteral("-o"),
                            QStringLiteral("-"), QStringLiteral("--base-url"),
                            server.baseUrl().toString()},
                           environment);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().constFirst().headers.value("authorization"),
             "Bearer " + kKey.toUtf8());
    QVERIFY(!run.out.contains(kKey.toUtf8()));
    QVERIFY(!run.err.contains(kKey.toUtf8()));
    QCOMPARE(probe({QStringLiteral("remove")}), QByteArray("ok"));
}

void TestKeychain::noKeychain_isReportedNotFaked()
{
    const QByteArray written = probe({QStringLiteral("write"), kKey}, withoutKeychain());
    QVERIFY2(written == "unavailable" || written == "failed", written.constData());
    const QByteArray read = probe({QStringLiteral("read")}, withoutKeychain());
    QVERIFY2(read == "unavailable" || read == "failed", read.constData());
    // Nothing fell back to a file of its own.
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            QVERIFY2(!file.readAll().contains(kKey.toUtf8()), qPrintable(file.fileName()));
    }

    // The command line then has no key: a usage error, before any request.
    QProcessEnvironment environment = headlessEnvironment();
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    const Run run = runCli({QStringLiteral("-i"), QStringLiteral("abc"), QStringLiteral("-o"),
                            QStringLiteral("-"), QStringLiteral("--base-url"),
                            QStringLiteral("http://127.0.0.1:9")},
                           environment);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("no API key"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
