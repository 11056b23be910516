#pragma once

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
};

struct Failure
{
    FailureKind kind;
    QString message; // one line, for a person; never holds the API key

    int exitCode() const { return int(kind); }
};

} // namespace kombo
