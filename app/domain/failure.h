// SPDX-License-Identifier: MIT
#pragma once

#include "domain/apierror.h"

#include <optional>
#include <QDateTime>
#include <QString>
#include <QStringList>

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

// The exit codes that are findings rather than failures (SPEC §6); any failure's code wins.
inline constexpr int kExitRequirementUnmet = 7; // SPEC §8
inline constexpr int kExitCoverageChanged = 8;  // SPEC §9

// How a failure is put into words: one value per sentence, its wording in failure.cpp (English
// for the command line, translated for the window). The comment lists the arguments.
enum class Reason
{
    // Usage
    CommandLine,        // the option parser's own words (the command line is English only)
    CannotRead,         // the system's reason
    NoApiKey,           //
    UnsafeApiKey,       //
    InvalidBaseUrl,     // the text given
    BaseUrlNotHttps,    // the URL
    BaseUrlHasExtras,   // the URL
    NotAnIntegrationId, // the ID

    // A line of a requirements file (SPEC §8); the command line puts the file's name first.
    RequirementVerb,             // the line number, the word found
    RequirementNoTarget,         // the line number, the verb
    RequirementEmptyId,          // the line number, the target
    RequirementNotOptional,      // the line number, the word found
    RequirementTrailingWord,     // the line number, the word found
    RequirementNotUtf8,          // the line number
    RequirementControlCharacter, // the line number, the character's code point as U+XXXX

    // InvalidInput
    TooLargeToLoad,      // the limit, such as "2 GiB"
    EmptyResponse,       //
    NotUtf8,             //
    InvalidJson,         // " at byte N" or nothing, what is wrong
    ContentAfterObject,  // the byte offset
    TopLevelNotObject,   // the JSON type found
    MissingProperty,     // the JSON path
    WrongType,           // the JSON path, the type expected, the type found
    StatusNotSuccess,    // the JSON path, the status found
    TooManyUnrecognised, // the JSON path
    ResponseOver4GiB,    //
    SavedApiError,       // the envelope's summary
    LogoRefused,         // why, in the sanitiser's or the loader's words

    // Api
    HttpStatus,          // the status code and reason phrase, the envelope's summary or an excerpt
    RedirectedElsewhere, // the other origin

    // Network
    NetworkError,        // Qt's description, the host and port
    TimedOutWithoutData, // seconds
    TimedOutIncomplete,  // seconds
    ResponseTooLarge,    // MiB
    UnexpectedEncoding,  // the Content-Encoding

    // Output
    CannotWrite,    // the system's reason
    OutputIsFolder, //

    // Cancelled
    Cancelled, //
};

// A failure as a value: its kind (the exit code), its reason and the reason's arguments, so
// that the command line words it in English and the window in the person's language.
struct Failure
{
    Failure(FailureKind kind, Reason reason, QStringList arguments = {})
        : kind(kind), reason(reason), arguments(std::move(arguments))
    {}

    FailureKind kind;
    Reason reason;
    QStringList arguments;                    // never the API key
    std::optional<ApiErrorEnvelope> apiError; // when the API answered with its error envelope
    std::optional<int> httpStatus;            // when a server answered with a status
    int attempts = 1;                         // requests made before giving up
    // When the API asked to wait longer than we do: how long, and until when (UTC).
    struct RetryHint
    {
        qint64 seconds;
        QDateTime at;
    };
    std::optional<RetryHint> retryLater;

    int exitCode() const { return int(kind); }
    // Whether the API refused the key: then a new key, not a retry, helps.
    bool rejectsApiKey() const;
    // One line in English, for the command line and logs.
    QString message() const;
    // The same in the application's language, for the window, which shows the API's log URL
    // as a link of its own rather than in the text.
    QString localizedMessage() const;
};

} // namespace kombo
