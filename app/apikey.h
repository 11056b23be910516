#pragma once

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

// KOMBO_API_KEY from the environment.
class EnvironmentApiKeySource final : public ApiKeySource
{
public:
    std::optional<QString> apiKey() const override;
};

} // namespace kombo
