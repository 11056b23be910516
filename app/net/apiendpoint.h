// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QString>
#include <QUrl>

namespace kombo {

// Kombo's regions (SPEC §2); the EU one is the default.
inline constexpr char kEuBaseUrl[] = "https://api.kombo.dev/v1";
inline constexpr char kUsBaseUrl[] = "https://api.us.kombo.dev/v1";

// The base URL to use (SPEC §2): `commandLineValue`, else KOMBO_BASE_URL, else `savedValue`
// (the setting), else the EU region; checked by parseBaseUrl().
Result<QUrl> resolveBaseUrl(const QString &commandLineValue, const QString &savedValue);

// Whether `url` names this machine: 127.0.0.0/8, ::1 or localhost.
bool isLoopback(const QUrl &url);

// Checks a base URL: https, or plain http only to a loopback host, with no query or fragment.
// Anything else is a usage failure that says what is wrong.
Result<QUrl> parseBaseUrl(const QString &text);

// `{base}/integrations/{id}`, the ID percent-encoded as one path segment so that no ID can
// change the path or add a query. "." and ".." are refused: as a segment they would.
Result<QUrl> integrationUrl(const QUrl &base, const QString &integrationId);

// `{base}/check-api-key`: whether a key is valid, and for which environment.
QUrl apiKeyCheckUrl(const QUrl &base);

} // namespace kombo
