#include "apikey.h"

#include <QtGlobal>

namespace kombo {

std::optional<QString> EnvironmentApiKeySource::apiKey() const
{
    const QString key = qEnvironmentVariable("KOMBO_API_KEY").trimmed();
    return key.isEmpty() ? std::nullopt : std::optional(key);
}

} // namespace kombo
