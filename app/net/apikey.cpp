// SPDX-License-Identifier: MIT
#include "net/apikey.h"

#include <algorithm>
#include <QtGlobal>

namespace kombo {

std::optional<Failure> checkApiKey(const QString &key)
{
    const bool unsafe = std::any_of(key.cbegin(), key.cend(), [](QChar c) {
        return c.isSpace() || c.category() == QChar::Other_Control ||
               c.category() == QChar::Other_Format;
    });
    if (!unsafe)
        return std::nullopt;
    return Failure(FailureKind::Usage,
                   QStringLiteral("the API key holds white space or a control character; "
                                  "check KOMBO_API_KEY or the key you entered"));
}

std::optional<QString> EnvironmentApiKeySource::apiKey() const
{
    const QString key = qEnvironmentVariable("KOMBO_API_KEY").trimmed();
    return key.isEmpty() ? std::nullopt : std::optional(key);
}

} // namespace kombo
