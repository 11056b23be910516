// SPDX-License-Identifier: MIT
#pragma once

// Small integrations for tests, written as the API's JSON and read by the real parser, so that
// a test states only what it is about.

#include "json/integrationparser.h"
#include <QByteArray>
#include <QtTest>
#include <vector>

struct TestField
{
    QByteArray id;
    bool available = true;
    QByteArray coverage = "SUPPORTED";
    QByteArray scope = "ENABLED"; // left out of write-action fields, as the API does
    bool optedOut = false;
};

struct TestModel
{
    QByteArray id;
    bool available = true;
    QByteArray coverage = "SUPPORTED";
    QByteArray scope = "ENABLED";
    bool optedOut = false;
    std::vector<TestField> fields = {};
    QByteArray label = "Label";
};

struct TestIntegration
{
    std::vector<TestModel> readModels;
    std::vector<TestModel> writeActions = {};
    QByteArray status = "ACTIVE";
    QByteArray dataExpiredAt = {}; // empty: null
    QByteArray id = "i";
    QByteArray toolLabel = "T";
    QByteArray organization = "O";
};

inline QByteArray jsonString(const QByteArray &text)
{
    QByteArray quoted = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\')
            quoted += '\\';
        quoted += c;
    }
    return quoted + '"';
}

inline QByteArray jsonOf(const TestModel &model, bool write)
{
    const auto flag = [](bool value) {
        return QByteArray(value ? "true" : "false");
    };
    QByteArray fields;
    for (const TestField &field : model.fields) {
        if (!fields.isEmpty())
            fields += ',';
        fields += "{\"id\":" + jsonString(field.id) + ",\"is_available\":" + flag(field.available) +
                  ",\"coverage_status\":" + jsonString(field.coverage);
        if (!write)
            fields += ",\"scope_config_setting\":" + jsonString(field.scope) +
                      ",\"opted_out_by_customer\":" + flag(field.optedOut);
        fields += '}';
    }
    return "{\"id\":" + jsonString(model.id) + ",\"label\":" + jsonString(model.label) +
           ",\"is_available\":" + flag(model.available) +
           ",\"coverage_status\":" + jsonString(model.coverage) +
           ",\"scope_config_setting\":" + jsonString(model.scope) +
           ",\"opted_out_by_customer\":" + flag(model.optedOut) + ",\"fields\":[" + fields + "]}";
}

inline QByteArray responseJson(const TestIntegration &integration)
{
    const auto models = [](const std::vector<TestModel> &list, bool write) {
        QByteArray json;
        for (const TestModel &model : list)
            json += (json.isEmpty() ? "" : ",") + jsonOf(model, write);
        return "[" + json + "]";
    };
    return "{\"status\":\"success\",\"data\":{\"id\":" + jsonString(integration.id) +
           ",\"tool\":{\"id\":\"t\",\"label\":" + jsonString(integration.toolLabel) +
           ",\"internal_label\":null,\"logo_url\":\"https://example.com/l.svg\","
           "\"icon_url\":\"https://example.com/i.svg\"},\"category\":\"HRIS\",\"status\":" +
           jsonString(integration.status) +
           ",\"setup_status\":\"COMPLETED\",\"end_user\":{\"organization_name\":" +
           jsonString(integration.organization) +
           ",\"creator_email\":null,\"origin_id\":null},\"scope_config\":{\"id\":\"s\","
           "\"name\":null},\"data_expired_at\":" +
           (integration.dataExpiredAt.isEmpty() ? QByteArray("null")
                                                : jsonString(integration.dataExpiredAt)) +
           ",\"created_at\":\"2024-01-01T00:00:00.000Z\",\"beta\":false,\"read_models\":" +
           models(integration.readModels, false) +
           ",\"write_actions\":" + models(integration.writeActions, true) + "}}";
}

inline kombo::Integration parsed(const TestIntegration &integration)
{
    const kombo::ParseResult result = kombo::parseIntegrationResponse(responseJson(integration));
    if (const kombo::Failure *failure = result.failure())
        qFatal("test integration does not parse: %s", qPrintable(failure->message()));
    return result.value();
}
