// SPDX-License-Identifier: MIT
#include "export/csvwriter.h"
#include "model/columns.h"
#include "model/coveragefilter.h"
#include "model/coveragetreemodel.h"
#include "model/itemroles.h"
#include "requirements/openrequirements.h"
#include "requirements/readinesscheck.h"
#include "requirements/whocanact.h"
#include "testfiles.h"
#include "testresponse.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace kombo;

Q_DECLARE_METATYPE(kombo::Availability)
Q_DECLARE_METATYPE(kombo::Actor)

namespace {

bool succeeded(const Result<void> &result)
{
    if (const Failure *failure = result.failure()) {
        qWarning("%s", qPrintable(failure->message()));
        return false;
    }
    return true;
}

// One of each reason a requirement can be unmet for, beside ones that are met.
TestIntegration mixedIntegration()
{
    TestIntegration integration;
    integration.toolLabel = "Otterly";
    integration.readModels = {
        {"employees",
         true,
         "SUPPORTED",
         "ENABLED",
         false,
         {{"name"},
          {"ssn", false, "SUPPORTED", "DISABLED"},
          {"birthday", false, "SUPPORTED", "OPTIONAL", true},
          {"avatar", false, "NOT_IMPLEMENTED"},
          {"name", false, "UNSUPPORTED"}}}, // repeated: the first counts
        {"documents", false, "SUPPORTED", "DISABLED", false, {{"title"}}},
    };
    integration.writeActions = {{"create_employee",
                                 true,
                                 "SUPPORTED",
                                 "ENABLED",
                                 false,
                                 {{"first_name"}, {"gender", false, "UNSUPPORTED"}}}};
    return integration;
}

RequirementsFile parsedOrDie(const QByteArray &text)
{
    Result<RequirementsFile> file = RequirementsFile::parse(text);
    if (const Failure *failure = file.failure())
        qFatal("test requirements do not parse: %s", qPrintable(failure->message()));
    return std::move(file).value();
}

const QByteArray kRequirements = "# what the product needs\n"
                                 "read employees                 # the list\n"
                                 "read employees.name\n"
                                 "read employees.ssn             # payroll\n"
                                 "read employees.birthday optional\n"
                                 "read documents.title\n"
                                 "read nowhere\n"
                                 "write create_employee.gender optional\n";

// The field `id` of `model` (first occurrence), as a row.
CoverageRow fieldRow(const Integration &integration, const RequirementMarks &marks, ModelKind kind,
                     std::size_t model, const char *id)
{
    const Model &owner = integration.models(kind)[model];
    for (const Field *field = integration.fieldsBegin(owner); field != integration.fieldsEnd(owner);
         ++field) {
        if (integration.utf8(field->id) == QByteArrayView(id))
            return {integration, kind, owner, field, &marks};
    }
    qFatal("no field %s", id);
}

QStringList shownFieldIds(const Integration &integration, const VisibleRows &rows)
{
    QStringList ids;
    for (const ModelKind kind : {ModelKind::ReadModel, ModelKind::WriteAction}) {
        for (const std::uint32_t row : rows.models(kind)) {
            const std::size_t number = modelNumber(integration, kind, row);
            const Model &model = integration.models(kind)[row];
            ids << integration.string(model.id);
            for (std::uint32_t i = 0; i < rows.fieldCount(number); ++i)
                ids << integration.string(model.id) + QLatin1Char('.') +
                           integration.string(integration.fields[rows.fieldsBegin(number)[i]].id);
        }
    }
    return ids;
}

} // namespace

class TestReadiness : public QObject
{
    Q_OBJECT

private slots:
    void whoCanAct_followsTheWord_data();
    void whoCanAct_followsTheWord();
    void advice_namesWhoCanActForEveryUnmetWord();
    void check_countsAndExplainsEachRequirement();
    void marks_markFirstOccurrencesAndWhetherMet();
    void filters_requiredOnlyAndUnmetOnly_combine();
    void treeModel_showsMarksAndFiltersUnderTheTester();
    void requiredColumn_isNotExported();
    void openRequirements_editsKeepCommentsAndTrackUnsavedChanges();
    void openRequirements_failedOpenKeepsWhatWasOpen();
};

void TestReadiness::whoCanAct_followsTheWord_data()
{
    QTest::addColumn<Availability>("word");
    QTest::addColumn<Availability>("modelWord");
    QTest::addColumn<Actor>("actor");
    const auto none = Availability::Available;
    QTest::newRow("available") << Availability::Available << none << Actor::Nobody;
    QTest::newRow("scope_disabled") << Availability::ScopeDisabled << none << Actor::You;
    QTest::newRow("opted_out") << Availability::OptedOut << none << Actor::Customer;
    QTest::newRow("unsupported") << Availability::Unsupported << none << Actor::Tool;
    QTest::newRow("not_implemented") << Availability::NotImplemented << none << Actor::Kombo;
    QTest::newRow("unknown") << Availability::Unknown << none << Actor::Kombo;
    QTest::newRow("unavailable") << Availability::Unavailable << none << Actor::Kombo;
    QTest::newRow("missing") << Availability::Missing << none << Actor::You;
    QTest::newRow("unrecognised") << Availability::Unrecognised << none << Actor::You;
    QTest::newRow("integration_invalid")
        << Availability::IntegrationInvalid << none << Actor::Customer;
    QTest::newRow("integration_inactive")
        << Availability::IntegrationInactive << none << Actor::You;
    QTest::newRow("data_expired") << Availability::DataExpired << none << Actor::You;
    QTest::newRow("model_unavailable: model opted out")
        << Availability::ModelUnavailable << Availability::OptedOut << Actor::Customer;
    QTest::newRow("model_unavailable: model unsupported")
        << Availability::ModelUnavailable << Availability::Unsupported << Actor::Tool;
}

void TestReadiness::whoCanAct_followsTheWord()
{
    QFETCH(Availability, word);
    QFETCH(Availability, modelWord);
    QFETCH(Actor, actor);
    QCOMPARE(whoCanAct(word, modelWord), actor);
}

void TestReadiness::advice_namesWhoCanActForEveryUnmetWord()
{
    QCOMPARE(ActorText::advice(Availability::Available, Availability::Available, {}), QString());
    for (int number = 1; number < kAvailabilityCount; ++number) {
        const auto word = Availability(number);
        // A field's advice is its model's, when the model stands in the way.
        const Availability modelWord = word == Availability::ModelUnavailable
                                           ? Availability::ScopeDisabled
                                           : Availability::Available;
        const QString advice = ActorText::advice(word, modelWord, QStringLiteral("Otterly"));
        const QString actor = ActorText::name(whoCanAct(word, modelWord));
        QVERIFY2(!actor.isEmpty(), availabilityWord(word).data());
        QVERIFY2(advice.startsWith(actor + QLatin1Char(':')), qPrintable(advice));
    }
    QCOMPARE(ActorText::advice(Availability::ScopeDisabled, Availability::Available, {}),
             QStringLiteral("You: enable it in your scope config in Kombo's dashboard."));
    QCOMPARE(ActorText::advice(Availability::Unsupported, Availability::Available,
                               QStringLiteral("Otterly")),
             QStringLiteral("The tool: only Otterly can add it; ask its vendor."));
}

void TestReadiness::check_countsAndExplainsEachRequirement()
{
    const Integration integration = parsed(mixedIntegration());
    const RequirementsFile file = parsedOrDie(kRequirements);
    const ReadinessCheck check = checkReadiness(integration, file.requirements());

    QCOMPARE(check.readiness.required, 5);
    QCOMPARE(check.readiness.requiredMet, 2); // employees, employees.name (its first one)
    QCOMPARE(check.readiness.optional, 2);
    QCOMPARE(check.readiness.optionalMet, 0);
    QVERIFY(!check.readiness.ready());
    const Readiness quick = readinessOf(integration, file.requirements());
    QCOMPARE(quick.requiredMet, check.readiness.requiredMet);
    QCOMPARE(quick.required, check.readiness.required);

    QStringList seen;
    for (const RequirementCheck &item : check.checks)
        seen << QString::fromLatin1(availabilityWord(item.word)) + QLatin1Char('/') +
                    ActorText::name(item.actor());
    QCOMPARE(
        seen,
        (QStringList{QStringLiteral("available/"), QStringLiteral("available/"),
                     QStringLiteral("scope_disabled/You"), QStringLiteral("opted_out/The customer"),
                     // the field is fine; its model is disabled in the scope config
                     QStringLiteral("model_unavailable/You"), QStringLiteral("missing/You"),
                     QStringLiteral("unsupported/The tool")}));
    const RequirementCheck &title = check.checks[4];
    QCOMPARE(title.modelWord, Availability::ScopeDisabled);
    QVERIFY(title.model && title.field);
    const RequirementCheck &nowhere = check.checks[5];
    QVERIFY(!nowhere.model && !nowhere.field);
}

void TestReadiness::marks_markFirstOccurrencesAndWhetherMet()
{
    const Integration integration = parsed(mixedIntegration());
    const RequirementMarks marks(integration, parsedOrDie(kRequirements).requirements());
    QVERIFY(!marks.isEmpty());
    const CoverageRow employees{integration, ModelKind::ReadModel, integration.readModels[0],
                                nullptr, &marks};
    QCOMPARE(marks.need(employees), Need::Required);
    QVERIFY(marks.isMet(employees));
    const CoverageRow name = fieldRow(integration, marks, ModelKind::ReadModel, 0, "name");
    QCOMPARE(marks.need(name), Need::Required);
    QVERIFY(marks.isMet(name));
    // The repeated "name" is ignored, as by every report.
    const CoverageRow repeated{integration, ModelKind::ReadModel, integration.readModels[0],
                               integration.fieldsBegin(integration.readModels[0]) + 4, &marks};
    QCOMPARE(marks.need(repeated), Need::NotNeeded);
    const CoverageRow birthday = fieldRow(integration, marks, ModelKind::ReadModel, 0, "birthday");
    QCOMPARE(marks.need(birthday), Need::Optional);
    QVERIFY(!marks.isMet(birthday));
    QCOMPARE(marks.need(fieldRow(integration, marks, ModelKind::ReadModel, 0, "avatar")),
             Need::NotNeeded);
    QCOMPARE(marks.need(fieldRow(integration, marks, ModelKind::WriteAction, 0, "gender")),
             Need::Optional);
    QVERIFY(RequirementMarks(integration, {}).isEmpty());
}

void TestReadiness::filters_requiredOnlyAndUnmetOnly_combine()
{
    const Integration integration = parsed(mixedIntegration());
    const RequirementMarks marks(integration, parsedOrDie(kRequirements).requirements());
    const TextSearch search(integration);
    FilterCriteria criteria;
    criteria.requiredOnly = true;
    QCOMPARE(shownFieldIds(integration, VisibleRows(integration, search, criteria, nullptr, &marks)),
             (QStringList{QStringLiteral("employees"), QStringLiteral("employees.name"),
                          QStringLiteral("employees.ssn"), QStringLiteral("documents"),
                          QStringLiteral("documents.title")}));
    criteria.requiredOnly = false;
    criteria.unmetOnly = true;
    QCOMPARE(shownFieldIds(integration, VisibleRows(integration, search, criteria, nullptr, &marks)),
             (QStringList{QStringLiteral("employees"), QStringLiteral("employees.ssn"),
                          QStringLiteral("employees.birthday"), QStringLiteral("documents"),
                          QStringLiteral("documents.title"), QStringLiteral("create_employee"),
                          QStringLiteral("create_employee.gender")}));
    criteria.requiredOnly = true;
    criteria.text = QStringLiteral("ssn"); // with the other filters, as ever
    QCOMPARE(shownFieldIds(integration, VisibleRows(integration, search, criteria, nullptr, &marks)),
             (QStringList{QStringLiteral("employees"), QStringLiteral("employees.ssn")}));
    // Nothing marked: the requirement filters let nothing through.
    criteria = FilterCriteria();
    criteria.unmetOnly = true;
    QVERIFY(shownFieldIds(integration, VisibleRows(integration, search, criteria)).isEmpty());
}

void TestReadiness::treeModel_showsMarksAndFiltersUnderTheTester()
{
    CoverageTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIntegration(std::make_shared<const Integration>(parsed(mixedIntegration())));
    const QModelIndex employees = model.index(0, 0, model.index(0, 0));
    const QModelIndex ssn = model.index(1, kRequiredColumn, employees);
    QCOMPARE(ssn.data().toString(), QString());
    model.setRequirements(parsedOrDie(kRequirements).requirements());
    QCOMPARE(ssn.data().toString(), QStringLiteral("\u2605 Required"));
    QCOMPARE(ssn.data(NeedRole).toInt(), int(Need::Required));
    QVERIFY(ssn.data(Qt::ToolTipRole).toString().contains(QStringLiteral("not met")));
    QCOMPARE(model.index(2, kRequiredColumn, employees).data().toString(),
             QStringLiteral("\u2606 Optional"));

    FilterCriteria criteria;
    criteria.unmetOnly = true;
    model.setFilter(criteria);
    QCOMPARE(model.visibleRows().shownFieldCount(), std::size_t(4));
    // A new mark reaches the filter at once.
    std::vector<Requirement> fewer = parsedOrDie("read employees.ssn\n").requirements();
    model.setRequirements(fewer);
    QCOMPARE(model.visibleRows().shownFieldCount(), std::size_t(1));
    // Sorting by the mark puts the required rows first.
    model.setFilter({});
    model.sort(kRequiredColumn);
    QCOMPARE(model.index(0, kNameColumn, model.index(0, 0, model.index(0, 0))).data(IdRole),
             QVariant(QStringLiteral("ssn")));
}

void TestReadiness::requiredColumn_isNotExported()
{
    QVERIFY(columnSpec(Column::Required).csvName.empty());
    QCOMPARE(treeHeader(kRequiredColumn), QStringLiteral("Required"));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, CsvOptions{});
    QVERIFY(writer.writeHeader() && writer.finish());
    QCOMPARE(buffer.data(),
             QByteArray("integration_id,tool_id,tool_label,category,kind,model_id,model_label,"
                        "field_id,is_available,coverage_status,scope_config_setting,"
                        "opted_out_by_customer\r\n"));
}

void TestReadiness::openRequirements_editsKeepCommentsAndTrackUnsavedChanges()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("product.kcreq"));
    writeFile(path, kRequirements);
    OpenRequirements requirements;
    QSignalSpy changed(&requirements, &OpenRequirements::changed);
    QVERIFY(!requirements.isActive());
    QCOMPARE(requirements.displayName(), QStringLiteral("Untitled"));
    QVERIFY(succeeded(requirements.open(path)));
    QCOMPARE(changed.count(), 1);
    QVERIFY(requirements.isActive() && !requirements.isDirty());
    QCOMPARE(requirements.displayName(), QStringLiteral("product.kcreq"));

    const RequirementTarget ssn{ModelKind::ReadModel, "employees", "ssn"};
    QVERIFY(requirements.setNeed(ssn, Need::Optional));
    QVERIFY(requirements.setNeed({ModelKind::ReadModel, "employees", "avatar"}, Need::Required));
    QVERIFY(requirements.setNeed({ModelKind::ReadModel, "nowhere", {}}, Need::NotNeeded));
    QVERIFY(requirements.isDirty());
    QCOMPARE(changed.count(), 4);
    QVERIFY(requirements.setNeed(ssn, Need::Optional)); // no change: no signal, still dirty
    QCOMPARE(changed.count(), 4);
    QVERIFY(!requirements.setNeed({ModelKind::ReadModel, "a b", {}}, Need::Required));
    QCOMPARE(changed.count(), 4);

    QVERIFY(succeeded(requirements.save()));
    QVERIFY(!requirements.isDirty());
    QCOMPARE(readAll(path), QByteArray("# what the product needs\n"
                                       "read employees                 # the list\n"
                                       "read employees.name\n"
                                       "read employees.ssn optional             # payroll\n"
                                       "read employees.birthday optional\n"
                                       "read employees.avatar\n"
                                       "read documents.title\n"
                                       "write create_employee.gender optional\n"));
    const QString other = dir.filePath(QStringLiteral("copy.kcreq"));
    QVERIFY(succeeded(requirements.saveAs(other)));
    QCOMPARE(requirements.path(), other);
    QCOMPARE(readAll(other), readAll(path));
    requirements.close();
    QVERIFY(!requirements.isActive());
    QVERIFY(requirements.path().isEmpty());
}

void TestReadiness::openRequirements_failedOpenKeepsWhatWasOpen()
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.kcreq"));
    writeFile(good, "read employees\n");
    const QString bad = dir.filePath(QStringLiteral("bad.kcreq"));
    writeFile(bad, "read employees\nfetch employees\n");
    OpenRequirements requirements;
    QVERIFY(succeeded(requirements.open(good)));
    QVERIFY(requirements.setNeed({ModelKind::ReadModel, "teams", {}}, Need::Required));
    const Result<void> opened = requirements.open(bad);
    QVERIFY(opened.failure());
    QCOMPARE(opened.failure()->kind, FailureKind::Usage);
    QCOMPARE(requirements.path(), good);
    QVERIFY(requirements.isDirty());
    QCOMPARE(requirements.requirements().size(), std::size_t(2));
    const Result<void> missing = requirements.open(dir.filePath(QStringLiteral("none.kcreq")));
    QVERIFY(missing.failure());
}

QTEST_MAIN(TestReadiness)
#include "tst_readiness.moc"
