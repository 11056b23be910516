// SPDX-License-Identifier: MIT
#include "net/apikey.h"

#include <algorithm>
#include <QtGlobal>

namespace kombo {

Result<void> checkApiKey(const QString &key)
{
    // Kombo's keys are printable ASCII; anything else would be mangled on its way into the
    // header, or end it.
    const bool unsafe = std::any_of(key.cbegin(), key.cend(), [](QChar c) {
        return c.unicode() <= 0x20 || c.unicode() >= 0x7F;
    });
    if (!unsafe)
        return {};
    return Failure(FailureKind::Usage, Reason::UnsafeApiKey);
}

Result<QString> usableApiKey(const ApiKeySource &keys)
{
    const std::optional<QString> key = keys.apiKey();
    if (!key)
        return Failure(FailureKind::Usage, Reason::NoApiKey);
    if (const Result<void> checked = checkApiKey(*key); checked.failure())
        return *checked.failure();
    return *key;
}

std::optional<QString> EnvironmentApiKeySource::apiKey() const
{
    // As given: a stray space or line break is refused by checkApiKey(), not silently dropped.
    const QString key = qEnvironmentVariable("KOMBO_API_KEY");
    return key.isEmpty() ? std::nullopt : std::optional(key);
}

} // namespace kombo
