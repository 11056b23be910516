#pragma once

#include "integrationparser.h"

#include <QString>

namespace kombo {

// Reads and parses a saved API response. A file that cannot be read is a usage failure; one
// that does not hold a valid response is FailureKind::InvalidInput.
ParseResult loadIntegrationFile(const QString &path);

// Parses the bundled demo integration, compiled into the binary.
ParseResult loadDemoIntegration();

} // namespace kombo
