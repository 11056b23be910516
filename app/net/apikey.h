// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <optional>
#include <QString>

namespace kombo {

// Where the API key comes from. The key is handed only to ApiRequest, which sends it in one
// header to the base URL's origin; nothing else stores, logs or prints it.
class ApiKeySource
{
public:
    virtual ~ApiKeySource() = default;
    virtual std::optional<QString> apiKey() const = 0;
};

// A usage failure when `key` cannot be a Kombo API key: whitespace or a control character in it
// would end the Authorization header early or add one of its own (SPEC §2). The message never
// quotes the key.
Result<void> checkApiKey(const QString &key);

// KOMBO_API_KEY from the environment.
class EnvironmentApiKeySource final : public ApiKeySource
{
public:
    std::optional<QString> apiKey() const override;
};

// The key `keys` holds, if it is there and usable: a usage failure otherwise, for the command
// line, where nobody can be asked for one.
Result<QString> usableApiKey(const ApiKeySource &keys);

} // namespace kombo
