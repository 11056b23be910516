// SPDX-License-Identifier: MIT
#include "net/apikey.h"

#include <algorithm>
#include <QtGlobal>

namespace kombo {

Result<void> checkApiKey(const QString &key)
{
    const bool unsafe = std::any_of(key.cbegin(), key.cend(), [](QChar c) {
        return c.isSpace() || c.category() == QChar::Other_Control ||
               c.category() == QChar::Other_Format;
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
    const QString key = qEnvironmentVariable("KOMBO_API_KEY").trimmed();
    return key.isEmpty() ? std::nullopt : std::optional(key);
}

} // namespace kombo
