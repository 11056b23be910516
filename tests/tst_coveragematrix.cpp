// SPDX-License-Identifier: MIT
#include "compare/coveragematrix.h"
#include "testresponse.h"

#include <QtTest>

using namespace kombo;

namespace {

// "kind model[.field] (label): word word …" per row, the cells in column order.
QStringList described(const CoverageMatrix &matrix)
{
    QStringList rows;
    for (int row = 0; row < matrix.rowCount(); ++row) {
        QString text = matrix.kind(row) == ModelKind::ReadModel ? QStringLiteral("read ")
                                                                : QStringLiteral("write ");
        text += matrix.modelId(row);
        if (matrix.isField(row))
            text += QLatin1Char('.') + matrix.fieldId(row);
        text += QStringLiteral(" (%1):").arg(matrix.modelLabel(row));
        for (int column = 0; column < matrix.columnCount(); ++column)
            text += QLatin1Char(' ') + QString(availabilityWord(matrix.cell(row, column)));
        rows << text;
    }
    return rows;
}

TestIntegration first()
{
    TestIntegration integration;
    integration.id = "first";
    integration.readModels = {
        {"employees",
         true,
         "SUPPORTED",
         "ENABLED",
         false,
         {{"name"}, {"ssn", false, "SUPPORTED", "DISABLED"}},
         "Employees"},
        {"teams",
         false,
         "UNSUPPORTED",
         "ENABLED",
         false,
         {{"name", false, "UNSUPPORTED"}},
         "Teams"},
    };
    integration.writeActions = {
        {"create", true, "SUPPORTED", "ENABLED", false, {{"name"}}, "Create"},
    };
    return integration;
}

TestIntegration second()
{
    TestIntegration integration;
    integration.id = "second";
    integration.readModels = {
        // New models first: the union keeps first-seen order, so they come after `teams`.
        {"absences", true, "SUPPORTED", "ENABLED", false, {{"type"}}, "Absences"},
        {"employees",
         true,
         "SUPPORTED",
         "ENABLED",
         false,
         {{"email"}, {"ssn"}, {"name"}, {"email", false}},
         "Staff"},
        // A repeat within one response is ignored, fields and all.
        {"absences", false, "UNKNOWN", "ENABLED", false, {{"type", false}, {"extra"}}, "Again"},
    };
    return integration;
}

} // namespace

class TestCoverageMatrix : public QObject
{
    Q_OBJECT

private slots:
    void rows_areTheUnionInFirstSeenOrder();
    void oneIntegration_isItsOwnCoverage();
    void flags_differsAndUnavailableSomewhere();
    void unusableIntegration_hasItsWordEverywhere();
    void noIntegrations_isEmpty();
};

void TestCoverageMatrix::rows_areTheUnionInFirstSeenOrder()
{
    const Integration a = parsed(first());
    const Integration b = parsed(second());
    const CoverageMatrix matrix({&a, &b});
    QCOMPARE(matrix.columnCount(), 2);
    QCOMPARE(&matrix.integration(1), &b);
    const QStringList expected{
        QStringLiteral("read employees (Employees): available available"),
        QStringLiteral("read employees.name (Employees): available available"),
        QStringLiteral("read employees.ssn (Employees): scope_disabled available"),
        QStringLiteral("read employees.email (Employees): missing available"),
        QStringLiteral("read teams (Teams): unsupported missing"),
        QStringLiteral("read teams.name (Teams): unsupported missing"),
        QStringLiteral("read absences (Absences): missing available"),
        QStringLiteral("read absences.type (Absences): missing available"),
        QStringLiteral("write create (Create): available missing"),
        QStringLiteral("write create.name (Create): available missing"),
    };
    QCOMPARE(described(matrix), expected);
    QCOMPARE(matrix.modelRow(3), 0);
    QCOMPARE(matrix.modelRow(4), 4);
    QCOMPARE(matrix.modelRow(7), 6);
    QVERIFY(!matrix.isField(8));
    QVERIFY(matrix.fieldIdUtf8(8).isEmpty());
    // The strings are the integrations' own, not copies.
    const QByteArrayView label = matrix.modelLabelUtf8(1);
    QVERIFY(label.data() >= a.text.constData() &&
            label.data() < a.text.constData() + a.text.size());

    // The other way round, the other order and the other label.
    const CoverageMatrix reversed({&b, &a});
    QCOMPARE(reversed.modelId(0), QStringLiteral("absences"));
    QCOMPARE(reversed.modelLabel(2), QStringLiteral("Staff"));
    QCOMPARE(reversed.fieldId(3), QStringLiteral("email"));
    QCOMPARE(reversed.rowCount(), matrix.rowCount());
}

void TestCoverageMatrix::oneIntegration_isItsOwnCoverage()
{
    const Integration a = parsed(first());
    const CoverageMatrix matrix({&a});
    QCOMPARE(matrix.rowCount(), int(a.readModels.size() + a.writeActions.size() + a.fields.size()));
    for (int row = 0; row < matrix.rowCount(); ++row)
        QVERIFY(!matrix.differs(row));
    QVERIFY(matrix.unavailableSomewhere(2));
    QVERIFY(!matrix.unavailableSomewhere(1));
}

void TestCoverageMatrix::flags_differsAndUnavailableSomewhere()
{
    const Integration a = parsed(first());
    const Integration b = parsed(second());
    const Integration c = parsed(first());
    const CoverageMatrix matrix({&a, &b, &c});
    // employees: available everywhere.
    QVERIFY(!matrix.differs(0));
    QVERIFY(!matrix.unavailableSomewhere(0));
    // employees.ssn: scope_disabled, available, scope_disabled.
    QVERIFY(matrix.differs(2));
    QVERIFY(matrix.unavailableSomewhere(2));
    // teams: unsupported, missing, unsupported.
    QCOMPARE(matrix.cell(4, 0), Availability::Unsupported);
    QCOMPARE(matrix.cell(4, 1), Availability::Missing);
    QCOMPARE(matrix.cell(4, 2), Availability::Unsupported);
    QVERIFY(matrix.differs(4));

    const CoverageMatrix same({&a, &c});
    QVERIFY(!same.differs(4)); // unavailable the same way in both
    QVERIFY(same.unavailableSomewhere(4));
}

void TestCoverageMatrix::unusableIntegration_hasItsWordEverywhere()
{
    const Integration a = parsed(first());
    TestIntegration inactive = second();
    inactive.status = "INACTIVE";
    inactive.dataExpiredAt = "2024-02-01T00:00:00.000Z";
    const Integration b = parsed(inactive);
    const CoverageMatrix matrix({&a, &b});
    for (int row = 0; row < matrix.rowCount(); ++row)
        QCOMPARE(matrix.cell(row, 1), Availability::IntegrationInactive); // missing ones too
    QVERIFY(matrix.differs(0));
    QVERIFY(matrix.unavailableSomewhere(0));
}

void TestCoverageMatrix::noIntegrations_isEmpty()
{
    const CoverageMatrix matrix({});
    QCOMPARE(matrix.rowCount(), 0);
    QCOMPARE(matrix.columnCount(), 0);
}

QTEST_GUILESS_MAIN(TestCoverageMatrix)
#include "tst_coveragematrix.moc"
