// SPDX-License-Identifier: MIT
#include "history/snapshotstore.h"
#include "testfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace kombo;

namespace {

const QString kId = QStringLiteral("personio:8dbf2b0a");
const QDateTime kStart(QDate(2025, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);

// A valid response whose integration ID is `id` and whose one field is `field`.
QByteArray response(const QByteArray &field, const QByteArray &id = "i")
{
    return readAll(QFINDTESTDATA("data/single-model-template.json"))
        .replace("@LABEL@", "L")
        .replace("@FIELD@", field)
        .replace("@COVERAGE@", "SUPPORTED")
        .replace("\"id\":\"i\"", "\"id\":\"" + id + '"');
}

// Whether keep() succeeded; says why not.
bool succeeded(const Result<Snapshot> &kept)
{
    if (const Failure *failure = kept.failure()) {
        qWarning("%s", qPrintable(failure->message()));
        return false;
    }
    return true;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace

class TestSnapshotStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void defaultRoot_isInTheAppDataLocation();
    void keep_listsNewestFirstWithTimes();
    void keep_sameBytesAsNewest_isNotKeptTwice();
    void keep_largeResponse_isComparedWhole();
    void keep_returnToAnEarlierResponse_isKeptAgain();
    void keep_clockWentBack_keepsTheOrder();
    void keep_beyondTheCap_dropsTheOldest();
    void keep_bytesExactlyAsReceived_forThisUserOnly();
    void keep_leavesNoTemporaryFile();
    void keep_failedWrite_changesNothingKept();
    void keep_unwritableRoot_isOutputFailure();
    void hostileId_staysInItsFolderInsideTheRoot_data();
    void hostileId_staysInItsFolderInsideTheRoot();
    void folderNames_neverShared();
    void list_ignoresFilesThatAreNotSnapshots();
    void read_parsesTheResponse();
    void newestReadable_skipsCorruptSnapshotWithWarning();
    void newestReadable_noneReadable_isNothing();

private:
    std::optional<QTemporaryDir> m_dir;
};

void TestSnapshotStore::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir.emplace();
    QVERIFY(m_dir->isValid());
}

void TestSnapshotStore::defaultRoot_isInTheAppDataLocation()
{
    QCOMPARE(SnapshotStore::defaultRoot(),
             QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                 QStringLiteral("/snapshots"));
    QCOMPARE(SnapshotStore().root(), SnapshotStore::defaultRoot());
}

void TestSnapshotStore::keep_listsNewestFirstWithTimes()
{
    const SnapshotStore store(m_dir->path());
    QVERIFY(store.list(kId).empty());
    for (int i = 0; i < 3; ++i)
        QVERIFY(succeeded(
            store.keep(kId, response("f" + QByteArray::number(i)), kStart.addSecs(i * 60))));
    const std::vector<Snapshot> kept = store.list(kId);
    QCOMPARE(kept.size(), 3u);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(kept[std::size_t(i)].keptAt, kStart.addSecs((2 - i) * 60));
        QCOMPARE(readAll(kept[std::size_t(i)].path), response("f" + QByteArray::number(2 - i)));
    }
    QCOMPARE(QFileInfo(kept[0].path).fileName().left(20), QStringLiteral("20250102T030605678Z-"));
}

void TestSnapshotStore::keep_sameBytesAsNewest_isNotKeptTwice()
{
    const SnapshotStore store(m_dir->path());
    const Result<Snapshot> first = store.keep(kId, response("a"), kStart);
    const Result<Snapshot> again = store.keep(kId, response("a"), kStart.addSecs(60));
    QVERIFY(!first.failure());
    QVERIFY(!again.failure());
    QCOMPARE(again.value().path, first.value().path);
    QCOMPARE(again.value().keptAt, kStart);
    QCOMPARE(store.list(kId).size(), 1u);
    // Same length, other bytes: kept.
    QVERIFY(succeeded(store.keep(kId, response("b"), kStart.addSecs(120))));
    QCOMPARE(store.list(kId).size(), 2u);
}

void TestSnapshotStore::keep_largeResponse_isComparedWhole()
{
    const SnapshotStore store(m_dir->path());
    QByteArray large = response(QByteArray(3 * 1024 * 1024, 'f'));
    QVERIFY(succeeded(store.keep(kId, large, kStart)));
    QVERIFY(succeeded(store.keep(kId, large, kStart.addSecs(60))));
    QCOMPARE(store.list(kId).size(), 1u);
    large[large.size() - 3] = 'F'; // the same size, other bytes at the very end
    QVERIFY(succeeded(store.keep(kId, large, kStart.addSecs(120))));
    QCOMPARE(store.list(kId).size(), 2u);
}

void TestSnapshotStore::keep_returnToAnEarlierResponse_isKeptAgain()
{
    const SnapshotStore store(m_dir->path());
    QVERIFY(succeeded(store.keep(kId, response("a"), kStart)));
    QVERIFY(succeeded(store.keep(kId, response("b"), kStart.addSecs(60))));
    QVERIFY(succeeded(store.keep(kId, response("a"), kStart.addSecs(120))));
    const std::vector<Snapshot> kept = store.list(kId);
    QCOMPARE(kept.size(), 3u);
    QCOMPARE(readAll(kept.front().path), response("a"));
}

void TestSnapshotStore::keep_clockWentBack_keepsTheOrder()
{
    const SnapshotStore store(m_dir->path());
    QVERIFY(succeeded(store.keep(kId, response("a"), kStart)));
    const Result<Snapshot> later = store.keep(kId, response("b"), kStart.addSecs(-3600));
    QVERIFY(!later.failure());
    QCOMPARE(later.value().keptAt, kStart.addMSecs(1));
    QCOMPARE(readAll(store.list(kId).front().path), response("b"));
}

void TestSnapshotStore::keep_beyondTheCap_dropsTheOldest()
{
    const SnapshotStore store(m_dir->path());
    const int count = SnapshotStore::kMaxPerIntegration + 2;
    for (int i = 0; i < count; ++i)
        QVERIFY(
            succeeded(store.keep(kId, response("f" + QByteArray::number(i)), kStart.addSecs(i))));
    const std::vector<Snapshot> kept = store.list(kId);
    QCOMPARE(int(kept.size()), SnapshotStore::kMaxPerIntegration);
    QCOMPARE(kept.front().keptAt, kStart.addSecs(count - 1));
    QCOMPARE(kept.back().keptAt, kStart.addSecs(2));
    QCOMPARE(filesIn(QFileInfo(kept.front().path).path()).size(),
             SnapshotStore::kMaxPerIntegration);
}

void TestSnapshotStore::keep_bytesExactlyAsReceived_forThisUserOnly()
{
    const SnapshotStore store(m_dir->path());
    // A byte-order mark, CRLF, a NUL: what was received, not a normalised copy.
    const QByteArray body = "\xEF\xBB\xBF" + response("a").replace("\n", "\r\n") + '\0';
    const Result<Snapshot> kept = store.keep(kId, body, kStart);
    QVERIFY(!kept.failure());
    QCOMPARE(readAll(kept.value().path), body);
    QCOMPARE(QFileInfo(kept.value().path).permissions() &
                 (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                  QFileDevice::WriteOther),
             QFileDevice::Permissions());
}

void TestSnapshotStore::keep_leavesNoTemporaryFile()
{
    const SnapshotStore store(m_dir->path());
    const Result<Snapshot> kept = store.keep(kId, response("a"), kStart);
    QVERIFY(!kept.failure());
    QCOMPARE(filesIn(QFileInfo(kept.value().path).path()),
             QStringList{QFileInfo(kept.value().path).fileName()});
}

void TestSnapshotStore::keep_failedWrite_changesNothingKept()
{
    const SnapshotStore store(m_dir->path());
    const Result<Snapshot> earlier = store.keep(kId, response("a"), kStart);
    QVERIFY(!earlier.failure());
    const QByteArray large(64 * 1024, 'x');
    Result<Snapshot> failed = Failure(FailureKind::Usage, Reason::CommandLine);
    {
        const FileSizeLimit limit(4096);
        failed = store.keep(kId, large, kStart.addSecs(60));
    }
    QVERIFY(failed.failure());
    QCOMPARE(failed.failure()->kind, FailureKind::Output);
    // Neither a part of the new one nor a temporary file is left; the earlier one is whole.
    QCOMPARE(filesIn(QFileInfo(earlier.value().path).path()),
             QStringList{QFileInfo(earlier.value().path).fileName()});
    QCOMPARE(readAll(earlier.value().path), response("a"));
}

void TestSnapshotStore::keep_unwritableRoot_isOutputFailure()
{
    // Under a regular file: not writable even for root.
    const QString file = m_dir->filePath(QStringLiteral("file"));
    writeFile(file, "x");
    const SnapshotStore store(file + QStringLiteral("/snapshots"));
    const Result<Snapshot> kept = store.keep(kId, response("a"), kStart);
    QVERIFY(kept.failure());
    QCOMPARE(kept.failure()->kind, FailureKind::Output);
    QVERIFY2(kept.failure()->message().contains(QStringLiteral("snapshots")),
             qPrintable(kept.failure()->message()));
    QVERIFY(store.list(kId).empty());
    QVERIFY(!store.newestReadable(kId));
}

void TestSnapshotStore::hostileId_staysInItsFolderInsideTheRoot_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("dot dot") << QStringLiteral("..");
    QTest::newRow("dot") << QStringLiteral(".");
    QTest::newRow("empty") << QString();
    QTest::newRow("climbing path") << QStringLiteral("../../etc/passwd");
    QTest::newRow("absolute path") << QStringLiteral("/tmp/x");
    QTest::newRow("backslashes") << QStringLiteral("..\\..\\x");
    QTest::newRow("NUL") << QString(QStringLiteral("a")) + QChar(0) + QStringLiteral("/b");
    QTest::newRow("500 characters") << QString(500, QLatin1Char('x'));
    QTest::newRow("500 slashes") << QString(500, QLatin1Char('/'));
    QTest::newRow("unicode") << QStringLiteral("従業員/../Ω\u202Eexe");
    QTest::newRow("device name") << QStringLiteral("CON");
    QTest::newRow("colon and star") << QStringLiteral("c:*?");
}

void TestSnapshotStore::hostileId_staysInItsFolderInsideTheRoot()
{
    QFETCH(QString, id);
    const QString root = m_dir->filePath(QStringLiteral("snapshots"));
    const SnapshotStore store(root);
    const Result<Snapshot> kept = store.keep(id, response("a"), kStart);
    QVERIFY(succeeded(kept));
    const QFileInfo file(kept.value().path);
    QVERIFY(file.exists());
    // Exactly one folder below the root, named without any special character.
    QCOMPARE(QFileInfo(file.canonicalPath()).canonicalPath(), QFileInfo(root).canonicalFilePath());
    const QString folder = SnapshotStore::folderName(id);
    QCOMPARE(QFileInfo(file.canonicalPath()).fileName(), folder);
    QVERIFY(folder.size() <= 65);
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+$")).match(folder).hasMatch());
    QCOMPARE(QDir(root).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{folder});
    QCOMPARE(store.list(id).size(), 1u);
}

void TestSnapshotStore::folderNames_neverShared()
{
    const QString longPrefix(40, QLatin1Char('p'));
    const QStringList ids{QStringLiteral("abc"),
                          QStringLiteral("ABC"),
                          QStringLiteral("a/c"),
                          QStringLiteral("a_c"),
                          QStringLiteral("a.c"),
                          longPrefix + QStringLiteral("1"),
                          longPrefix + QStringLiteral("2"),
                          QString(),
                          QStringLiteral("_")};
    QSet<QString> folders;
    for (const QString &id : ids)
        folders.insert(SnapshotStore::folderName(id).toLower()); // as a case-blind disk sees it
    QCOMPARE(folders.size(), ids.size());
    QCOMPARE(SnapshotStore::folderName(QStringLiteral("abc")),
             SnapshotStore::folderName(QStringLiteral("abc")));
}

void TestSnapshotStore::list_ignoresFilesThatAreNotSnapshots()
{
    const SnapshotStore store(m_dir->path());
    const Result<Snapshot> kept = store.keep(kId, response("a"), kStart);
    QVERIFY(!kept.failure());
    const QString folder = QFileInfo(kept.value().path).path();
    const QString name = QFileInfo(kept.value().path).fileName();
    writeFile(folder + QStringLiteral("/notes.json"), "{}");
    writeFile(folder + QLatin1Char('/') + name + QStringLiteral(".aBcDeF"), "partial");
    writeFile(folder + QStringLiteral("/20251302T030405678Z-0123456789abcdef.json"), "{}");
    writeFile(folder + QStringLiteral("/20250102T030405678Z-0123456789ABCDEF.json"), "{}");
    QVERIFY(QDir(folder).mkdir(QStringLiteral("20990102T030405678Z-0123456789abcdef.json")));
    const std::vector<Snapshot> kept2 = store.list(kId);
    QCOMPARE(kept2.size(), 1u);
    QCOMPARE(kept2.front().path, kept.value().path);
}

void TestSnapshotStore::read_parsesTheResponse()
{
    const SnapshotStore store(m_dir->path());
    const Result<Snapshot> kept = store.keep(kId, response("a", kId.toUtf8()), kStart);
    QVERIFY(!kept.failure());
    const ParseResult read = SnapshotStore::read(kept.value());
    QVERIFY(!read.failure());
    QCOMPARE(read.value().id, kId);
}

void TestSnapshotStore::newestReadable_skipsCorruptSnapshotWithWarning()
{
    const SnapshotStore store(m_dir->path());
    QVERIFY(succeeded(store.keep(kId, response("good"), kStart)));
    // Cut short, as by a disk that filled before snapshots were written atomically.
    QVERIFY(succeeded(store.keep(kId, response("cut").left(100), kStart.addSecs(60))));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("skipped snapshot .*030505678Z")));
    const std::optional<SnapshotStore::Loaded> loaded = store.newestReadable(kId);
    QVERIFY(loaded);
    QCOMPARE(loaded->snapshot.keptAt, kStart);
    QCOMPARE(loaded->integration.string(loaded->integration.fields.at(0).id),
             QStringLiteral("good"));
    QCOMPARE(store.list(kId).size(), 2u); // skipped, not deleted
}

void TestSnapshotStore::newestReadable_noneReadable_isNothing()
{
    const SnapshotStore store(m_dir->path());
    QVERIFY(!store.newestReadable(kId));
    QVERIFY(succeeded(store.keep(kId, "not JSON", kStart)));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("skipped snapshot")));
    QVERIFY(!store.newestReadable(kId));
}

QTEST_GUILESS_MAIN(TestSnapshotStore)
#include "tst_snapshotstore.moc"
