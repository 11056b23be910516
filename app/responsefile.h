#pragma once

#include "integrationparser.h"

#include <QByteArray>
#include <QString>
#include <variant>

namespace kombo {

// Reads a saved API response into a buffer the parser can use without copying it. A file that
// cannot be read is a usage failure.
std::variant<QByteArray, Failure> readResponseFile(const QString &path);

// The bundled demo integration's response, compiled into the binary.
QByteArray demoResponse();

// readResponseFile() or demoResponse(), then parseIntegrationResponse().
ParseResult loadIntegrationFile(const QString &path);
ParseResult loadDemoIntegration();

} // namespace kombo
