// SPDX-License-Identifier: MIT
#include "load/responsefile.h"
#include "model/columns.h"
#include "model/coveragestyle.h"
#include "model/coveragesummary.h"
#include "model/coveragetreemodel.h"
#include "model/itemroles.h"
#include "testtext.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QtTest>

using namespace kombo;

Q_DECLARE_METATYPE(kombo::FilterCriteria)

namespace {

std::shared_ptr<const Integration> load(const ParseResult &result)
{
    if (const Failure *failure = result.failure())
        qFatal("test input does not parse: %s", qPrintable(failure->message()));
    return std::make_shared<const Integration>(result.value());
}

// A large integration built in the test: `models` read models and as many write actions,
// each with `fields` fields, cycling through every status, setting and availability.
std::shared_ptr<const Integration> synthetic(int models, int fields)
{
    static const char *const coverage[] = {"SUPPORTED", "UNSUPPORTED", "NOT_IMPLEMENTED", "UNKNOWN",
                                           "NEW_STATUS"};
    static const char *const settings[] = {"ENABLED", "DISABLED", "OPTIONAL"};
    QByteArray json =
        R"({"status":"success","data":{"id":"synthetic","tool":{"id":"t","label":"Tool",
        "internal_label":null,"logo_url":"https://example.com/l.svg","icon_url":"https://example.com/i.svg"},
        "category":"ATS","status":"ACTIVE","setup_status":"COMPLETED","end_user":{"organization_name":"O",
        "creator_email":null,"origin_id":null},"scope_config":{"id":"s","name":null},"data_expired_at":null,
        "created_at":"2024-01-01T00:00:00.000Z","beta":false)";
    for (const char *kind : {"read_models", "write_actions"}) {
        json += QByteArray(",\"") + kind + "\":[";
        for (int m = 0; m < models; ++m) {
            json +=
                QStringLiteral(
                    R"(%1{"id":"%2_%3","label":"Model %3","is_available":%4,"coverage_status":"%5",
                "scope_config_setting":"%6","opted_out_by_customer":%7,"fields":[)")
                    .arg(QLatin1String(m ? "," : ""), QLatin1String(kind))
                    .arg(m)
                    .arg(QLatin1String(m % 3 ? "true" : "false"), QLatin1String(coverage[m % 5]),
                         QLatin1String(settings[m % 3]), QLatin1String(m % 7 ? "false" : "true"))
                    .toUtf8();
            for (int f = 0; f < fields; ++f) {
                json += QStringLiteral(
                            R"(%1{"id":"field_%2_%3","is_available":%4,"coverage_status":"%5")")
                            .arg(QLatin1String(f ? "," : ""))
                            .arg(m)
                            .arg(f)
                            .arg(QLatin1String(f % 2 ? "true" : "false"),
                                 QLatin1String(coverage[(f + m) % 5]))
                            .toUtf8();
                if (kind[0] == 'r')
                    json +=
                        QStringLiteral(R"(,"scope_config_setting":"%1","opted_out_by_customer":%2)")
                            .arg(QLatin1String(settings[f % 3]),
                                 QLatin1String(f % 11 ? "false" : "true"))
                            .toUtf8();
                json += '}';
            }
            json += "]}";
        }
        json += ']';
    }
    json += "}}";
    return load(parseIntegrationResponse(json));
}

bool passesReference(const FilterCriteria &criteria, CoverageStatus status, bool available,
                     bool optedOut)
{
    return criteria.statuses[std::size_t(status)] &&
           (criteria.availability == AvailabilityFilter::Any ||
            (criteria.availability == AvailabilityFilter::Available) == available) &&
           (!criteria.optedOutOnly || optedOut);
}

// The filter's rules written the plainest way, to check VisibleRows against: the IDs it shows.
QStringList referenceRows(const Integration &integration, const FilterCriteria &criteria)
{
    QStringList rows;
    const QString text = criteria.text;
    for (const ModelKind kind : {ModelKind::ReadModel, ModelKind::WriteAction}) {
        for (const Model &model : integration.models(kind)) {
            const bool modelText =
                text.isEmpty() ||
                integration.string(model.id).contains(text, Qt::CaseInsensitive) ||
                integration.string(model.label).contains(text, Qt::CaseInsensitive);
            QStringList fields;
            for (const Field *field = integration.fieldsBegin(model);
                 field != integration.fieldsEnd(model); ++field) {
                const bool fieldText =
                    modelText || integration.string(field->id).contains(text, Qt::CaseInsensitive);
                if (fieldText && passesReference(criteria, field->coverageStatus.value,
                                                 field->isAvailable, field->optedOutByCustomer))
                    fields << QStringLiteral("  ") + integration.string(field->id);
            }
            const bool modelPasses =
                modelText && passesReference(criteria, model.coverageStatus.value,
                                             model.isAvailable, model.optedOutByCustomer);
            if (!fields.isEmpty() || modelPasses)
                rows << integration.string(model.id) << fields;
        }
    }
    return rows;
}

// What the model shows below its group rows, as referenceRows() writes it.
QStringList shownRows(const CoverageTreeModel &model)
{
    QStringList rows;
    const Integration &integration = *model.integration();
    for (int group = 0; group < model.rowCount(); ++group) {
        const QModelIndex groupIndex = model.index(group, 0);
        for (int row = 0; row < model.rowCount(groupIndex); ++row) {
            const QModelIndex modelIndex = model.index(row, 0, groupIndex);
            const ModelKind kind = group == 0 ? ModelKind::ReadModel : ModelKind::WriteAction;
            rows << integration.string(
                integration.models(kind)[model.visibleRows().models(kind)[std::size_t(row)]].id);
            for (int field = 0; field < model.rowCount(modelIndex); ++field)
                rows << QStringLiteral("  ") + model.index(field, 0, modelIndex).data().toString();
        }
    }
    return rows;
}

FilterCriteria onlyStatuses(std::initializer_list<CoverageStatus> statuses)
{
    FilterCriteria criteria;
    criteria.statuses.fill(false);
    for (const CoverageStatus status : statuses)
        criteria.statuses[std::size_t(status)] = true;
    return criteria;
}

} // namespace

class TestCoverageTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void unusableRows_areDimmedWhateverTheirOwnFlag();
    void everyTextColour_readsOnLightAndDark_data();
    void everyTextColour_readsOnLightAndDark();
    void modelTester_acceptsEveryIntegrationFilterAndSort();
    void rows_mirrorTheIntegration();
    void writeFields_haveNoScopeCells();
    void filter_matchesTheReference_data();
    void filter_matchesTheReference();
    void filter_keepsParentsOfMatchingFields();
    void sort_reordersAndKeepsSelection();
    void nextMatch_cyclesThroughMatches();
    void colours_differByStatusAndDimUnavailableRows();
    void tooltips_sayWhyARowIsUnavailable();
    void summary_countsEveryStatus();
};

void TestCoverageTreeModel::modelTester_acceptsEveryIntegrationFilterAndSort()
{
    CoverageTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const auto &integration :
         {load(loadDemoIntegration()),
          load(loadIntegrationFile(QFINDTESTDATA("data/example-response.json"))),
          synthetic(40, 60)}) {
        model.setIntegration(integration);
        FilterCriteria criteria;
        criteria.text = QStringLiteral("a");
        model.setFilter(criteria);
        model.sort(kCoverageColumn, Qt::DescendingOrder);
        criteria.availability = AvailabilityFilter::Unavailable;
        model.setFilter(criteria);
        model.sort(kNameColumn);
        model.setFilter(FilterCriteria());
        QVERIFY(!QTest::currentTestFailed());
    }
    model.setIntegration(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestCoverageTreeModel::rows_mirrorTheIntegration()
{
    CoverageTreeModel model;
    const auto demo = load(loadDemoIntegration());
    model.setIntegration(demo);

    QCOMPARE(model.rowCount(), 2);
    const QModelIndex reads = model.index(0, 0);
    const QModelIndex writes = model.index(1, 0);
    QCOMPARE(reads.data().toString(),
             QStringLiteral("Read models (%1)").arg(demo->readModels.size()));
    QCOMPARE(writes.data().toString(),
             QStringLiteral("Write actions (%1)").arg(demo->writeActions.size()));
    QCOMPARE(std::size_t(model.rowCount(reads)), demo->readModels.size());
    QCOMPARE(std::size_t(model.rowCount(writes)), demo->writeActions.size());

    const QModelIndex employees = model.index(0, 0, reads);
    QCOMPARE(employees.data().toString(), QStringLiteral("Employees  (hris_employees)"));
    QCOMPARE(std::size_t(model.rowCount(employees)), std::size_t(demo->readModels[0].fieldCount));
    QCOMPARE(employees.parent(), reads);
    const QList<int> counts = employees.data(FieldStatusCountsRole).value<QList<int>>();
    QCOMPARE(std::accumulate(counts.begin(), counts.end(), 0), model.rowCount(employees));

    const QModelIndex lastWrite = model.index(model.rowCount(writes) - 1, 0, writes);
    const QModelIndex lastField = model.index(model.rowCount(lastWrite) - 1, 0, lastWrite);
    QCOMPARE(lastField.parent(), lastWrite);
    QCOMPARE(lastWrite.parent(), writes);
    QCOMPARE(lastField.data().toString(),
             demo->string(demo->fieldsEnd(demo->writeActions.back())[-1].id));

    for (int row = 0; row < model.rowCount(employees); ++row) {
        const Field &field = demo->fieldsBegin(demo->readModels[0])[row];
        const QModelIndex name = model.index(row, kNameColumn, employees);
        QCOMPARE(name.data(IsAvailableRole).toBool(), field.isAvailable);
        QCOMPARE(name.data(CoverageStatusRole).toInt(), int(field.coverageStatus.value));
        QCOMPARE(name.data(RowKindRole).toInt(), int(CoverageTreeModel::RowKind::Field));
    }
}

void TestCoverageTreeModel::unusableRows_areDimmedWhateverTheirOwnFlag()
{
    // A field available on its own under an unavailable model is not available (SPEC §8):
    // dimmed and in italics like every other row that cannot be used.
    CoverageTreeModel model;
    model.setIntegration(
        load(loadIntegrationFile(QFINDTESTDATA("data/history/models.json"))));
    const QModelIndex read = model.index(0, 0);
    QModelIndex employees;
    for (int row = 0; row < model.rowCount(read); ++row) {
        if (model.index(row, 0, read).data(IdRole).toString() == QLatin1String("employees"))
            employees = model.index(row, 0, read);
    }
    QVERIFY(employees.isValid());
    QVERIFY(!employees.data(IsAvailableRole).toBool());
    bool checked = false;
    for (int row = 0; row < model.rowCount(employees); ++row) {
        const QModelIndex field = model.index(row, 0, employees);
        if (!field.data(IsAvailableRole).toBool())
            continue;
        checked = true; // its own flag says yes
        QVERIFY2(field.data(Qt::FontRole).value<QFont>().italic(),
                 qPrintable(field.data().toString()));
    }
    QVERIFY(checked);
}

void TestCoverageTreeModel::writeFields_haveNoScopeCells()
{
    CoverageTreeModel model;
    model.setIntegration(load(loadIntegrationFile(QFINDTESTDATA("data/example-response.json"))));
    const QModelIndex action = model.index(0, 0, model.index(1, 0));
    const QModelIndex dateOfBirth = model.index(0, 0, model.index(0, 0, model.index(0, 0)));
    const QModelIndex firstName = model.index(0, 0, action);
    QCOMPARE(firstName.data().toString(), QStringLiteral("first_name"));
    QCOMPARE(
        firstName.siblingAtColumn(treeColumnNumber(Column::ScopeConfigSetting)).data().toString(),
        QString());
    QCOMPARE(
        firstName.siblingAtColumn(treeColumnNumber(Column::OptedOutByCustomer)).data().toString(),
        QString());
    QCOMPARE(dateOfBirth.siblingAtColumn(kCoverageColumn).data().toString(),
             QStringLiteral("\u2714 Supported"));
    QCOMPARE(
        dateOfBirth.siblingAtColumn(treeColumnNumber(Column::ScopeConfigSetting)).data().toString(),
        QStringLiteral("Optional"));
    QCOMPARE(
        dateOfBirth.siblingAtColumn(treeColumnNumber(Column::OptedOutByCustomer)).data().toString(),
        QStringLiteral("Yes"));
    QCOMPARE(dateOfBirth.siblingAtColumn(treeColumnNumber(Column::IsAvailable)).data().toString(),
             QStringLiteral("No"));
}

void TestCoverageTreeModel::filter_matchesTheReference_data()
{
    QTest::addColumn<FilterCriteria>("criteria");
    auto withText = [](const char *text) {
        FilterCriteria criteria;
        criteria.text = QString::fromUtf8(text);
        return criteria;
    };
    QTest::newRow("everything") << FilterCriteria();
    QTest::newRow("a field ID") << withText("date_of_birth");
    QTest::newRow("upper case") << withText("DATE_OF");
    QTest::newRow("a model ID keeps all its fields") << withText("hris_absence");
    QTest::newRow("a model label") << withText("Time-off");
    QTest::newRow("nothing matches") << withText("zzz-no-such-thing");
    QTest::newRow("supported only") << onlyStatuses({CoverageStatus::Supported});
    QTest::newRow("gaps") << onlyStatuses(
        {CoverageStatus::Unsupported, CoverageStatus::NotImplemented});
    QTest::newRow("no status") << onlyStatuses({});
    FilterCriteria available;
    available.availability = AvailabilityFilter::Available;
    QTest::newRow("available") << available;
    FilterCriteria unavailable = withText("id");
    unavailable.availability = AvailabilityFilter::Unavailable;
    QTest::newRow("unavailable IDs") << unavailable;
    FilterCriteria optedOut;
    optedOut.optedOutOnly = true;
    QTest::newRow("opted out only") << optedOut;
    FilterCriteria mixed = onlyStatuses({CoverageStatus::Supported, CoverageStatus::Unknown});
    mixed.text = QStringLiteral("employee");
    mixed.availability = AvailabilityFilter::Unavailable;
    QTest::newRow("text, statuses and availability") << mixed;
}

void TestCoverageTreeModel::filter_matchesTheReference()
{
    QFETCH(FilterCriteria, criteria);
    CoverageTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const auto &integration : {load(loadDemoIntegration()), synthetic(12, 30)}) {
        model.setIntegration(integration);
        model.setFilter(criteria);
        QCOMPARE(shownRows(model), referenceRows(*integration, criteria));
        QCOMPARE(
            std::size_t(shownRows(model).filter(QRegularExpression(QStringLiteral("^  "))).size()),
            model.visibleRows().shownFieldCount());
    }
}

void TestCoverageTreeModel::filter_keepsParentsOfMatchingFields()
{
    CoverageTreeModel model;
    model.setIntegration(load(loadDemoIntegration()));
    FilterCriteria criteria;
    criteria.text = QStringLiteral("date_of_birth");
    model.setFilter(criteria);
    QCOMPARE(
        shownRows(model),
        (QStringList{QStringLiteral("hris_employees"), QStringLiteral("  date_of_birth"),
                     QStringLiteral("hris_create_employee"), QStringLiteral("  date_of_birth")}));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Read models (1 of 13)"));
    const QModelIndex field = model.index(0, 0, model.index(0, 0, model.index(0, 0)));
    QVERIFY(field.data(SearchMatchRole).toBool());
    QVERIFY(field.data(Qt::BackgroundRole).value<QColor>().isValid());
    QVERIFY(!model.index(0, 0, model.index(0, 0)).data(SearchMatchRole).toBool());
}

void TestCoverageTreeModel::sort_reordersAndKeepsSelection()
{
    CoverageTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIntegration(load(loadDemoIntegration()));
    const QModelIndex employees = model.index(0, 0, model.index(0, 0));
    const QPersistentModelIndex dateOfBirth = [&] {
        for (int row = 0; row < model.rowCount(employees); ++row) {
            if (model.index(row, 0, employees).data().toString() == QLatin1String("date_of_birth"))
                return QPersistentModelIndex(model.index(row, 0, employees));
        }
        return QPersistentModelIndex();
    }();
    QVERIFY(dateOfBirth.isValid());

    model.sort(kNameColumn, Qt::AscendingOrder);
    QCOMPARE(dateOfBirth.data().toString(), QStringLiteral("date_of_birth"));
    QStringList names;
    const QModelIndex sortedEmployees = dateOfBirth.parent();
    QCOMPARE(sortedEmployees.data().toString(), QStringLiteral("Employees  (hris_employees)"));
    for (int row = 0; row < model.rowCount(sortedEmployees); ++row)
        names << model.index(row, 0, sortedEmployees).data().toString();
    QStringList expected = names;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(names, expected);

    model.sort(kCoverageColumn, Qt::DescendingOrder);
    int previous = kCoverageStatusCount;
    for (int row = 0; row < model.rowCount(sortedEmployees); ++row) {
        const int status =
            model.index(row, 0, dateOfBirth.parent()).data(CoverageStatusRole).toInt();
        QVERIFY(status <= previous);
        previous = status;
    }
    QCOMPARE(dateOfBirth.data().toString(), QStringLiteral("date_of_birth"));
}

void TestCoverageTreeModel::nextMatch_cyclesThroughMatches()
{
    CoverageTreeModel model;
    model.setIntegration(load(loadDemoIntegration()));
    QVERIFY(!model.nextMatch({}).index.isValid()); // no search, no match
    QCOMPARE(model.nextMatch({}).total, 0);
    FilterCriteria criteria;
    criteria.text = QStringLiteral("date_of_birth");
    model.setFilter(criteria);
    const QModelIndex first = model.nextMatch({}).index;
    const CoverageTreeModel::Match secondMatch = model.nextMatch(first);
    const QModelIndex second = secondMatch.index;
    QCOMPARE(secondMatch.number, 2);
    QCOMPARE(secondMatch.total, 2);
    QCOMPARE(first.data().toString(), QStringLiteral("date_of_birth"));
    QCOMPARE(first.parent().data().toString(), QStringLiteral("Employees  (hris_employees)"));
    QCOMPARE(second.parent().data().toString(),
             QStringLiteral("Create employee  (hris_create_employee)"));
    QCOMPARE(model.nextMatch(second).index, first);
    QCOMPARE(model.nextMatch(second).number, 1);
    QCOMPARE(model.nextMatch(first, true).index, second);
}

void TestCoverageTreeModel::colours_differByStatusAndDimUnavailableRows()
{
    CoverageTreeModel model;
    model.setIntegration(load(loadDemoIntegration()));
    const QModelIndex employees = model.index(0, 0, model.index(0, 0));
    QHash<int, QColor> colourOf;
    for (int row = 0; row < model.rowCount(employees); ++row) {
        const QModelIndex coverage = model.index(row, kCoverageColumn, employees);
        const QColor colour = coverage.data(Qt::ForegroundRole).value<QColor>();
        const bool available = coverage.data(IsAvailableRole).toBool();
        if (available || !colourOf.contains(coverage.data(CoverageStatusRole).toInt()))
            colourOf.insert(coverage.data(CoverageStatusRole).toInt(), QColor(colour.rgb()));
        // Unavailable rows are set in italics and a dimmed, still readable, colour.
        const QModelIndex name = model.index(row, kNameColumn, employees);
        QCOMPARE(name.data(Qt::FontRole).value<QFont>().italic(), !available);
        QCOMPARE(name.data(Qt::ForegroundRole).value<QColor>() == QColor(Qt::black), available);
    }
    QCOMPARE(colourOf.size(), 4);
    QCOMPARE(
        QSet<QRgb>({colourOf[0].rgb(), colourOf[1].rgb(), colourOf[2].rgb(), colourOf[3].rgb()})
            .size(),
        4);

    // On a dark palette the same statuses get lighter colours.
    model.setPalette(QPalette(Qt::white, QColor(0x20, 0x20, 0x20)));
    const QModelIndex supported = model.index(0, kCoverageColumn, employees);
    QVERIFY(supported.data(Qt::ForegroundRole).value<QColor>().lightness() >
            colourOf[0].lightness());
}

void TestCoverageTreeModel::tooltips_sayWhyARowIsUnavailable()
{
    CoverageTreeModel model;
    model.setIntegration(load(loadDemoIntegration()));
    FilterCriteria criteria;
    criteria.text = QStringLiteral("ssn");
    model.setFilter(criteria);
    const QModelIndex ssn = model.index(0, 0, model.index(0, 0, model.index(0, 0)));
    QCOMPARE(ssn.data().toString(), QStringLiteral("ssn"));
    QCOMPARE(shownText(ssn.data(Qt::ToolTipRole).toString()),
             QStringLiteral("ssn\nNot available: it is disabled in the scope config."));

    criteria.text = QStringLiteral("date_of_birth");
    model.setFilter(criteria);
    const QModelIndex dateOfBirth = model.index(0, 0, model.index(0, 0, model.index(0, 0)));
    QCOMPARE(
        shownText(dateOfBirth.data(Qt::ToolTipRole).toString()),
        QStringLiteral("date_of_birth\nNot available: it is optional and the customer opted out."));
    QCOMPARE(
        shownText(dateOfBirth.siblingAtColumn(kCoverageColumn).data(Qt::ToolTipRole).toString()),
        QStringLiteral(
            "Supported: The tool supports the datapoint and it can be used through Kombo."));

    criteria.text = QStringLiteral("timesheets");
    model.setFilter(criteria);
    const QModelIndex timesheets = model.index(0, 0, model.index(0, 0));
    QCOMPARE(shownText(timesheets.data(Qt::ToolTipRole).toString()),
             QStringLiteral(
                 "Timesheets (hris_timesheets)\nNot available: Otterly HR does not support it."));
    const QModelIndex started = model.index(3, 0, timesheets);
    QVERIFY2(shownText(started.data(Qt::ToolTipRole).toString())
                 .contains(QStringLiteral("its model hris_timesheets is not available")),
             qPrintable(started.data(Qt::ToolTipRole).toString()));
}

void TestCoverageTreeModel::summary_countsEveryStatus()
{
    const CoverageSummary demo = CoverageSummary::of(*load(loadDemoIntegration()));
    QCOMPARE(demo.readModels.byStatus, (std::array<int, kCoverageStatusCount>{9, 1, 2, 1, 0}));
    QCOMPARE(demo.readFields.byStatus, (std::array<int, kCoverageStatusCount>{89, 22, 22, 14, 0}));
    QCOMPARE(demo.readFields.available, 71); // 48%, as the summary panel shows
    QCOMPARE(demo.readFields.total, 147);
    QCOMPARE(demo.writeActions.total, 6);
    QCOMPARE(demo.writeFields.total, 42);
    QVERIFY(!demo.hasUnrecognised());
    // synthetic() gives every fifth row the status "NEW_STATUS".
    QVERIFY(CoverageSummary::of(*synthetic(5, 5)).hasUnrecognised());
}

void TestCoverageTreeModel::everyTextColour_readsOnLightAndDark_data()
{
    QTest::addColumn<QPalette>("palette");
    QPalette light(Qt::black, Qt::white);
    light.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf5, 0xf5));
    light.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1f, 0x1f, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x27, 0x27, 0x2a));
    dark.setColor(QPalette::Text, QColor(0xe4, 0xe4, 0xe7));
    dark.setColor(QPalette::Highlight, QColor(0x25, 0x63, 0xeb));
    QTest::newRow("light") << light;
    QTest::newRow("dark") << dark;
    // A theme whose own shades would not read: its text barely differs from its base.
    QPalette murky = dark;
    murky.setColor(QPalette::Text, QColor(0x44, 0x44, 0x48));
    QTest::newRow("murky dark theme") << murky;
}

void TestCoverageTreeModel::everyTextColour_readsOnLightAndDark()
{
    QFETCH(QPalette, palette);
    const RowColours colours(palette);
    for (int status = 0; status <= kCoverageStatusCount; ++status) {
        const CoverageStatus value = CoverageStatus(std::min(status, kCoverageStatusCount - 1));
        const CoverageStatus *which = status < kCoverageStatusCount ? &value : nullptr;
        for (const bool available : {true, false}) {
            for (const QPalette::ColorRole base : {QPalette::Base, QPalette::AlternateBase}) {
                const double ratio =
                    contrastRatio(colours.text(which, false, available), palette.color(base));
                QVERIFY2(ratio >= kMinTextContrast,
                         qPrintable(QStringLiteral("status %1, available %2: %3:1")
                                        .arg(status)
                                        .arg(available)
                                        .arg(ratio)));
            }
            const double matched =
                contrastRatio(colours.text(which, true, available), colours.matchBackground());
            QVERIFY2(matched >= kMinTextContrast, qPrintable(QString::number(matched)));
        }
        // Dimmed differs from available where the contrast leaves room for it.
        const QColor plain = colours.text(which, false, true);
        if (status == kCoverageStatusCount &&
            contrastRatio(plain, palette.color(QPalette::Base)) > 2 * kMinTextContrast)
            QVERIFY(colours.text(which, false, false) != plain);
    }
}

QTEST_GUILESS_MAIN(TestCoverageTreeModel)
#include "tst_coveragetreemodel.moc"
