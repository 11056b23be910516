// SPDX-License-Identifier: MIT
#pragma once

#include "domain/failure.h"

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
std::optional<Failure> checkApiKey(const QString &key);

// KOMBO_API_KEY from the environment.
class EnvironmentApiKeySource final : public ApiKeySource
{
public:
    std::optional<QString> apiKey() const override;
};

} // namespace kombo
