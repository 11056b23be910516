// SPDX-License-Identifier: MIT
#include "export/changeswriter.h"
#include "export/outputfile.h"
#include "history/coveragediff.h"
#include "load/responsefile.h"
#include "testfiles.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QtTest>

using namespace kombo;

namespace {

Integration load(const QString &name)
{
    const ParseResult result =
        loadIntegrationFile(QFINDTESTDATA(QStringLiteral("data/history/") + name));
    if (const Failure *failure = result.failure())
        qFatal("test input %s does not parse: %s", qPrintable(name),
               qPrintable(failure->message()));
    return result.value();
}

QByteArray reportOf(const std::vector<CoverageDiff> &diffs, CsvOptions options = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Result<void> written = writeChangesReport(buffer, diffs, options);
    return written.failure() ? QByteArray("(write failed)") : buffer.data();
}

QByteArray golden(const QString &name)
{
    return readAll(QFINDTESTDATA(QStringLiteral("data/history/") + name));
}

// Rejects every write, as a full disk would.
class FullDevice final : public QIODevice
{
public:
    FullDevice() { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64) override
    {
        setErrorString(QStringLiteral("No space left on device"));
        return -1;
    }
};

} // namespace

class TestCoverageDiff : public QObject
{
    Q_OBJECT

private slots:
    void report_matchesGolden_data();
    void report_matchesGolden();
    void baselineMissing_everythingAddedWithoutIntegrationRows();
    void sameValueAtOtherUnrecognisedIndex_isNoChange();
    void changes_pointAtBothSides();
    void severalDiffs_shareOneHeaderInInputOrder();
    void byteOrderMark_onlyWhenAsked();
    void savedAtomically_toAPath();
    void deviceFailure_isOutputFailure();
};

void TestCoverageDiff::report_matchesGolden_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no change") << "base.json"
                               << "base.json"
                               << "unchanged.csv";
    QTest::newRow("models and actions moved, nothing else") << "base.json"
                                                            << "base-reordered.json"
                                                            << "unchanged.csv";
    QTest::newRow("integration's own properties") << "base.json"
                                                  << "integration.json"
                                                  << "integration.csv";
    // Also: a field moved between models, a label with a comma, write-action fields whose
    // scope and opt-out in the response are not compared, models that moved.
    QTest::newRow("models and fields added, removed, changed") << "base.json"
                                                               << "models.json"
                                                               << "models.csv";
    QTest::newRow("unrecognised values") << "unknown-before.json"
                                         << "unknown-after.json"
                                         << "unknown.csv";
    QTest::newRow("repeated IDs: the first counts") << "repeated-before.json"
                                                    << "repeated-after.json"
                                                    << "repeated.csv";
}

void TestCoverageDiff::report_matchesGolden()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, expected);
    const Integration oldIntegration = load(before);
    const Integration newIntegration = load(after);
    QCOMPARE(reportOf({compareCoverage(&oldIntegration, newIntegration)}), golden(expected));
}

void TestCoverageDiff::baselineMissing_everythingAddedWithoutIntegrationRows()
{
    const Integration integration = load(QStringLiteral("base.json"));
    QCOMPARE(reportOf({compareCoverage(nullptr, integration)}),
             golden(QStringLiteral("baseline-missing.csv")));
}

void TestCoverageDiff::sameValueAtOtherUnrecognisedIndex_isNoChange()
{
    // The guard of this test: the same raw status sits at different indexes on both sides.
    const Integration oldIntegration = load(QStringLiteral("unknown-before.json"));
    const Integration newIntegration = load(QStringLiteral("unknown-after.json"));
    QVERIFY(!newIntegration.status.isRecognised());
    QCOMPARE_NE(oldIntegration.status.unrecognisedIndex(),
                newIntegration.status.unrecognisedIndex());
    const CoverageDiff diff = compareCoverage(&oldIntegration, newIntegration);
    for (const Change &change : diff.changes)
        QVERIFY(change.property != ChangedProperty::Status);
}

void TestCoverageDiff::changes_pointAtBothSides()
{
    const Integration oldIntegration = load(QStringLiteral("base.json"));
    const Integration newIntegration = load(QStringLiteral("models.json"));
    const CoverageDiff diff = compareCoverage(&oldIntegration, newIntegration);
    QCOMPARE(diff.oldIntegration, &oldIntegration);
    QCOMPARE(diff.newIntegration, &newIntegration);
    // employees.first_name: old model 0, field 0; new model 1 (teams moved first), field 1.
    const Change &firstName = diff.changes.at(2);
    QCOMPARE(firstName.scope, ChangeScope::ReadModel);
    QCOMPARE(firstName.type, ChangeType::Changed);
    QCOMPARE(firstName.property, ChangedProperty::IsAvailable);
    QCOMPARE(firstName.oldModel, 0u);
    QCOMPARE(firstName.newModel, 1u);
    QCOMPARE(oldIntegration.string(oldIntegration.fields.at(firstName.oldField).id),
             QStringLiteral("first_name"));
    QCOMPARE(newIntegration.string(newIntegration.fields.at(firstName.newField).id),
             QStringLiteral("first_name"));
    QByteArray scratch;
    QCOMPARE(ChangesWriter::value(diff, firstName, ChangesWriter::Side::Old, scratch),
             QByteArrayView("true"));
    QCOMPARE(ChangesWriter::value(diff, firstName, ChangesWriter::Side::New, scratch),
             QByteArrayView("false"));
    // A removed model's field has no new side.
    const Change &jobsTitle = diff.changes.at(12);
    QCOMPARE(jobsTitle.type, ChangeType::Removed);
    QCOMPARE(jobsTitle.newModel, Change::kNone);
    QCOMPARE(jobsTitle.newField, Change::kNone);
    QVERIFY(jobsTitle.isField());
}

void TestCoverageDiff::severalDiffs_shareOneHeaderInInputOrder()
{
    const Integration base = load(QStringLiteral("base.json"));
    const Integration changed = load(QStringLiteral("integration.json"));
    const Integration unknownBefore = load(QStringLiteral("unknown-before.json"));
    const Integration unknownAfter = load(QStringLiteral("unknown-after.json"));
    const QByteArray second = golden(QStringLiteral("unknown.csv"));
    QCOMPARE(
        reportOf({compareCoverage(&base, changed), compareCoverage(&unknownBefore, unknownAfter)}),
        golden(QStringLiteral("integration.csv")) + second.mid(second.indexOf('\n') + 1));
}

void TestCoverageDiff::byteOrderMark_onlyWhenAsked()
{
    const Integration base = load(QStringLiteral("base.json"));
    const std::vector<CoverageDiff> diffs{compareCoverage(&base, base)};
    QCOMPARE(reportOf(diffs), golden(QStringLiteral("unchanged.csv")));
    QCOMPARE(reportOf(diffs, CsvOptions{true}),
             "\xEF\xBB\xBF" + golden(QStringLiteral("unchanged.csv")));
}

void TestCoverageDiff::savedAtomically_toAPath()
{
    const Integration base = load(QStringLiteral("base.json"));
    const Integration changed = load(QStringLiteral("integration.json"));
    const std::vector<CoverageDiff> diffs{compareCoverage(&base, changed)};
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("changes.csv"));
    writeFile(path, "earlier");
    const Result<void> saved = saveAtomically(
        path, [&](QIODevice &device) { return writeChangesReport(device, diffs, {}); });
    QVERIFY(!saved.failure());
    QCOMPARE(readAll(path), golden(QStringLiteral("integration.csv")));
}

void TestCoverageDiff::deviceFailure_isOutputFailure()
{
    const Integration base = load(QStringLiteral("base.json"));
    FullDevice device;
    const Result<void> written = writeChangesReport(device, {compareCoverage(nullptr, base)}, {});
    QVERIFY(written.failure());
    QCOMPARE(written.failure()->kind, FailureKind::Output);
    QVERIFY(written.failure()->message().contains(QStringLiteral("No space left")));
}

QTEST_GUILESS_MAIN(TestCoverageDiff)
#include "tst_coveragediff.moc"
