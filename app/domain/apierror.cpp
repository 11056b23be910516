// SPDX-License-Identifier: MIT
#include "domain/apierror.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace kombo {

namespace {

// A nullable string property: absent or null is nothing; any other type is not the envelope.
bool readNullableString(const QJsonObject &object, QLatin1String key, std::optional<QString> &out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return false;
    out = value.toString();
    return true;
}

} // namespace

QString ApiErrorEnvelope::summary() const
{
    QString text = title && !title->isEmpty() ? *title + QStringLiteral(": ") + message : message;
    if (code)
        text += QStringLiteral(" (%1)").arg(*code);
    return text;
}

std::optional<ApiErrorEnvelope> parseApiErrorEnvelope(const QByteArray &body)
{
    // Error bodies are small and read once, so Qt's own JSON reader serves; the schema-checking
    // parser is for the large success responses.
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (root.value(QLatin1String("status")).toString() != QLatin1String("error"))
        return std::nullopt;
    const QJsonObject error = root.value(QLatin1String("error")).toObject();
    const QJsonValue message = error.value(QLatin1String("message"));
    if (!message.isString())
        return std::nullopt;
    ApiErrorEnvelope envelope;
    envelope.message = message.toString();
    if (!readNullableString(error, QLatin1String("code"), envelope.code) ||
        !readNullableString(error, QLatin1String("title"), envelope.title) ||
        !readNullableString(error, QLatin1String("log_url"), envelope.logUrl)) {
        return std::nullopt;
    }
    return envelope;
}

} // namespace kombo
