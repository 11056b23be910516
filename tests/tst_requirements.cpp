// SPDX-License-Identifier: MIT
#include "requirements/requirements.h"
#include "testfiles.h"
#include "testresponse.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace kombo;

namespace {

// "LINE read MODEL[.FIELD] required|optional" for each requirement, in order.
QStringList described(const RequirementsFile &file)
{
    QStringList lines;
    for (const Requirement &requirement : file.requirements()) {
        const RequirementTarget &target = requirement.target;
        QByteArray text = QByteArray::number(requirement.line) + ' ' +
                          (target.kind == ModelKind::ReadModel ? "read " : "write ") +
                          target.modelId;
        if (!target.fieldId.isEmpty())
            text += '.' + target.fieldId;
        text += requirement.required ? " required" : " optional";
        lines << QString::fromUtf8(text);
    }
    return lines;
}

RequirementsFile parsedOrDie(const QByteArray &text)
{
    Result<RequirementsFile> file = RequirementsFile::parse(text);
    if (const Failure *failure = file.failure())
        qFatal("test requirements do not parse: %s", qPrintable(failure->message()));
    return std::move(file).value();
}

RequirementTarget readTarget(const char *model, const char *field = "")
{
    return {ModelKind::ReadModel, model, field};
}

const QByteArray kEdited = "# Payroll needs these\n"
                           "read hris_employees            # the list\n"
                           "\tread hris_employees.date_of_birth optional  # birthdays\n"
                           "\n"
                           "write hris_create_employee.first_name\n"
                           "read hris_employees.date_of_birth   # again\n"
                           "read hris_teams\n";

} // namespace

class TestRequirements : public QObject
{
    Q_OBJECT

private slots:
    void parse_readsEveryForm_data();
    void parse_readsEveryForm();
    void parse_rejectsInvalidLines_data();
    void parse_rejectsInvalidLines();
    void roundTrip_keepsTheTextAsWritten_data();
    void roundTrip_keepsTheTextAsWritten();
    void roundTrip_endsTheLastLine();
    void edit_rewritesEveryLineOfTheTargetKeepingComments();
    void edit_newTargetGoesAfterItsModel();
    void edit_notNeededRemovesItsLines();
    void edit_refusesWhatNoLineCanSay_data();
    void edit_refusesWhatNoLineCanSay();
    void edit_keepsCrlfAndByteOrderMark();
    void edit_startsFromNothing();
    void load_readsAFileAndFailsAsUsage();
    void save_writesWhatLoads();
    void check_givesEachTargetsWord();
    void check_unusableIntegrationMeetsNothing();
};

void TestRequirements::parse_readsEveryForm_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, const QByteArray &text, const QStringList &expected) {
        QTest::newRow(name) << text << expected;
    };
    const auto list = [](std::initializer_list<const char *> items) {
        QStringList result;
        for (const char *item : items)
            result << QString::fromUtf8(item);
        return result;
    };
    row("empty file", "", {});
    row("only a byte-order mark", "\xEF\xBB\xBF", {});
    row("model", "read hris_employees\n", list({"1 read hris_employees required"}));
    row("field", "read hris_employees.ssn\n", list({"1 read hris_employees.ssn required"}));
    row("write action and field", "write create\nwrite create.first_name\n",
        list({"1 write create required", "2 write create.first_name required"}));
    row("optional", "read m.f optional\n", list({"1 read m.f optional"}));
    row("tabs and runs of spaces", "\t read \t m.f  \toptional\t \n",
        list({"1 read m.f optional"}));
    row("comment lines", "# Our product\n  # needs\nread m\n", list({"3 read m required"}));
    row("comment after the words", "read m optional # why\n", list({"1 read m optional"}));
    row("comment touching a word", "read m.f#g\n", list({"1 read m.f required"}));
    row("comment hides optional", "read m #optional\n", list({"1 read m required"}));
    row("blank lines", "\n\n   \n\t\nread m\n\n", list({"5 read m required"}));
    row("CRLF", "read a\r\n\r\nread b optional\r\n",
        list({"1 read a required", "3 read b optional"}));
    row("no line end at the end", "read a\nread b",
        list({"1 read a required", "2 read b required"}));
    row("byte-order mark", "\xEF\xBB\xBFread m\n", list({"1 read m required"}));
    row("target splits at its first dot", "read a.b.c\n", list({"1 read a.b.c required"}));
    row("UTF-8 IDs", "read m\xC3\xB6.f\xE2\x82\xAC\n",
        list({"1 read m\xC3\xB6.f\xE2\x82\xAC required"}));
    row("repeated: one requirement at its first line, required wins",
        "read m optional\nread x\nread m\nread m optional\n",
        list({"1 read m required", "2 read x required"}));
    row("repeated optional stays optional", "read m optional\nread m optional\n",
        list({"1 read m optional"}));
    row("same ID as read model and write action", "read m\nwrite m\n",
        list({"1 read m required", "2 write m required"}));
    row("a model and its field are two", "read m.f\nread m\n",
        list({"1 read m.f required", "2 read m required"}));
}

void TestRequirements::parse_readsEveryForm()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, expected);
    const Result<RequirementsFile> file = RequirementsFile::parse(text);
    QVERIFY2(!file.failure(), file.failure() ? qPrintable(file.failure()->message()) : "");
    QCOMPARE(described(file.value()), expected);
}

void TestRequirements::parse_rejectsInvalidLines_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *name, const QByteArray &text, const char *message) {
        QTest::newRow(name) << text << QString::fromUtf8(message);
    };
    row("unknown verb", "read m\n\nraed m\n", "line 3: expected 'read' or 'write', found 'raed'");
    row("verbs are lower case", "READ m\n", "line 1: expected 'read' or 'write', found 'READ'");
    row("optional first", "optional read m\n",
        "line 1: expected 'read' or 'write', found 'optional'");
    row("verb alone", "# x\nwrite   # what?\n", "line 2: expected a model or action after 'write'");
    row("empty model", "read .f\n", "line 1: '.f' has an empty model or field ID");
    row("empty field", "read m.\n", "line 1: 'm.' has an empty model or field ID");
    row("only a dot", "read .\n", "line 1: '.' has an empty model or field ID");
    row("third word not optional", "read m required\n",
        "line 1: expected 'optional' or the end of the line, found 'required'");
    row("fourth word", "read m optional please\n",
        "line 1: expected the end of the line, found 'please'");
    row("two targets", "read a b\n",
        "line 1: expected 'optional' or the end of the line, found 'b'");
    row("not UTF-8", "read m\nread \xFF\n", "line 2: not UTF-8 text");
    row("not UTF-8 in a comment", "read m # caf\xE9\n", "line 1: not UTF-8 text");
    row("cut-off UTF-8 at the end", "read \xE2\x82", "line 1: not UTF-8 text");
    row("UTF-16", "\xFF\xFEr\0e\0", "line 1: not UTF-8 text");
    row("CR without LF", "read m\rread n\n", "line 1: unexpected control character U+000D");
    row("CR at the end without LF", "read m\nread n\r",
        "line 2: unexpected control character U+000D");
    row("NUL", QByteArray("read m\0\n", 8), "line 1: unexpected control character U+0000");
    row("escape", "read \x1b[31mm\n", "line 1: unexpected control character U+001B");
    row("long word is cut short", "read m " + QByteArray(200, 'x') + '\n',
        "line 1: expected 'optional' or the end of the line, found '" + QByteArray(79, 'x') +
            "\xE2\x80\xA6'");
}

void TestRequirements::parse_rejectsInvalidLines()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    const Result<RequirementsFile> file = RequirementsFile::parse(text);
    QVERIFY(file.failure());
    QCOMPARE(file.failure()->message(), message);
    QCOMPARE(file.failure()->kind, FailureKind::Usage);
    QCOMPARE(file.failure()->exitCode(), 2);
}

void TestRequirements::roundTrip_keepsTheTextAsWritten_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("comments and blank lines") << kEdited;
    QTest::newRow("CRLF and a byte-order mark")
        << QByteArray("\xEF\xBB\xBF# x\r\n\r\nread m optional\r\n  write a.b # c\r\n");
    QTest::newRow("empty") << QByteArray();
}

void TestRequirements::roundTrip_keepsTheTextAsWritten()
{
    QFETCH(QByteArray, text);
    const RequirementsFile file = parsedOrDie(text);
    QCOMPARE(file.toUtf8(), text);
    QCOMPARE(described(parsedOrDie(file.toUtf8())), described(file));
}

void TestRequirements::roundTrip_endsTheLastLine()
{
    QCOMPARE(parsedOrDie("read m\n\nread n").toUtf8(), QByteArray("read m\n\nread n\n"));
    QCOMPARE(parsedOrDie("read m\r\nread n").toUtf8(), QByteArray("read m\r\nread n\r\n"));
}

void TestRequirements::edit_rewritesEveryLineOfTheTargetKeepingComments()
{
    RequirementsFile file = parsedOrDie(kEdited);
    const RequirementTarget birth = readTarget("hris_employees", "date_of_birth");
    QCOMPARE(file.need(birth), Need::Required); // its second line does not say optional

    QVERIFY(file.setNeed(birth, Need::Optional));
    QCOMPARE(file.need(birth), Need::Optional);
    QCOMPARE(file.toUtf8(), QByteArray("# Payroll needs these\n"
                                       "read hris_employees            # the list\n"
                                       "\tread hris_employees.date_of_birth optional  # birthdays\n"
                                       "\n"
                                       "write hris_create_employee.first_name\n"
                                       "read hris_employees.date_of_birth optional   # again\n"
                                       "read hris_teams\n"));

    QVERIFY(file.setNeed(birth, Need::Required));
    QCOMPARE(file.need(birth), Need::Required);
    QCOMPARE(file.toUtf8(), QByteArray("# Payroll needs these\n"
                                       "read hris_employees            # the list\n"
                                       "\tread hris_employees.date_of_birth  # birthdays\n"
                                       "\n"
                                       "write hris_create_employee.first_name\n"
                                       "read hris_employees.date_of_birth   # again\n"
                                       "read hris_teams\n"));
    QCOMPARE(described(file),
             QStringList({QStringLiteral("2 read hris_employees required"),
                          QStringLiteral("3 read hris_employees.date_of_birth required"),
                          QStringLiteral("5 write hris_create_employee.first_name required"),
                          QStringLiteral("7 read hris_teams required")}));
    QCOMPARE(described(parsedOrDie(file.toUtf8())), described(file));
}

void TestRequirements::edit_newTargetGoesAfterItsModel()
{
    RequirementsFile file = parsedOrDie(kEdited);
    QCOMPARE(file.need(readTarget("hris_employees", "ssn")), Need::NotNeeded);
    QVERIFY(file.setNeed(readTarget("hris_employees", "ssn"), Need::Required));
    QVERIFY(file.setNeed({ModelKind::WriteAction, "hris_delete_employee", {}}, Need::Optional));
    // A write action's field goes after the lines of that action, not after a read model's.
    QVERIFY(file.setNeed({ModelKind::WriteAction, "hris_create_employee", "last_name"},
                         Need::Required));
    QCOMPARE(file.toUtf8(), QByteArray("# Payroll needs these\n"
                                       "read hris_employees            # the list\n"
                                       "\tread hris_employees.date_of_birth optional  # birthdays\n"
                                       "\n"
                                       "write hris_create_employee.first_name\n"
                                       "write hris_create_employee.last_name\n"
                                       "read hris_employees.date_of_birth   # again\n"
                                       "read hris_employees.ssn\n"
                                       "read hris_teams\n"
                                       "write hris_delete_employee optional\n"));
    QCOMPARE(file.need(readTarget("hris_employees", "ssn")), Need::Required);
    QCOMPARE(file.requirements().size(), std::size_t(7));
    QCOMPARE(described(parsedOrDie(file.toUtf8())), described(file));
}

void TestRequirements::edit_notNeededRemovesItsLines()
{
    RequirementsFile file = parsedOrDie(kEdited);
    QVERIFY(file.setNeed(readTarget("hris_employees", "date_of_birth"), Need::NotNeeded));
    QVERIFY(file.setNeed(readTarget("hris_employees"), Need::NotNeeded));
    QVERIFY(file.setNeed(readTarget("never_there"), Need::NotNeeded));
    QCOMPARE(file.toUtf8(), QByteArray("# Payroll needs these\n"
                                       "\n"
                                       "write hris_create_employee.first_name\n"
                                       "read hris_teams\n"));
    QCOMPARE(described(file),
             QStringList({QStringLiteral("3 write hris_create_employee.first_name required"),
                          QStringLiteral("4 read hris_teams required")}));
    QCOMPARE(file.need(readTarget("hris_employees")), Need::NotNeeded);
}

void TestRequirements::edit_refusesWhatNoLineCanSay_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("empty model") << QByteArray() << QByteArray("f");
    QTest::newRow("dot in the model") << QByteArray("a.b") << QByteArray();
    QTest::newRow("space") << QByteArray("m") << QByteArray("first name");
    QTest::newRow("tab") << QByteArray("m\tn") << QByteArray();
    QTest::newRow("hash") << QByteArray("m") << QByteArray("#1");
    QTest::newRow("line feed") << QByteArray("m") << QByteArray("a\nread b");
    QTest::newRow("not UTF-8") << QByteArray("m\xFF") << QByteArray();
}

void TestRequirements::edit_refusesWhatNoLineCanSay()
{
    QFETCH(QByteArray, model);
    QFETCH(QByteArray, field);
    RequirementsFile file = parsedOrDie(kEdited);
    QVERIFY(!file.setNeed({ModelKind::ReadModel, model, field}, Need::Required));
    QVERIFY(!file.setNeed({ModelKind::ReadModel, model, field}, Need::NotNeeded));
    QCOMPARE(file.toUtf8(), kEdited);
    // A dot in a field is fine: the target splits at its first dot.
    QVERIFY(file.setNeed(readTarget("m", "a.b"), Need::Required));
    QCOMPARE(file.need(readTarget("m", "a.b")), Need::Required);
    QCOMPARE(described(parsedOrDie(file.toUtf8())), described(file));
}

void TestRequirements::edit_keepsCrlfAndByteOrderMark()
{
    RequirementsFile file = parsedOrDie("\xEF\xBB\xBFread m # x\r\n");
    QVERIFY(file.setNeed(readTarget("m"), Need::Optional));
    QVERIFY(file.setNeed(readTarget("m", "f"), Need::Required));
    QCOMPARE(file.toUtf8(), QByteArray("\xEF\xBB\xBFread m optional # x\r\nread m.f\r\n"));
}

void TestRequirements::edit_startsFromNothing()
{
    RequirementsFile file;
    QVERIFY(file.requirements().empty());
    QVERIFY(file.setNeed({ModelKind::WriteAction, "create", "first_name"}, Need::Optional));
    QVERIFY(file.setNeed(readTarget("m"), Need::Required));
    QCOMPARE(file.toUtf8(), QByteArray("write create.first_name optional\nread m\n"));
}

void TestRequirements::load_readsAFileAndFailsAsUsage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("needs.kcreq"));
    writeFile(path, kEdited);
    const Result<RequirementsFile> loaded = loadRequirementsFile(path);
    QVERIFY2(!loaded.failure(), loaded.failure() ? qPrintable(loaded.failure()->message()) : "");
    QCOMPARE(loaded.value().requirements().size(), std::size_t(4));

    const Result<RequirementsFile> missing =
        loadRequirementsFile(dir.filePath(QStringLiteral("missing.kcreq")));
    QVERIFY(missing.failure());
    QCOMPARE(missing.failure()->kind, FailureKind::Usage);
    QVERIFY2(missing.failure()->message().startsWith(QStringLiteral("cannot read: ")),
             qPrintable(missing.failure()->message()));

    const Result<RequirementsFile> large = loadRequirementsFile(path, 16);
    QVERIFY(large.failure());
    QCOMPARE(large.failure()->kind, FailureKind::Usage);
    QCOMPARE(large.failure()->message(), QStringLiteral("too large to load (limit 16 bytes)"));

    writeFile(path, QByteArray(int(kMaxRequirementsBytes) + 1, '#'));
    const Result<RequirementsFile> tooLarge = loadRequirementsFile(path);
    QVERIFY(tooLarge.failure());
    QCOMPARE(tooLarge.failure()->message(), QStringLiteral("too large to load (limit 1 MiB)"));

    writeFile(path, "read m\nwrite\n");
    const Result<RequirementsFile> invalid = loadRequirementsFile(path);
    QVERIFY(invalid.failure());
    QCOMPARE(invalid.failure()->message(),
             QStringLiteral("line 2: expected a model or action after 'write'"));
}

void TestRequirements::save_writesWhatLoads()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("needs.kcreq"));
    RequirementsFile file = parsedOrDie(kEdited);
    QVERIFY(file.setNeed(readTarget("hris_teams"), Need::Optional));
    const Result<void> saved = saveRequirementsFile(path, file);
    QVERIFY2(!saved.failure(), saved.failure() ? qPrintable(saved.failure()->message()) : "");
    QCOMPARE(readAll(path), file.toUtf8());
    const Result<RequirementsFile> loaded = loadRequirementsFile(path);
    QVERIFY(!loaded.failure());
    QCOMPARE(described(loaded.value()), described(file));

    const Result<void> intoFolder = saveRequirementsFile(dir.path(), file);
    QVERIFY(intoFolder.failure());
    QCOMPARE(intoFolder.failure()->kind, FailureKind::Output);
}

void TestRequirements::check_givesEachTargetsWord()
{
    TestIntegration spec;
    spec.readModels = {
        {"m",
         true,
         "SUPPORTED",
         "ENABLED",
         false,
         {{"ok"}, {"disabled", false, "SUPPORTED", "DISABLED"}, {"dup"}, {"dup", false}}},
        {"m", false}, // a repeated model: the first counts
    };
    spec.writeActions = {{"create", true, "SUPPORTED", "ENABLED", false, {{"first_name"}}}};
    const Integration integration = parsed(spec);
    const RequirementsFile file = parsedOrDie("read m\n"
                                              "read m.disabled\n"
                                              "read gone optional\n"
                                              "write create.first_name\n"
                                              "read m.ok optional\n"
                                              "read m.dup\n"
                                              "write m\n");
    const std::vector<Availability> words = checkRequirements(integration, file.requirements());
    QCOMPARE(words, (std::vector<Availability>{Availability::Available, Availability::ScopeDisabled,
                                               Availability::Missing, Availability::Available,
                                               Availability::Available, Availability::Available,
                                               Availability::Missing}));
    const Readiness counts = readiness(file.requirements(), words);
    QCOMPARE(counts.required, 5);
    QCOMPARE(counts.requiredMet, 3);
    QCOMPARE(counts.optional, 2);
    QCOMPARE(counts.optionalMet, 1);
    QVERIFY(!counts.ready());

    const RequirementsFile met = parsedOrDie("read m\nread gone optional\n");
    const Readiness ready =
        readiness(met.requirements(), checkRequirements(integration, met.requirements()));
    QVERIFY(ready.ready());
    QCOMPARE(ready.requiredMet, 1);
    QCOMPARE(ready.optionalMet, 0);
}

void TestRequirements::check_unusableIntegrationMeetsNothing()
{
    TestIntegration spec;
    spec.readModels = {{"m", true, "SUPPORTED", "ENABLED", false, {{"ok"}}}};
    spec.status = "INACTIVE";
    const Integration integration = parsed(spec);
    const RequirementsFile file = parsedOrDie("read m\nread m.ok\nread gone\n");
    const std::vector<Availability> words = checkRequirements(integration, file.requirements());
    QCOMPARE(words, std::vector<Availability>(3, Availability::IntegrationInactive));
    QCOMPARE(readiness(file.requirements(), words).requiredMet, 0);
}

QTEST_GUILESS_MAIN(TestRequirements)
#include "tst_requirements.moc"
