// SPDX-License-Identifier: MIT
#include "export/csvtable.h"
#include "export/outputfile.h"
#include "export/reportkind.h"
#include "export/reports.h"
#include "load/responsefile.h"
#include "testfiles.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QtTest>

using namespace kombo;

namespace {

Integration loadOrDie(const QString &path)
{
    const ParseResult result = loadIntegrationFile(path);
    if (const Failure *failure = result.failure())
        qFatal("test input does not parse: %s", qPrintable(failure->message()));
    return result.value();
}

// An ACTIVE integration, an INACTIVE one whose data also expired, and one with values the
// schema does not list and repeated IDs.
struct Inputs
{
    Integration acme = loadOrDie(QFINDTESTDATA("data/compare-acme.json"));
    Integration globex = loadOrDie(QFINDTESTDATA("data/compare-globex-inactive.json"));
    Integration initech = loadOrDie(QFINDTESTDATA("data/compare-initech-unrecognised.json"));

    std::vector<const Integration *> all() const { return {&acme, &globex, &initech}; }
};

RequirementsFile payroll()
{
    Result<RequirementsFile> file = loadRequirementsFile(QFINDTESTDATA("data/payroll.kcreq"));
    if (const Failure *failure = file.failure())
        qFatal("test requirements do not load: %s", qPrintable(failure->message()));
    return std::move(file).value();
}

template<typename Write> QByteArray written(Write write)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Result<void> result = write(buffer);
    if (const Failure *failure = result.failure())
        return "(failed: " + failure->message().toUtf8() + ')';
    return buffer.data();
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void reportKinds_haveTheirCommandLineNames();
    void requirementsReport_matchesGolden();
    void matrixReport_matchesGolden();
    void reports_byteOrderMarkOnlyWhenAsked();
    void header_isGuardedToo();
    void deviceFailure_isOutputFailure();
    void saveAtomically_writesTheReport();
};

void TestReports::reportKinds_haveTheirCommandLineNames()
{
    const QStringList names{QStringLiteral("coverage"), QStringLiteral("requirements"),
                            QStringLiteral("matrix"), QStringLiteral("changes")};
    QCOMPARE(kReportKindCount, int(names.size()));
    for (int kind = 0; kind < kReportKindCount; ++kind) {
        QCOMPARE(QString(reportKindName(ReportKind(kind))), names.at(kind));
        QCOMPARE(reportKindFromName(names.at(kind)), std::optional(ReportKind(kind)));
    }
    QCOMPARE(reportKindFromName(u"Matrix"), std::nullopt);
    QCOMPARE(reportKindFromName(u""), std::nullopt);
    QCOMPARE(reportKindFromName(u"matrix "), std::nullopt);
}

void TestReports::requirementsReport_matchesGolden()
{
    const Inputs inputs;
    const RequirementsFile requirements = payroll();
    QCOMPARE(requirements.requirements().size(), std::size_t(7));
    const QByteArray csv = written([&](QIODevice &device) {
        return writeRequirementsReport(device, inputs.all(), requirements.requirements());
    });
    QCOMPARE(csv, readAll(QFINDTESTDATA("data/payroll-requirements.csv")));
}

void TestReports::matrixReport_matchesGolden()
{
    const Inputs inputs;
    const CoverageMatrix matrix(inputs.all());
    const QByteArray csv =
        written([&](QIODevice &device) { return writeMatrixReport(device, matrix); });
    QCOMPARE(csv, readAll(QFINDTESTDATA("data/compare-matrix.csv")));
}

void TestReports::reports_byteOrderMarkOnlyWhenAsked()
{
    const Inputs inputs;
    const CoverageMatrix matrix(inputs.all());
    const QByteArray plain =
        written([&](QIODevice &device) { return writeMatrixReport(device, matrix); });
    const QByteArray marked = written(
        [&](QIODevice &device) { return writeMatrixReport(device, matrix, CsvOptions{true}); });
    QVERIFY(plain.startsWith("kind,"));
    QCOMPARE(marked, "\xEF\xBB\xBF" + plain);

    const RequirementsFile requirements = payroll();
    const QByteArray markedRequirements = written([&](QIODevice &device) {
        return writeRequirementsReport(device, {&inputs.acme}, requirements.requirements(),
                                       CsvOptions{true});
    });
    QVERIFY(markedRequirements.startsWith("\xEF\xBB\xBFintegration_id,"));
}

void TestReports::header_isGuardedToo()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvTable table(buffer);
    table.addCell(QByteArrayView("=SUM(A1)"));
    table.addCell(QStringLiteral("a,b"));
    table.addBoolean(false);
    table.addCell(QByteArrayView());
    QVERIFY(table.endRow());
    table.addBoolean(true);
    QVERIFY(table.endRow() && table.finish());
    QCOMPARE(buffer.data(), QByteArray("'=SUM(A1),\"a,b\",false,\r\ntrue\r\n"));
}

void TestReports::deviceFailure_isOutputFailure()
{
    const Inputs inputs;
    const CoverageMatrix matrix(inputs.all());
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    const Result<void> result = writeMatrixReport(readOnly, matrix);
    QVERIFY(result.failure());
    QCOMPARE(result.failure()->kind, FailureKind::Output);
    QVERIFY2(result.failure()->message().startsWith(QStringLiteral("cannot write: ")),
             qPrintable(result.failure()->message()));
}

void TestReports::saveAtomically_writesTheReport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("matrix.csv"));
    writeFile(path, "earlier");
    const Inputs inputs;
    const CoverageMatrix matrix(inputs.all());
    const Result<void> saved =
        saveAtomically(path, [&](QIODevice &device) { return writeMatrixReport(device, matrix); });
    QVERIFY(!saved.failure());
    QCOMPARE(readAll(path), readAll(QFINDTESTDATA("data/compare-matrix.csv")));
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
