// SPDX-License-Identifier: MIT
#include "load/responsefile.h"

#include "json/integrationparser.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace kombo;

namespace {

// A place in a JSON document: object keys and array indices.
using JsonLocation = QVariantList;

QString pathText(const JsonLocation &location)
{
    QString text;
    for (const QVariant &segment : location) {
        if (segment.typeId() == QMetaType::Int) {
            text += QStringLiteral("[%1]").arg(segment.toInt());
        } else {
            if (!text.isEmpty())
                text += QLatin1Char('.');
            text += segment.toString();
        }
    }
    return text;
}

// Returns `root` with the value at `location` replaced by `replacement`, or removed when
// `replacement` is undefined.
QJsonValue edited(const QJsonValue &root, const JsonLocation &location,
                  const QJsonValue &replacement)
{
    if (location.isEmpty())
        return replacement;
    const QVariant head = location.first();
    const JsonLocation rest = location.mid(1);
    if (head.typeId() == QMetaType::Int) {
        QJsonArray array = root.toArray();
        array[head.toInt()] = edited(array[head.toInt()], rest, replacement);
        return array;
    }
    QJsonObject object = root.toObject();
    const QString key = head.toString();
    if (rest.isEmpty() && replacement.isUndefined())
        object.remove(key);
    else
        object[key] = edited(object[key], rest, replacement);
    return object;
}

QJsonObject loadJsonObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject seedExample()
{
    return loadJsonObject(QFINDTESTDATA("data/example-response.json"));
}

QByteArray toBytes(const QJsonValue &value)
{
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

// One visit per property the schema declares, with its location in the seed example (which
// has exactly one element in every array, so [0] always exists).
struct SchemaProperty
{
    JsonLocation location;
    QStringList types; // as the schema lists them
    bool required;
};

void collectProperties(const QJsonObject &schema, const JsonLocation &location,
                       QList<SchemaProperty> &out)
{
    const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    const QJsonArray required = schema.value(QLatin1String("required")).toArray();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QJsonObject property = it.value().toObject();
        QStringList types;
        const QJsonValue type = property.value(QLatin1String("type"));
        if (type.isArray()) {
            for (const QJsonValue &t : type.toArray())
                types.append(t.toString());
        } else {
            types.append(type.toString());
        }
        const JsonLocation here = location + JsonLocation{it.key()};
        out.append({here, types, required.contains(it.key())});
        if (types.contains(QLatin1String("object")))
            collectProperties(property, here, out);
        if (types.contains(QLatin1String("array")))
            collectProperties(property.value(QLatin1String("items")).toObject(),
                              here + JsonLocation{0}, out);
    }
}

QList<SchemaProperty> schemaProperties()
{
    QList<SchemaProperty> properties;
    collectProperties(loadJsonObject(QFINDTESTDATA("data/integration-response.schema.json")), {},
                      properties);
    return properties;
}

QString failureMessage(const ParseResult &result)
{
    if (const Failure *failure = result.failure()) {
        if (failure->kind != FailureKind::InvalidInput)
            return QStringLiteral("unexpected failure kind %1").arg(int(failure->kind));
        return failure->message();
    }
    return QStringLiteral("(parsed without error)");
}

} // namespace

class TestIntegrationParser : public QObject
{
    Q_OBJECT

private slots:
    void seedExample_parsesToExpectedValues();
    void demo_parsesWithEveryStatus();
    void schemaWalk_findsEveryProperty();
    void missingRequiredProperty_reportsJsonPath_data();
    void missingRequiredProperty_reportsJsonPath();
    void wrongType_reportsJsonPath_data();
    void wrongType_reportsJsonPath();
    void deepIndex_reportsFullPath();
    void invalidDocument_isRejected_data();
    void invalidDocument_isRejected();
    void unknownEnumValues_areKeptAndFlagged();
    void unknownProperties_areIgnored();
    void creatorEmail_isKeptAsGiven();
    void unpaddedAndPaddedBuffers_parseAlike();
    void validJsonOfEveryShape_isAccepted_data();
    void validJsonOfEveryShape_isAccepted();
    void otherEncodings_areRefusedSayingUtf8_data();
    void otherEncodings_areRefusedSayingUtf8();
    void moreThan65535UnknownEnumValues_areAllKept();
};

void TestIntegrationParser::seedExample_parsesToExpectedValues()
{
    const ParseResult result = loadIntegrationFile(QFINDTESTDATA("data/example-response.json"));
    QVERIFY2(!result.failure(), qPrintable(failureMessage(result)));
    const Integration &integration = result.value();

    QCOMPARE(integration.id, QStringLiteral("factorial:8d1hpPsbjxUkoCoa1veLZGe5"));
    QCOMPARE(integration.tool.id, QStringLiteral("factorial"));
    QCOMPARE(integration.tool.label, QStringLiteral("Factorial"));
    QVERIFY(!integration.tool.internalLabel.has_value());
    QCOMPARE(integration.tool.logoUrl,
             QStringLiteral(
                 "https://storage.googleapis.com/kombo-assets/integrations/factorial/logo.svg"));
    QCOMPARE(integration.tool.iconUrl,
             QStringLiteral(
                 "https://storage.googleapis.com/kombo-assets/integrations/factorial/icon.svg"));
    QCOMPARE(integration.category.value, Category::Hris);
    QCOMPARE(integration.status.value, IntegrationStatus::Active);
    QCOMPARE(integration.setupStatus.value, SetupStatus::Completed);
    QCOMPARE(integration.endUser.organizationName, QStringLiteral("Acme"));
    QCOMPARE(integration.endUser.creatorEmail,
             std::optional(QStringLiteral("example-integration-creator@acme.com")));
    QCOMPARE(integration.endUser.originId,
             std::optional(QStringLiteral("2DQJAUtSzzzKP9buDTvUvPk3")));
    QCOMPARE(integration.scopeConfig.id, QStringLiteral("B1hu5NGyhdjSq5X3hxEz4bAN"));
    QCOMPARE(integration.scopeConfig.name, std::optional(QStringLiteral("Anonymous Scopes")));
    QVERIFY(!integration.dataExpiredAt.has_value());
    QCOMPARE(integration.createdAt, QStringLiteral("2022-08-07T14:01:29.196Z"));
    QCOMPARE(integration.beta, false);
    QVERIFY(integration.unrecognisedValues.empty());

    QCOMPARE(integration.readModels.size(), std::size_t(1));
    const Model &employees = integration.readModels[0];
    QCOMPARE(integration.string(employees.id), QStringLiteral("hris_employees"));
    QCOMPARE(integration.string(employees.label), QStringLiteral("Employees"));
    QCOMPARE(employees.isAvailable, true);
    QCOMPARE(employees.coverageStatus.value, CoverageStatus::Supported);
    QCOMPARE(employees.scopeSetting.value, ScopeSetting::Enabled);
    QCOMPARE(employees.optedOutByCustomer, false);
    QCOMPARE(employees.fieldCount, 1u);
    const Field &dateOfBirth = *integration.fieldsBegin(employees);
    QCOMPARE(integration.string(dateOfBirth.id), QStringLiteral("date_of_birth"));
    QCOMPARE(dateOfBirth.isAvailable, false);
    QCOMPARE(dateOfBirth.coverageStatus.value, CoverageStatus::Supported);
    QVERIFY(dateOfBirth.hasScope);
    QCOMPARE(dateOfBirth.scopeSetting.value, ScopeSetting::Optional);
    QCOMPARE(dateOfBirth.optedOutByCustomer, true);

    QCOMPARE(integration.writeActions.size(), std::size_t(1));
    const Model &createEmployee = integration.writeActions[0];
    QCOMPARE(integration.string(createEmployee.id), QStringLiteral("hris_create_employee"));
    QCOMPARE(integration.string(createEmployee.label), QStringLiteral("Create employee"));
    QCOMPARE(createEmployee.fieldCount, 1u);
    const Field &firstName = *integration.fieldsBegin(createEmployee);
    QCOMPARE(integration.string(firstName.id), QStringLiteral("first_name"));
    QCOMPARE(firstName.isAvailable, true);
    QCOMPARE(firstName.coverageStatus.value, CoverageStatus::Supported);
    QVERIFY(!firstName.hasScope);
}

void TestIntegrationParser::demo_parsesWithEveryStatus()
{
    const ParseResult result = loadDemoIntegration();
    QVERIFY2(!result.failure(), qPrintable(failureMessage(result)));
    const Integration &demo = result.value();
    QVERIFY(demo.readModels.size() >= 12);
    QVERIFY(demo.writeActions.size() >= 4);
    QSet<int> coverage, scope;
    bool optedOut = false;
    for (const Field &field : demo.fields) {
        coverage.insert(int(field.coverageStatus.value));
        if (field.hasScope)
            scope.insert(int(field.scopeSetting.value));
        optedOut |= field.optedOutByCustomer;
    }
    QCOMPARE(coverage, (QSet<int>{0, 1, 2, 3}));
    QCOMPARE(scope, (QSet<int>{0, 1, 2}));
    QVERIFY(optedOut);
    QVERIFY(demo.readModels.size() + demo.writeActions.size() + demo.fields.size() >= 150);
}

void TestIntegrationParser::schemaWalk_findsEveryProperty()
{
    // Guards the generated cases below against a schema walk that silently finds nothing.
    const QList<SchemaProperty> properties = schemaProperties();
    QCOMPARE(properties.size(), 2 + 12 + 5 + 3 + 2 + 7 + 5 + 7 + 3);
}

void TestIntegrationParser::missingRequiredProperty_reportsJsonPath_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    for (const SchemaProperty &property : schemaProperties()) {
        if (!property.required)
            continue;
        const QString path = pathText(property.location);
        QTest::newRow(qPrintable(path))
            << toBytes(edited(seedExample(), property.location, QJsonValue::Undefined))
            << path + QStringLiteral(": required property is missing");
    }
}

void TestIntegrationParser::missingRequiredProperty_reportsJsonPath()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QCOMPARE(failureMessage(parseIntegrationResponse(json)), expected);
}

void TestIntegrationParser::wrongType_reportsJsonPath_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QList<QJsonValue> samples{QJsonValue(42),
                                    QJsonValue(true),
                                    QJsonValue(QStringLiteral("text")),
                                    QJsonArray{1},
                                    QJsonObject{{QStringLiteral("k"), 1}},
                                    QJsonValue(QJsonValue::Null)};
    for (const SchemaProperty &property : schemaProperties()) {
        const QString path = pathText(property.location);
        for (const QJsonValue &sample : samples) {
            const QString sampleType = typeName(sample);
            if (property.types.contains(sampleType))
                continue;
            QTest::addRow("%s=%s", qPrintable(path), qPrintable(sampleType))
                << toBytes(edited(seedExample(), property.location, sample))
                << QStringLiteral("%1: expected %2, got %3")
                       .arg(path, property.types.join(QStringLiteral(" or ")), sampleType);
        }
    }
}

void TestIntegrationParser::wrongType_reportsJsonPath()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QCOMPARE(failureMessage(parseIntegrationResponse(json)), expected);
}

void TestIntegrationParser::deepIndex_reportsFullPath()
{
    QJsonObject example = seedExample();
    QJsonObject data = example[QLatin1String("data")].toObject();
    const QJsonObject model = data[QLatin1String("read_models")].toArray().first().toObject();
    QJsonArray fields;
    for (int i = 0; i < 8; ++i)
        fields.append(model[QLatin1String("fields")].toArray().first());
    QJsonObject wideModel = model;
    wideModel[QLatin1String("fields")] = fields;
    data[QLatin1String("read_models")] = QJsonArray{wideModel, wideModel, wideModel, wideModel};
    example[QLatin1String("data")] = data;

    const JsonLocation location{QStringLiteral("data"),
                                QStringLiteral("read_models"),
                                3,
                                QStringLiteral("fields"),
                                7,
                                QStringLiteral("is_available")};
    const QByteArray json = toBytes(edited(example, location, QStringLiteral("yes")));
    QCOMPARE(
        failureMessage(parseIntegrationResponse(json)),
        QStringLiteral("data.read_models[3].fields[7].is_available: expected boolean, got string"));
}

void TestIntegrationParser::invalidDocument_isRejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expectedStart");

    const QByteArray good = toBytes(seedExample());
    const QByteArray invalidJson = QByteArrayLiteral("invalid JSON");
    auto withExtra = [&](const QByteArray &extraValue) {
        QByteArray json = good;
        json.insert(1, "\"extra\":" + extraValue + ",");
        return json;
    };

    QTest::newRow("empty") << QByteArray() << QStringLiteral("the response is empty");
    QTest::newRow("whitespace only") << QByteArray("  \n ") << QString::fromLatin1(invalidJson);
    QTest::newRow("truncated") << good.left(good.size() / 2) << QString::fromLatin1(invalidJson);
    QTest::newRow("trailing comma")
        << QByteArray(good).insert(good.size() - 1, ",") << QString::fromLatin1(invalidJson);
    QTest::newRow("single quotes")
        << QByteArray("{'status':'success'}") << QString::fromLatin1(invalidJson);
    QTest::newRow("text after object") << good + " x" << QString::fromLatin1(invalidJson);
    QTest::newRow("second document") << good + good << QString::fromLatin1(invalidJson);
    QTest::newRow("bad literal in ignored property")
        << withExtra("tru") << QString::fromLatin1(invalidJson);
    QTest::newRow("bad number in ignored property")
        << withExtra("-") << QString::fromLatin1(invalidJson);
    QTest::newRow("number with a leading zero")
        << withExtra("012") << QString::fromLatin1(invalidJson);
    QTest::newRow("number ending in a point")
        << withExtra("1.") << QString::fromLatin1(invalidJson);
    QTest::newRow("number with an empty exponent")
        << withExtra("1e+") << QString::fromLatin1(invalidJson);
    QTest::newRow("bad escape") << withExtra("\"\\x\"") << QString::fromLatin1(invalidJson);
    QTest::newRow("raw control character")
        << withExtra("\"a\x01b\"") << QString::fromLatin1(invalidJson);
    QTest::newRow("invalid UTF-8")
        << withExtra("\"caf\xC3\x28\"") << QString::fromLatin1(invalidJson);
    QTest::newRow("invalid UTF-8 in a field ID")
        << QByteArray(good).replace("date_of_birth", "date_of_\xFF\xFE")
        << QString::fromLatin1(invalidJson);
    QTest::newRow("nesting deeper than Qt allows")
        << withExtra(QByteArray(1100, '[') + QByteArray(1100, ']'))
        << QStringLiteral("invalid JSON at byte 1033: nesting deeper than 1024 levels");
    QTest::newRow("very deep nesting")
        << withExtra(QByteArray(200000, '[') + QByteArray(200000, ']'))
        << QStringLiteral("invalid JSON");
    QTest::newRow("unclosed nesting")
        << withExtra(QByteArray(5000, '[')) << QString::fromLatin1(invalidJson);

    QTest::newRow("array at top level")
        << QByteArray("[]") << QStringLiteral("expected a JSON object at the top level, got array");
    QTest::newRow("number at top level")
        << QByteArray("42")
        << QStringLiteral("expected a JSON object at the top level, got number");
    QTest::newRow("string at top level")
        << QByteArray("\"success\"")
        << QStringLiteral("expected a JSON object at the top level, got string");
    QTest::newRow("null at top level")
        << QByteArray("null")
        << QStringLiteral("expected a JSON object at the top level, got null");
    QTest::newRow("error envelope")
        << QByteArray(
               R"({"status":"error","error":{"code":"PLATFORM.INTEGRATION_NOT_FOUND","title":null,"message":"No such integration","log_url":null}})")
        << QStringLiteral("the response is an API error, not an integration: No such integration "
                          "(PLATFORM.INTEGRATION_NOT_FOUND)");
    QTest::newRow("status other than success")
        << toBytes(edited(seedExample(), {QStringLiteral("status")}, QStringLiteral("Success")))
        << QStringLiteral("status: expected \"success\", got \"Success\"");
}

void TestIntegrationParser::invalidDocument_isRejected()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expectedStart);
    const QString message = failureMessage(parseIntegrationResponse(json));
    QVERIFY2(message.startsWith(expectedStart), qPrintable(message));
}

void TestIntegrationParser::unknownEnumValues_areKeptAndFlagged()
{
    QJsonValue json = seedExample();
    json = edited(json,
                  {
                      QStringLiteral("data"),
                      QStringLiteral("category"),
                  },
                  QStringLiteral("CRM"));
    json =
        edited(json, {QStringLiteral("data"), QStringLiteral("status")}, QStringLiteral("PAUSED"));
    json = edited(json, {QStringLiteral("data"), QStringLiteral("setup_status")},
                  QStringLiteral("MIGRATING"));
    json = edited(json,
                  {QStringLiteral("data"), QStringLiteral("read_models"), 0,
                   QStringLiteral("coverage_status")},
                  QStringLiteral("PARTIAL"));
    json = edited(json,
                  {QStringLiteral("data"), QStringLiteral("read_models"), 0,
                   QStringLiteral("fields"), 0, QStringLiteral("scope_config_setting")},
                  QStringLiteral("READ_ONLY"));
    json = edited(json,
                  {QStringLiteral("data"), QStringLiteral("write_actions"), 0,
                   QStringLiteral("fields"), 0, QStringLiteral("coverage_status")},
                  QStringLiteral("PARTIAL"));

    const ParseResult result = parseIntegrationResponse(toBytes(json));
    QVERIFY2(!result.failure(), qPrintable(failureMessage(result)));
    const Integration &integration = result.value();
    QCOMPARE(integration.category.value, Category::Unrecognised);
    QCOMPARE(integration.wireName(integration.category), QStringLiteral("CRM"));
    QCOMPARE(integration.wireName(integration.status), QStringLiteral("PAUSED"));
    QCOMPARE(integration.wireName(integration.setupStatus), QStringLiteral("MIGRATING"));
    const Model &model = integration.readModels[0];
    QVERIFY(!model.coverageStatus.isRecognised());
    QCOMPARE(integration.wireName(model.coverageStatus), QStringLiteral("PARTIAL"));
    QCOMPARE(integration.wireName(integration.fieldsBegin(model)->scopeSetting),
             QStringLiteral("READ_ONLY"));
    const Field &writeField = *integration.fieldsBegin(integration.writeActions[0]);
    // The same raw text is stored once.
    QCOMPARE(writeField.coverageStatus, model.coverageStatus);
    QCOMPARE(integration.unrecognisedValues.size(), std::size_t(5));
}

void TestIntegrationParser::unknownProperties_areIgnored()
{
    QJsonValue json = seedExample();
    const QJsonObject extra{
        {QStringLiteral("nested"), QJsonArray{1, QStringLiteral("two"), QJsonValue::Null, false}}};
    for (const JsonLocation &object :
         {JsonLocation{}, JsonLocation{QStringLiteral("data")},
          JsonLocation{QStringLiteral("data"), QStringLiteral("tool")},
          JsonLocation{QStringLiteral("data"), QStringLiteral("read_models"), 0},
          JsonLocation{QStringLiteral("data"), QStringLiteral("read_models"), 0,
                       QStringLiteral("fields"), 0},
          JsonLocation{QStringLiteral("data"), QStringLiteral("write_actions"), 0,
                       QStringLiteral("fields"), 0}}) {
        json = edited(json, object + JsonLocation{QStringLiteral("x_future_property")}, extra);
    }
    const ParseResult result = parseIntegrationResponse(toBytes(json));
    QVERIFY2(!result.failure(), qPrintable(failureMessage(result)));
    QCOMPARE(result.value().fields.size(), std::size_t(2));
}

void TestIntegrationParser::creatorEmail_isKeptAsGiven()
{
    const QJsonValue json = edited(
        seedExample(),
        {QStringLiteral("data"), QStringLiteral("end_user"), QStringLiteral("creator_email")},
        QStringLiteral("not an email"));
    const ParseResult result = parseIntegrationResponse(toBytes(json));
    QVERIFY2(!result.failure(), qPrintable(failureMessage(result)));
    QCOMPARE(result.value().endUser.creatorEmail, std::optional(QStringLiteral("not an email")));
}

void TestIntegrationParser::unpaddedAndPaddedBuffers_parseAlike()
{
    const QByteArray compact = toBytes(seedExample());
    QByteArray padded = allocateJsonBuffer(compact.size());
    padded.append(compact);
    QVERIFY(padded.capacity() > compact.size());
    const QByteArray exact = QByteArray(compact.constData(), compact.size());
    for (const QByteArray &bytes : {padded, exact}) {
        const ParseResult result = parseIntegrationResponse(bytes);
        QVERIFY2(!result.failure(), qPrintable(failureMessage(result)));
        QCOMPARE(result.value().id, QStringLiteral("factorial:8d1hpPsbjxUkoCoa1veLZGe5"));
    }
}

void TestIntegrationParser::validJsonOfEveryShape_isAccepted_data()
{
    QTest::addColumn<QByteArray>("json");
    const QByteArray good = toBytes(seedExample());
    auto withExtra = [&](const QByteArray &extraValue) {
        QByteArray json = good;
        json.insert(1, "\"extra\":" + extraValue + ",");
        return json;
    };
    QTest::newRow("UTF-8 byte-order mark") << "\xEF\xBB\xBF" + good;
    QTest::newRow("integer beyond 64 bits") << withExtra("123456789012345678901234567890");
    QTest::newRow("negative integer beyond 64 bits") << withExtra("-98765432109876543210");
    QTest::newRow("double beyond its range") << withExtra("1e400");
    QTest::newRow("tiny double") << withExtra("-0.5e-400");
    QTest::newRow("big numbers in an array") << withExtra("[1E999, 0, -0, 2.5E+3]");
}

void TestIntegrationParser::validJsonOfEveryShape_isAccepted()
{
    QFETCH(QByteArray, json);
    const ParseResult result = parseIntegrationResponse(json);
    QVERIFY2(!result.failure(), qPrintable(failureMessage(result)));
    QCOMPARE(result.value().id, QStringLiteral("factorial:8d1hpPsbjxUkoCoa1veLZGe5"));
}

void TestIntegrationParser::otherEncodings_areRefusedSayingUtf8_data()
{
    QTest::addColumn<QByteArray>("json");
    const QString good = QString::fromUtf8(toBytes(seedExample()));
    const auto utf16 = [&](QStringConverter::Encoding encoding) {
        return QByteArray(QStringEncoder(encoding, QStringConverter::Flag::WriteBom)(good));
    };
    QByteArray utf16LeNoBom = utf16(QStringConverter::Utf16LE).mid(2);
    QTest::newRow("UTF-16 LE with BOM") << utf16(QStringConverter::Utf16LE);
    QTest::newRow("UTF-16 BE with BOM") << utf16(QStringConverter::Utf16BE);
    QTest::newRow("UTF-16 LE without BOM") << utf16LeNoBom;
    QTest::newRow("UTF-16 BE without BOM") << utf16(QStringConverter::Utf16BE).mid(2);
    QTest::newRow("UTF-32 LE with BOM") << utf16(QStringConverter::Utf32LE);
    QTest::newRow("UTF-32 BE with BOM") << utf16(QStringConverter::Utf32BE);
}

void TestIntegrationParser::otherEncodings_areRefusedSayingUtf8()
{
    QFETCH(QByteArray, json);
    const ParseResult result = parseIntegrationResponse(json);
    QCOMPARE(failureMessage(result),
             QStringLiteral("the response is UTF-16 or UTF-32 text; it must be UTF-8"));
    QCOMPARE(result.failure()->kind, FailureKind::InvalidInput);
}

void TestIntegrationParser::moreThan65535UnknownEnumValues_areAllKept()
{
    constexpr int kFields = 70000;
    QJsonArray fields;
    for (int i = 0; i < kFields; ++i) {
        fields.append(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("f%1").arg(i)},
                        {QStringLiteral("is_available"), false},
                        {QStringLiteral("coverage_status"), QStringLiteral("S%1").arg(i)},
                        {QStringLiteral("scope_config_setting"), QStringLiteral("ENABLED")},
                        {QStringLiteral("opted_out_by_customer"), false}});
    }
    const QJsonValue json =
        edited(seedExample(),
               {QStringLiteral("data"), QStringLiteral("read_models"), 0, QStringLiteral("fields")},
               fields);
    const ParseResult result = parseIntegrationResponse(toBytes(json));
    QVERIFY2(!result.failure(), qPrintable(failureMessage(result)));
    const Integration &integration = result.value();
    const Field *parsed = integration.fieldsBegin(integration.readModels[0]);
    for (int i : {0, 65535, 65536, kFields - 1}) {
        QCOMPARE(integration.wireName(parsed[i].coverageStatus), QStringLiteral("S%1").arg(i));
    }
    QVERIFY(integration.unrecognisedValues.size() >= std::size_t(kFields));
}

QTEST_GUILESS_MAIN(TestIntegrationParser)
#include "tst_integrationparser.moc"
