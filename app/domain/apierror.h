// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <QByteArray>
#include <QString>

namespace kombo {

// The body Kombo sends with a non-2xx status (SPEC §2):
// {"status":"error","error":{"code":str|null,"title":str|null,"message":str,"log_url":str|null}}
struct ApiErrorEnvelope
{
    std::optional<QString> code; // e.g. PLATFORM.AUTHENTICATION_INVALID
    std::optional<QString> title;
    QString message;
    std::optional<QString> logUrl;

    // "title: message (code)", leaving out what is missing.
    QString summary() const;
};

// The envelope in `body`, or nothing when the body is not one.
std::optional<ApiErrorEnvelope> parseApiErrorEnvelope(const QByteArray &body);

} // namespace kombo
