// SPDX-License-Identifier: MIT
#include "export/csvfile.h"
#include "export/csvwriter.h"
#include "load/responsefile.h"
#include "model/columns.h"
#include "testfiles.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace kombo;

namespace {

Integration loadOrDie(const ParseResult &result)
{
    if (const Failure *failure = result.failure())
        qFatal("test input does not parse: %s", qPrintable(failure->message()));
    return result.value();
}

Integration seedExample()
{
    return loadOrDie(loadIntegrationFile(QFINDTESTDATA("data/example-response.json")));
}

QByteArray csvOf(const std::vector<const Integration *> &integrations, CsvOptions options = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, options);
    bool ok = writer.writeHeader();
    for (const Integration *integration : integrations)
        ok = ok && writer.writeIntegration(*integration);
    ok = ok && writer.finish();
    return ok ? buffer.data() : QByteArray("(write failed)");
}

// A response whose one read model has the given label and one field with the given ID and
// coverage status (JSON-escaped as given).
QByteArray responseWith(const QByteArray &label, const QByteArray &fieldId,
                        const QByteArray &coverage = "SUPPORTED")
{
    return readAll(QFINDTESTDATA("data/single-model-template.json"))
        .replace("@LABEL@", label)
        .replace("@FIELD@", fieldId)
        .replace("@COVERAGE@", coverage);
}

// Accepts `limit` bytes, then fails every write, as a full disk would.
class FillingDevice final : public QIODevice
{
public:
    explicit FillingDevice(qint64 limit) : m_limit(limit) { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (m_written + size > m_limit) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_written += size;
        return size;
    }

private:
    qint64 m_limit;
    qint64 m_written = 0;
};

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void seedExample_matchesGolden();
    void columnTable_isInEnumOrderAndMatchesTheSpecHeader();
    void cell_isGuardedAndQuoted_data();
    void cell_isGuardedAndQuoted();
    void rows_quoteLabelsAndGuardIds();
    void unrecognisedValue_isWrittenRaw();
    void byteOrderMark_onlyWhenAsked();
    void severalIntegrations_shareOneHeader();
    void demo_hasOneRowPerModelAndField();
    void filteredView_writesWhatIsShownInItsOrder();
    void deviceFailure_isReported();
    void saveCsv_replacesFile();
    void saveCsv_failedWrite_keepsEarlierFile();
    void saveCsv_missingFolder_isOutputFailure();
};

void TestCsvWriter::seedExample_matchesGolden()
{
    const Integration integration = seedExample();
    QCOMPARE(csvOf({&integration}), readAll(QFINDTESTDATA("data/example-response.csv")));
}

void TestCsvWriter::cell_isGuardedAndQuoted_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QByteArray("first_name") << QByteArray("first_name");
    QTest::newRow("empty") << QByteArray("") << QByteArray("");
    QTest::newRow("spaces stay unquoted") << QByteArray(" a b ") << QByteArray(" a b ");
    QTest::newRow("unicode") << QByteArray("Équipes 従業員") << QByteArray("Équipes 従業員");
    QTest::newRow("comma") << QByteArray("Jobs, open") << QByteArray("\"Jobs, open\"");
    QTest::newRow("quote") << QByteArray("Notes \"internal\"")
                           << QByteArray("\"Notes \"\"internal\"\"\"");
    QTest::newRow("line feed") << QByteArray("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("carriage return inside") << QByteArray("a\rb") << QByteArray("\"a\rb\"");
    QTest::newRow("CRLF") << QByteArray("a\r\nb") << QByteArray("\"a\r\nb\"");
    QTest::newRow("equals") << QByteArray("=1+1") << QByteArray("'=1+1");
    QTest::newRow("plus") << QByteArray("+49 30") << QByteArray("'+49 30");
    QTest::newRow("minus") << QByteArray("-1") << QByteArray("'-1");
    QTest::newRow("at") << QByteArray("@SUM(A1)") << QByteArray("'@SUM(A1)");
    QTest::newRow("tab") << QByteArray("\tx") << QByteArray("'\tx");
    QTest::newRow("leading CR is guarded and quoted")
        << QByteArray("\rx") << QByteArray("\"'\rx\"");
    QTest::newRow("formula with comma") << QByteArray("=HYPERLINK(\"u\",\"t\")")
                                        << QByteArray("\"'=HYPERLINK(\"\"u\"\",\"\"t\"\")\"");
    QTest::newRow("formula sign later") << QByteArray("a=b") << QByteArray("a=b");
    // A NUL ends a cell for many readers; it is written as U+FFFD (SPEC §5).
    QTest::newRow("NUL") << QByteArray("a\0b", 3)
                         << QByteArray("a\xEF\xBF\xBD"
                                       "b");
    QTest::newRow("NUL in a quoted cell")
        << QByteArray("a,\0", 3) << QByteArray("\"a,\xEF\xBF\xBD\"");
    QTest::newRow("NUL after a formula sign")
        << QByteArray("=\0", 2) << QByteArray("'=\xEF\xBF\xBD");
}

void TestCsvWriter::cell_isGuardedAndQuoted()
{
    QFETCH(QByteArray, cell);
    QFETCH(QByteArray, expected);
    QByteArray row;
    CsvWriter::appendCell(row, cell);
    QCOMPARE(row, expected);
}

void TestCsvWriter::rows_quoteLabelsAndGuardIds()
{
    const Integration integration =
        loadOrDie(parseIntegrationResponse(responseWith("Jobs, \\\"open\\\" only", "-remote_id")));
    const QList<QByteArray> lines = csvOf({&integration}).split('\n');
    QCOMPARE(lines.size(), 4); // header, model, field, and the empty rest after the last CRLF
    QCOMPARE(
        lines[1],
        QByteArray(R"(i,t,T,ATS,read_model,m,"Jobs, ""open"" only",,true,SUPPORTED,ENABLED,false)"
                   "\r"));
    QCOMPARE(
        lines[2],
        QByteArray(
            R"(i,t,T,ATS,read_model,m,"Jobs, ""open"" only",'-remote_id,true,SUPPORTED,ENABLED,false)"
            "\r"));
    QCOMPARE(lines[3], QByteArray());
}

void TestCsvWriter::unrecognisedValue_isWrittenRaw()
{
    const Integration integration =
        loadOrDie(parseIntegrationResponse(responseWith("L", "f", "=PARTIAL")));
    const QList<QByteArray> lines = csvOf({&integration}).split('\n');
    QCOMPARE(lines[2], QByteArray("i,t,T,ATS,read_model,m,L,f,true,'=PARTIAL,ENABLED,false\r"));
}

void TestCsvWriter::byteOrderMark_onlyWhenAsked()
{
    const Integration integration = seedExample();
    const QByteArray plain = csvOf({&integration});
    const QByteArray marked = csvOf({&integration}, CsvOptions{true});
    QVERIFY(plain.startsWith("integration_id,"));
    QCOMPARE(marked, QByteArray("\xEF\xBB\xBF") + plain);
}

void TestCsvWriter::severalIntegrations_shareOneHeader()
{
    const Integration first = seedExample();
    const Integration second = loadOrDie(parseIntegrationResponse(responseWith("L", "f")));
    const QByteArray csv = csvOf({&first, &second});
    QCOMPARE(csv.count("integration_id,"), 1);
    QCOMPARE(csv.count("\r\n"), 1 + 4 + 2);
    QVERIFY(csv.endsWith("i,t,T,ATS,read_model,m,L,f,true,SUPPORTED,ENABLED,false\r\n"));
}

void TestCsvWriter::demo_hasOneRowPerModelAndField()
{
    const Integration demo = loadOrDie(loadDemoIntegration());
    const QByteArray csv = csvOf({&demo});
    const auto rows = demo.readModels.size() + demo.writeActions.size() + demo.fields.size();
    QCOMPARE(std::size_t(csv.count("\r\n")), 1 + rows);
    QVERIFY(rows >= 150);
    QCOMPARE(csv.count('\n'), csv.count("\r\n")); // no bare line feeds
}

void TestCsvWriter::columnTable_isInEnumOrderAndMatchesTheSpecHeader()
{
    for (std::size_t i = 0; i < kColumns.size(); ++i)
        QCOMPARE(int(kColumns[i].id), int(i));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    QVERIFY(writer.writeHeader() && writer.finish());
    // SPEC §5, exactly.
    QCOMPARE(buffer.data(),
             QByteArray("integration_id,tool_id,tool_label,category,kind,model_id,model_label,"
                        "field_id,is_available,coverage_status,scope_config_setting,"
                        "opted_out_by_customer\r\n"));
    // Cells of a wider scope come first, so that writers can reuse them.
    for (std::size_t i = 1; i < kColumns.size(); ++i)
        QVERIFY(kColumns[i - 1].scope <= kColumns[i].scope);
}

void TestCsvWriter::filteredView_writesWhatIsShownInItsOrder()
{
    const Integration demo = loadOrDie(loadDemoIntegration());
    const TextSearch search(demo);
    FilterCriteria criteria;
    criteria.text = QStringLiteral("DATE_OF_BIRTH");
    VisibleRows rows(demo, search, criteria);
    rows.sort(demo, columnSpec(Column::Name).sortRank,
              true); // descending: write actions' "Create employee" row unaffected

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    QVERIFY(writer.writeHeader() && writer.writeIntegration(demo, rows) && writer.finish());
    const QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.size(), 1 + 4 + 1);
    const QByteArray head = "otterly:4Fq7Zb2mXcR8yTn1KpVw6HsD,otterly,Otterly HR,HRIS,";
    QCOMPARE(lines[1],
             head + "read_model,hris_employees,Employees,,true,SUPPORTED,ENABLED,false\r");
    QCOMPARE(
        lines[2],
        head + "read_model,hris_employees,Employees,date_of_birth,false,SUPPORTED,OPTIONAL,true\r");
    QCOMPARE(
        lines[3],
        head + "write_action,hris_create_employee,Create employee,,true,SUPPORTED,ENABLED,false\r");
    QCOMPARE(
        lines[4],
        head +
            "write_action,hris_create_employee,Create employee,date_of_birth,true,SUPPORTED,,\r");
}

void TestCsvWriter::deviceFailure_isReported()
{
    const Integration demo = loadOrDie(loadDemoIntegration());
    FillingDevice device(1000);
    CsvWriter writer(&device);
    const bool ok = writer.writeHeader() && writer.writeIntegration(demo) && writer.finish();
    QVERIFY(!ok);
    QCOMPARE(writer.errorString(), QStringLiteral("No space left on device"));
}

void TestCsvWriter::saveCsv_replacesFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old content");
    old.close();
    const Integration integration = seedExample();
    const Result<void> saved = saveCsv(path, allRowsOf({&integration}), {});
    QVERIFY2(!saved.failure(), saved.failure() ? qPrintable(saved.failure()->message()) : "");
    QCOMPARE(readAll(path), readAll(QFINDTESTDATA("data/example-response.csv")));
}

void TestCsvWriter::saveCsv_failedWrite_keepsEarlierFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("earlier export");
    old.close();

    const Integration demo = loadOrDie(loadDemoIntegration());
    std::optional<Failure> failure;
    {
        const FileSizeLimit limit(4096); // the demo's CSV is far larger
        const Result<void> saved = saveCsv(path, allRowsOf({&demo}), {});
        QVERIFY(saved.failure());
        failure = *saved.failure();
    }
    QCOMPARE(failure->kind, FailureKind::Output);
    QVERIFY2(failure->message().startsWith(QStringLiteral("cannot write: ")),
             qPrintable(failure->message()));
    QCOMPARE(readAll(path), QByteArray("earlier export"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("out.csv")});
}

void TestCsvWriter::saveCsv_missingFolder_isOutputFailure()
{
    QTemporaryDir dir;
    const Integration integration = seedExample();
    const Result<void> saved = saveCsv(dir.filePath(QStringLiteral("no/such/folder/out.csv")),
                                       allRowsOf({&integration}), {});
    QVERIFY(saved.failure());
    QCOMPARE(saved.failure()->kind, FailureKind::Output);
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
