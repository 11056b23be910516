// SPDX-License-Identifier: MIT
#include "coverage/availability.h"
#include "model/coveragestyle.h"
#include "testresponse.h"

#include <QtTest>
#include <set>

using namespace kombo;

namespace {

// One read model per way of being (un)available, a write action with fields, and repeated IDs.
TestIntegration everyCase()
{
    TestIntegration integration;
    integration.readModels = {
        {"ok",
         true,
         "SUPPORTED",
         "ENABLED",
         false,
         {{"ok"},
          {"unsupported", false, "UNSUPPORTED"},
          {"not_implemented", false, "NOT_IMPLEMENTED"},
          {"unknown", false, "UNKNOWN"},
          {"unrecognised", false, "PARTIAL"},
          {"disabled", false, "SUPPORTED", "DISABLED"},
          {"opted_out", false, "SUPPORTED", "OPTIONAL", true},
          {"no_reason", false},
          {"unsupported_and_disabled", false, "UNSUPPORTED", "DISABLED", true},
          {"dup", false, "UNSUPPORTED"},
          {"dup"}}},
        {"off",
         false,
         "UNSUPPORTED",
         "DISABLED",
         false,
         {{"fine"}, {"disabled", false, "SUPPORTED", "DISABLED"}}},
        {"off_no_reason", false, "SUPPORTED", "OPTIONAL", true},
        // Its own flag true but a coverage status that says otherwise: is_available decides.
        {"contradicting", true, "UNSUPPORTED"},
        {"dup_model", false, "NOT_IMPLEMENTED"},
        {"dup_model", true},
    };
    integration.writeActions = {
        {"create",
         true,
         "SUPPORTED",
         "ENABLED",
         false,
         {{"ok"}, {"no_reason", false}, {"unknown", false, "UNKNOWN"}}},
        {"disabled_action", false, "SUPPORTED", "DISABLED"},
        // A write action with the ID of a read model is another target.
        {"dup_model", false, "UNKNOWN"},
    };
    return integration;
}

} // namespace

class TestAvailability : public QObject
{
    Q_OBJECT

private slots:
    void words_areTheSpecVocabularyInPrecedenceOrder();
    void target_hasTheFirstWordThatApplies_data();
    void target_hasTheFirstWordThatApplies();
    void integrationWords_comeFirstForEveryTarget_data();
    void integrationWords_comeFirstForEveryTarget();
    void everyWord_isProducedByTheRules();
    void repeatedIds_firstOccurrenceCounts();
    void lookup_findsModelsAndFieldsByIdAndKind();
    void reasons_listEveryReasonThatApplies();
    void windowReason_wordsTheSameReasons_data();
    void windowReason_wordsTheSameReasons();
};

void TestAvailability::words_areTheSpecVocabularyInPrecedenceOrder()
{
    // SPEC §8, in its order.
    const QStringList spec{QStringLiteral("available"),
                           QStringLiteral("integration_invalid"),
                           QStringLiteral("integration_inactive"),
                           QStringLiteral("data_expired"),
                           QStringLiteral("missing"),
                           QStringLiteral("unsupported"),
                           QStringLiteral("not_implemented"),
                           QStringLiteral("unknown"),
                           QStringLiteral("unrecognised"),
                           QStringLiteral("scope_disabled"),
                           QStringLiteral("opted_out"),
                           QStringLiteral("model_unavailable"),
                           QStringLiteral("unavailable")};
    QCOMPARE(kAvailabilityCount, int(spec.size()));
    for (int i = 0; i < kAvailabilityCount; ++i)
        QCOMPARE(QString(availabilityWord(Availability(i))), spec.at(i));

    AvailabilityReasons reasons;
    QVERIFY(reasons.isEmpty());
    QCOMPARE(reasons.first(), Availability::Available);
    reasons.add(Availability::Unavailable);
    reasons.add(Availability::OptedOut);
    reasons.add(Availability::DataExpired);
    QCOMPARE(reasons.first(), Availability::DataExpired);
    QVERIFY(reasons.contains(Availability::OptedOut));
    QVERIFY(!reasons.contains(Availability::Missing));
}

void TestAvailability::target_hasTheFirstWordThatApplies_data()
{
    QTest::addColumn<ModelKind>("kind");
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QString>("word");
    const auto row = [](const char *name, ModelKind kind, const char *model, const char *field,
                        const char *word) {
        QTest::newRow(name) << kind << QByteArray(model) << QByteArray(field)
                            << QString::fromLatin1(word);
    };
    const ModelKind read = ModelKind::ReadModel;
    const ModelKind write = ModelKind::WriteAction;
    row("available model", read, "ok", "", "available");
    row("available field", read, "ok", "ok", "available");
    row("missing model", read, "nope", "", "missing");
    row("missing field", read, "ok", "nope", "missing");
    row("field of a missing model", read, "nope", "ok", "missing");
    row("read model is not a write action", write, "ok", "", "missing");
    row("unsupported", read, "ok", "unsupported", "unsupported");
    row("not implemented", read, "ok", "not_implemented", "not_implemented");
    row("unknown", read, "ok", "unknown", "unknown");
    row("unrecognised coverage", read, "ok", "unrecognised", "unrecognised");
    row("scope disabled", read, "ok", "disabled", "scope_disabled");
    row("opted out", read, "ok", "opted_out", "opted_out");
    row("no reason given", read, "ok", "no_reason", "unavailable");
    row("coverage before scope and opt-out", read, "ok", "unsupported_and_disabled", "unsupported");
    row("unavailable model: its own status first", read, "off", "", "unsupported");
    row("available field of an unavailable model", read, "off", "fine", "model_unavailable");
    row("scope before model", read, "off", "disabled", "scope_disabled");
    row("opted-out model", read, "off_no_reason", "", "opted_out");
    row("is_available true wins over its coverage", read, "contradicting", "", "available");
    row("write action", write, "create", "", "available");
    row("write-action field", write, "create", "ok", "available");
    row("write-action field: no scope, no opt-out", write, "create", "no_reason", "unavailable");
    row("write-action field: unknown", write, "create", "unknown", "unknown");
    row("write action disabled in scope", write, "disabled_action", "", "scope_disabled");
    row("write action with a read model's ID", write, "dup_model", "", "unknown");
}

void TestAvailability::target_hasTheFirstWordThatApplies()
{
    QFETCH(ModelKind, kind);
    QFETCH(QByteArray, model);
    QFETCH(QByteArray, field);
    QFETCH(QString, word);
    const Integration integration = parsed(everyCase());
    const ModelLookup lookup(integration);
    QCOMPARE(QString(availabilityWord(lookup.availability(kind, model, field))), word);
}

void TestAvailability::integrationWords_comeFirstForEveryTarget_data()
{
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<QByteArray>("dataExpiredAt");
    QTest::addColumn<QString>("word");
    const QByteArray expired = "2024-02-01T00:00:00.000Z";
    QTest::newRow("invalid") << QByteArray("INVALID") << QByteArray() << "integration_invalid";
    QTest::newRow("invalid before expired")
        << QByteArray("INVALID") << expired << "integration_invalid";
    QTest::newRow("inactive") << QByteArray("INACTIVE") << QByteArray() << "integration_inactive";
    QTest::newRow("inactive before expired")
        << QByteArray("INACTIVE") << expired << "integration_inactive";
    QTest::newRow("expired") << QByteArray("ACTIVE") << expired << "data_expired";
    QTest::newRow("unrecognised status, expired")
        << QByteArray("PAUSED") << expired << "data_expired";
}

void TestAvailability::integrationWords_comeFirstForEveryTarget()
{
    QFETCH(QByteArray, status);
    QFETCH(QByteArray, dataExpiredAt);
    QFETCH(QString, word);
    TestIntegration spec = everyCase();
    spec.status = status;
    spec.dataExpiredAt = dataExpiredAt;
    const Integration integration = parsed(spec);
    const ModelLookup lookup(integration);
    const ModelKind read = ModelKind::ReadModel;
    for (const auto &[model, field] :
         std::vector<std::pair<QByteArray, QByteArray>>{{"ok", ""},
                                                        {"ok", "ok"},
                                                        {"ok", "unsupported"},
                                                        {"off", "fine"},
                                                        {"nope", ""},
                                                        {"ok", "nope"}}) {
        QCOMPARE(QString(availabilityWord(lookup.availability(read, model, field))), word);
    }
    // The window still learns the target's own reasons.
    const Model &ok = integration.readModels.front();
    const AvailabilityReasons reasons =
        availabilityReasons(integration, read, &ok, integration.fieldsBegin(ok) + 1);
    QVERIFY(reasons.contains(Availability::Unsupported));
    QVERIFY(!reasons.contains(Availability::Unavailable));
}

void TestAvailability::everyWord_isProducedByTheRules()
{
    std::set<Availability> seen;
    for (const char *status : {"ACTIVE", "INVALID", "INACTIVE"}) {
        for (const bool expired : {false, true}) {
            TestIntegration spec = everyCase();
            spec.status = status;
            if (expired)
                spec.dataExpiredAt = "2024-02-01T00:00:00.000Z";
            const Integration integration = parsed(spec);
            for (const ModelKind kind : {ModelKind::ReadModel, ModelKind::WriteAction}) {
                seen.insert(availabilityOf(integration, kind, nullptr, nullptr));
                for (const Model &model : integration.models(kind)) {
                    seen.insert(availabilityOf(integration, kind, &model, nullptr));
                    for (const Field *field = integration.fieldsBegin(model);
                         field != integration.fieldsEnd(model); ++field)
                        seen.insert(availabilityOf(integration, kind, &model, field));
                }
            }
        }
    }
    QCOMPARE(int(seen.size()), kAvailabilityCount);
}

void TestAvailability::repeatedIds_firstOccurrenceCounts()
{
    const Integration integration = parsed(everyCase());
    const ModelLookup lookup(integration);
    const ModelKind read = ModelKind::ReadModel;
    // The first `dup_model` is not available, the second is.
    QCOMPARE(lookup.availability(read, "dup_model", ""), Availability::NotImplemented);
    QCOMPARE(lookup.findModel(read, "dup_model"), &integration.readModels[4]);
    // The first `dup` field is unsupported, the second supported.
    QCOMPARE(lookup.availability(read, "ok", "dup"), Availability::Unsupported);
    const Model &ok = integration.readModels.front();
    QCOMPARE(lookup.findField(ok, "dup"), integration.fieldsBegin(ok) + 9);
}

void TestAvailability::lookup_findsModelsAndFieldsByIdAndKind()
{
    const Integration integration = parsed(everyCase());
    const ModelLookup lookup(integration);
    const Model *off = lookup.findModel(ModelKind::ReadModel, "off");
    QVERIFY(off);
    QCOMPARE(integration.string(off->id), QStringLiteral("off"));
    QVERIFY(!lookup.findModel(ModelKind::WriteAction, "off"));
    QVERIFY(!lookup.findModel(ModelKind::ReadModel, "of"));
    QVERIFY(!lookup.findModel(ModelKind::ReadModel, ""));
    const Field *disabled = lookup.findField(*off, "disabled");
    QCOMPARE(disabled, integration.fieldsBegin(*off) + 1);
    // Fields are looked up within their model only.
    QVERIFY(!lookup.findField(*off, "ok"));
    const Model *create = lookup.findModel(ModelKind::WriteAction, "create");
    QVERIFY(create);
    QCOMPARE(lookup.findField(*create, "unknown"), integration.fieldsBegin(*create) + 2);
    // A second search in the same model reuses its index and finds the same.
    QCOMPARE(lookup.findField(*off, "disabled"), disabled);
}

void TestAvailability::reasons_listEveryReasonThatApplies()
{
    TestIntegration spec = everyCase();
    spec.status = "INACTIVE";
    spec.dataExpiredAt = "2024-02-01T00:00:00.000Z";
    const Integration integration = parsed(spec);
    const Model &ok = integration.readModels.front();
    const AvailabilityReasons reasons = availabilityReasons(integration, ModelKind::ReadModel, &ok,
                                                            integration.fieldsBegin(ok) + 8);
    std::vector<Availability> listed;
    for (int i = 0; i < kAvailabilityCount; ++i) {
        if (reasons.contains(Availability(i)))
            listed.push_back(Availability(i));
    }
    QCOMPARE(listed,
             (std::vector<Availability>{Availability::IntegrationInactive,
                                        Availability::DataExpired, Availability::Unsupported,
                                        Availability::ScopeDisabled, Availability::OptedOut}));
    QCOMPARE(reasons.first(), Availability::IntegrationInactive);
}

void TestAvailability::windowReason_wordsTheSameReasons_data()
{
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QString>("reason");
    const QByteArray active = "ACTIVE";
    QTest::newRow("available") << active << QByteArray("ok") << QByteArray("ok") << QString();
    QTest::newRow("one reason") << active << QByteArray("ok") << QByteArray("disabled")
                                << "Not available: it is disabled in the scope config.";
    QTest::newRow("several reasons")
        << active << QByteArray("ok") << QByteArray("unsupported_and_disabled")
        << "Not available: T does not support it; it is disabled in the scope config; it is "
           "optional and the customer opted out.";
    QTest::newRow("model unavailable") << active << QByteArray("off") << QByteArray("fine")
                                       << "Not available: its model off is not available.";
    QTest::newRow("no reason") << active << QByteArray("ok") << QByteArray("no_reason")
                               << "Not available: the API gives no reason.";
    QTest::newRow("unrecognised") << active << QByteArray("ok") << QByteArray("unrecognised")
                                  << "Not available: its coverage status PARTIAL is not one "
                                     "this version knows.";
    QTest::newRow("missing") << active << QByteArray("ok") << QByteArray("nope")
                             << "Not available: the integration does not have it.";
    QTest::newRow("inactive, available row")
        << QByteArray("INACTIVE") << QByteArray("ok") << QByteArray("ok")
        << "Not available: the integration was set to inactive and stopped syncing.";
    QTest::newRow("invalid, unavailable row")
        << QByteArray("INVALID") << QByteArray("ok") << QByteArray("unknown")
        << "Not available: the integration stopped syncing because its credentials are "
           "invalid; Kombo does not know whether T has it.";
}

void TestAvailability::windowReason_wordsTheSameReasons()
{
    QFETCH(QByteArray, status);
    QFETCH(QByteArray, model);
    QFETCH(QByteArray, field);
    QFETCH(QString, reason);
    TestIntegration spec = everyCase();
    spec.status = status;
    const Integration integration = parsed(spec);
    const ModelLookup lookup(integration);
    const Model *found = lookup.findModel(ModelKind::ReadModel, model);
    QVERIFY(found);
    const Field *foundField = lookup.findField(*found, field);
    const QString words = unavailableReason(integration, ModelKind::ReadModel,
                                            foundField ? found : nullptr, foundField);
    QCOMPARE(words, reason);
    if (foundField) {
        const CoverageRow row{integration, ModelKind::ReadModel, *found, foundField};
        QCOMPARE(unavailableReason(row), reason);
    }
}

QTEST_GUILESS_MAIN(TestAvailability)
#include "tst_availability.moc"
