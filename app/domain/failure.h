// SPDX-License-Identifier: MIT
#pragma once

#include "domain/apierror.h"

#include <optional>
#include <QString>

namespace kombo {

// What went wrong, in the categories the command line turns into exit codes (SPEC §6).
enum class FailureKind
{
    Usage = 2,        // the command line or a setting is wrong
    InvalidInput = 3, // not JSON, or not the schema
    Api = 4,          // the API answered with an error
    Network = 5,      // connection, TLS, timeout, size cap
    Output = 6,       // the result could not be written
    Cancelled = 130,  // the person stopped it (only the window can); 130 as for an interrupt
};

struct Failure
{
    Failure(FailureKind kind, QString message, std::optional<ApiErrorEnvelope> apiError = {})
        : kind(kind), message(std::move(message)), apiError(std::move(apiError))
    {}

    FailureKind kind;
    QString message;                          // one line, for a person; never holds the API key
    std::optional<ApiErrorEnvelope> apiError; // when the API answered with its error envelope

    int exitCode() const { return int(kind); }
};

} // namespace kombo
