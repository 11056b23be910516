// SPDX-License-Identifier: MIT
#pragma once

#include "domain/integration.h"
#include "domain/result.h"

#include <QByteArray>

namespace kombo {

using ParseResult = Result<Integration>;

// Parses the body of a successful `GET /integrations/{id}` and checks it against the
// response schema (SPEC §3). A failure is FailureKind::InvalidInput and names the JSON path,
// e.g. `data.read_models[3].fields[7].is_available: expected boolean, got string`.
//
// The body is parsed in place when its spare capacity holds simdjson's padding (see
// allocateJsonBuffer()); otherwise it is copied once.
ParseResult parseIntegrationResponse(const QByteArray &json);

// The spare capacity the parser needs past the end of a buffer to parse it in place.
inline constexpr qsizetype kJsonPadding = 64;

// An empty buffer with room for `size` bytes of JSON plus the padding the parser needs, so
// that reading a large file into it and parsing it costs no copy.
QByteArray allocateJsonBuffer(qsizetype size);

} // namespace kombo
