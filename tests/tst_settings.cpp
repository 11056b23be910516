// SPDX-License-Identifier: MIT
#include "settings/settings.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QtTest>
#include <unistd.h>

using namespace kombo;

// A damaged or unreadable settings file falls back to the defaults, without a crash (SPEC §7).
class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void values_roundTrip();
    void damagedFile_fallsBackToDefaults_data();
    void damagedFile_fallsBackToDefaults();
    void unreadableFile_fallsBackToDefaults();

private:
    QString settingsFile() const { return QSettings().fileName(); }
    static void verifyDefaults(const Settings &settings)
    {
        QVERIFY(settings.recentIds().isEmpty());
        QVERIFY(settings.recentFiles().isEmpty());
        QVERIFY(settings.baseUrl().isEmpty());
        QVERIFY(settings.lastFolder().isEmpty());
        QVERIFY(settings.windowGeometry().isEmpty());
        QVERIFY(settings.treeHeaderState().isEmpty());
    }
};

void TestSettings::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Kombo Coverage Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
    cleanup();
    QDir().mkpath(QFileInfo(settingsFile()).absolutePath());
}

void TestSettings::cleanup()
{
    const QString path = settingsFile();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QDir(path).removeRecursively();
    QFile::remove(path);
}

void TestSettings::values_roundTrip()
{
    {
        Settings settings;
        for (int i = 0; i < 12; ++i)
            settings.addRecentId(QStringLiteral("id%1").arg(i));
        settings.addRecentId(QStringLiteral("id5"));
        settings.setBaseUrl(QStringLiteral("https://api.us.kombo.dev/v1"));
        settings.setWindowGeometry(QByteArrayLiteral("\\x01\\x02"));
    }
    const Settings settings;
    const QStringList ids = settings.recentIds();
    QCOMPARE(ids.size(), Settings::kMaxRecentIds);
    QCOMPARE(ids.first(), QStringLiteral("id5"));
    QCOMPARE(ids.count(QStringLiteral("id5")), 1);
    QCOMPARE(settings.baseUrl(), QStringLiteral("https://api.us.kombo.dev/v1"));
    QCOMPARE(settings.windowGeometry(), QByteArrayLiteral("\\x01\\x02"));
}

void TestSettings::damagedFile_fallsBackToDefaults_data()
{
    QTest::addColumn<QByteArray>("content");
    QByteArray noise(4096, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919 + 13) % 256);
    QTest::newRow("random bytes") << noise;
    QTest::newRow("half a section") << QByteArray("[window\nrecentIds=@Invalid(\n\xff\xfe");
    QTest::newRow("wrong types") << QByteArray(
        "[window]\nrecentIds=@ByteArray(\\0\\0)\ngeometry=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x1)\n");
}

void TestSettings::damagedFile_fallsBackToDefaults()
{
    QFETCH(QByteArray, content);
    QFile file(settingsFile());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    Settings settings;
    // Whatever the file held, what is read is well-formed: lists of strings, nothing else.
    for (const QString &id : settings.recentIds())
        QVERIFY(!id.isNull());
    settings.addRecentId(QStringLiteral("after"));
    QCOMPARE(settings.recentIds().first(), QStringLiteral("after"));
}

void TestSettings::unreadableFile_fallsBackToDefaults()
{
    // A folder where the file should be: nothing can be read or saved, and nothing breaks.
    QVERIFY(QDir().mkpath(settingsFile()));
    {
        Settings settings;
        verifyDefaults(settings);
        settings.addRecentId(QStringLiteral("kept in memory"));
        QCOMPARE(settings.recentIds(), QStringList{QStringLiteral("kept in memory")});
    }
    QVERIFY(QFileInfo(settingsFile()).isDir());
    QDir(settingsFile()).removeRecursively();

    if (::geteuid() == 0)
        QSKIP("root reads files whatever their permissions");
    {
        Settings settings;
        settings.addRecentId(QStringLiteral("secret"));
    }
    QVERIFY(QFile::setPermissions(settingsFile(), {}));
    const Settings settings;
    verifyDefaults(settings);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
