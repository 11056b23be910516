// SPDX-License-Identifier: MIT
#pragma once

#include "json/integrationparser.h"
#include <QByteArray>
#include <QString>

namespace kombo {

// The largest response file or pipe that is read (SPEC §3).
inline constexpr qint64 kMaxInputBytes = qint64(2) * 1024 * 1024 * 1024;

// Reads a saved API response into a buffer the parser can use without copying it. A file that
// cannot be read is a usage failure; one larger than `maxBytes` is invalid input, found
// before reading it where its size is known, else while reading, never read whole.
Result<QByteArray> readResponseFile(const QString &path, qint64 maxBytes = kMaxInputBytes);

// The bundled demo integration's response, compiled into the binary.
QByteArray demoResponse();

// readResponseFile() or demoResponse(), then parseIntegrationResponse().
ParseResult loadIntegrationFile(const QString &path);
ParseResult loadDemoIntegration();

} // namespace kombo
