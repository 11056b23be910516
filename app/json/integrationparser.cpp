// SPDX-License-Identifier: MIT
#include "json/integrationparser.h"

#include "common/logging.h"
#include "domain/apierror.h"

#include "json/jsonreader.h"
#include <limits>
#include <QHash>

// The schema of `GET /integrations/{id}` mapped onto the generic reader: one enum per JSON
// object, its names table indexed by it, and a switch without default per object, so that a
// key added to an enum and not handled is a -Wswitch warning, not a silent misroute.

namespace kombo {

namespace json {

enum class EnvelopeKey
{
    Status,
    Data,
    Count
};
template<> struct KeyNames<EnvelopeKey>
{
    static constexpr std::array<std::string_view, 2> names{"status", "data"};
};

enum class DataKey
{
    Id,
    Tool,
    Category,
    Status,
    SetupStatus,
    EndUser,
    ScopeConfig,
    DataExpiredAt,
    CreatedAt,
    Beta,
    ReadModels,
    WriteActions,
    Count
};
template<> struct KeyNames<DataKey>
{
    static constexpr std::array<std::string_view, 12> names{
        "id",           "tool",     "category",     "status",
        "setup_status", "end_user", "scope_config", "data_expired_at",
        "created_at",   "beta",     "read_models",  "write_actions"};
};

enum class ToolKey
{
    Id,
    Label,
    InternalLabel,
    LogoUrl,
    IconUrl,
    Count
};
template<> struct KeyNames<ToolKey>
{
    static constexpr std::array<std::string_view, 5> names{"id", "label", "internal_label",
                                                           "logo_url", "icon_url"};
};

enum class EndUserKey
{
    OrganizationName,
    CreatorEmail,
    OriginId,
    Count
};
template<> struct KeyNames<EndUserKey>
{
    static constexpr std::array<std::string_view, 3> names{"organization_name", "creator_email",
                                                           "origin_id"};
};

enum class ScopeConfigKey
{
    Id,
    Name,
    Count
};
template<> struct KeyNames<ScopeConfigKey>
{
    static constexpr std::array<std::string_view, 2> names{"id", "name"};
};

enum class ModelKey
{
    Id,
    Label,
    IsAvailable,
    CoverageStatus,
    ScopeConfigSetting,
    OptedOutByCustomer,
    Fields,
    Count
};
template<> struct KeyNames<ModelKey>
{
    static constexpr std::array<std::string_view, 7> names{"id",
                                                           "label",
                                                           "is_available",
                                                           "coverage_status",
                                                           "scope_config_setting",
                                                           "opted_out_by_customer",
                                                           "fields"};
};

enum class ReadFieldKey
{
    Id,
    IsAvailable,
    CoverageStatus,
    ScopeConfigSetting,
    OptedOutByCustomer,
    Count
};
template<> struct KeyNames<ReadFieldKey>
{
    static constexpr std::array<std::string_view, 5> names{
        "id", "is_available", "coverage_status", "scope_config_setting", "opted_out_by_customer"};
};

enum class WriteFieldKey
{
    Id,
    IsAvailable,
    CoverageStatus,
    Count
};
template<> struct KeyNames<WriteFieldKey>
{
    static constexpr std::array<std::string_view, 3> names{"id", "is_available", "coverage_status"};
};

} // namespace json

namespace {

using Value = json::ondemand::value;

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// Builds an Integration from the reader's values, object by object.
class IntegrationMapper
{
public:
    explicit IntegrationMapper(std::size_t inputSize)
    {
        // Generous guesses (a field takes over 64 bytes of JSON; IDs are a fraction of the
        // text): reserved pages that are never written cost no memory, while growing by
        // copying would briefly hold both copies.
        m_integration.fields.reserve(inputSize / 64);
        m_integration.text.reserve(qsizetype(inputSize / 4));
    }

    ParseResult parse(const char *json, std::size_t size, std::size_t capacity)
    {
        json::ondemand::object root;
        if (!m_reader.start(json, size, capacity, root) || !parseEnvelope(root) ||
            !m_reader.finish()) {
            return m_reader.takeFailure();
        }
        return std::move(m_integration);
    }

private:
    bool readString(Value &v, QString &out)
    {
        std::string_view text;
        if (!m_reader.readString(v, text))
            return false;
        out = fromUtf8(text);
        return true;
    }

    // Into the integration's text pool, where IDs and labels live.
    bool readString(Value &v, TextRef &out)
    {
        std::string_view text;
        if (!m_reader.readString(v, text))
            return false;
        out = {std::uint32_t(m_integration.text.size()), std::uint32_t(text.size())};
        m_integration.text.append(text.data(), qsizetype(text.size()));
        return true;
    }

    bool readNullableString(Value &v, std::optional<QString> &out)
    {
        std::optional<std::string_view> text;
        if (!m_reader.readNullOrString(v, text))
            return false;
        out = text ? std::optional(fromUtf8(*text)) : std::nullopt;
        return true;
    }

    template<typename Enum> bool readEnum(Value &v, OpenEnum<Enum> &out)
    {
        std::string_view text;
        if (!m_reader.readString(v, text))
            return false;
        out.value = enumFromWireName<Enum>(text);
        if (out.isRecognised())
            return true;
        const QString raw = fromUtf8(text);
        auto known = m_unrecognisedIndex.constFind(raw);
        if (known == m_unrecognisedIndex.cend()) {
            if (m_integration.unrecognisedValues.size() > OpenEnum<Enum>::kMaxUnrecognised)
                return m_reader.fail(Reason::TooManyUnrecognised);
            known = m_unrecognisedIndex.insert(
                raw, std::uint32_t(m_integration.unrecognisedValues.size()));
            m_integration.unrecognisedValues.push_back(raw);
            qCDebug(lcParser) << "unrecognised value" << raw << "at" << m_reader.path().toString();
        }
        out.setUnrecognisedIndex(*known);
        return true;
    }

    bool parseEnvelope(json::ondemand::object &root)
    {
        return m_reader.readObjectKeys<json::EnvelopeKey>(root,
                                                          [this](json::EnvelopeKey key, Value &v) {
                                                              switch (key) {
                                                              case json::EnvelopeKey::Status:
                                                                  return parseStatus(v);
                                                              case json::EnvelopeKey::Data:
                                                                  return parseData(v);
                                                              case json::EnvelopeKey::Count:
                                                                  break;
                                                              }
                                                              return false;
                                                          });
    }

    bool parseStatus(Value &v)
    {
        std::string_view status;
        if (!m_reader.readString(v, status))
            return false;
        return status == "success" || m_reader.fail(Reason::StatusNotSuccess, {fromUtf8(status)});
    }

    bool parseData(Value &value)
    {
        Integration &out = m_integration;
        return m_reader.readObject<json::DataKey>(value, [&](json::DataKey key, Value &v) {
            switch (key) {
            case json::DataKey::Id:
                return readString(v, out.id);
            case json::DataKey::Tool:
                return parseTool(v);
            case json::DataKey::Category:
                return readEnum(v, out.category);
            case json::DataKey::Status:
                return readEnum(v, out.status);
            case json::DataKey::SetupStatus:
                return readEnum(v, out.setupStatus);
            case json::DataKey::EndUser:
                return parseEndUser(v);
            case json::DataKey::ScopeConfig:
                return parseScopeConfig(v);
            case json::DataKey::DataExpiredAt:
                return readNullableString(v, out.dataExpiredAt);
            case json::DataKey::CreatedAt:
                return readString(v, out.createdAt);
            case json::DataKey::Beta:
                return m_reader.readBool(v, out.beta);
            case json::DataKey::ReadModels:
                return parseModels(v, ModelKind::ReadModel);
            case json::DataKey::WriteActions:
                return parseModels(v, ModelKind::WriteAction);
            case json::DataKey::Count:
                break;
            }
            return false;
        });
    }

    bool parseTool(Value &value)
    {
        Tool &tool = m_integration.tool;
        return m_reader.readObject<json::ToolKey>(value, [&](json::ToolKey key, Value &v) {
            switch (key) {
            case json::ToolKey::Id:
                return readString(v, tool.id);
            case json::ToolKey::Label:
                return readString(v, tool.label);
            case json::ToolKey::InternalLabel:
                return readNullableString(v, tool.internalLabel);
            case json::ToolKey::LogoUrl:
                return readString(v, tool.logoUrl);
            case json::ToolKey::IconUrl:
                return readString(v, tool.iconUrl);
            case json::ToolKey::Count:
                break;
            }
            return false;
        });
    }

    bool parseEndUser(Value &value)
    {
        EndUser &endUser = m_integration.endUser;
        return m_reader.readObject<json::EndUserKey>(value, [&](json::EndUserKey key, Value &v) {
            switch (key) {
            case json::EndUserKey::OrganizationName:
                return readString(v, endUser.organizationName);
            case json::EndUserKey::CreatorEmail:
                return readNullableString(v, endUser.creatorEmail);
            case json::EndUserKey::OriginId:
                return readNullableString(v, endUser.originId);
            case json::EndUserKey::Count:
                break;
            }
            return false;
        });
    }

    bool parseScopeConfig(Value &value)
    {
        ScopeConfig &config = m_integration.scopeConfig;
        return m_reader.readObject<json::ScopeConfigKey>(
            value, [&](json::ScopeConfigKey key, Value &v) {
                switch (key) {
                case json::ScopeConfigKey::Id:
                    return readString(v, config.id);
                case json::ScopeConfigKey::Name:
                    return readNullableString(v, config.name);
                case json::ScopeConfigKey::Count:
                    break;
                }
                return false;
            });
    }

    bool parseModels(Value &value, ModelKind kind)
    {
        std::vector<Model> &models =
            kind == ModelKind::ReadModel ? m_integration.readModels : m_integration.writeActions;
        models.clear(); // a repeated key replaces, as in any JSON reader
        return m_reader.readArray(value, [&](Value &element) {
            Model model;
            if (!parseModel(element, kind, model))
                return false;
            models.push_back(model);
            return true;
        });
    }

    bool parseModel(Value &value, ModelKind kind, Model &model)
    {
        return m_reader.readObject<json::ModelKey>(value, [&](json::ModelKey key, Value &v) {
            switch (key) {
            case json::ModelKey::Id:
                return readString(v, model.id);
            case json::ModelKey::Label:
                return readString(v, model.label);
            case json::ModelKey::IsAvailable:
                return m_reader.readBool(v, model.isAvailable);
            case json::ModelKey::CoverageStatus:
                return readEnum(v, model.coverageStatus);
            case json::ModelKey::ScopeConfigSetting:
                return readEnum(v, model.scopeSetting);
            case json::ModelKey::OptedOutByCustomer:
                return m_reader.readBool(v, model.optedOutByCustomer);
            case json::ModelKey::Fields:
                return parseFields(v, kind, model);
            case json::ModelKey::Count:
                break;
            }
            return false;
        });
    }

    bool parseFields(Value &value, ModelKind kind, Model &model)
    {
        std::vector<Field> &fields = m_integration.fields;
        model.firstField = std::uint32_t(fields.size());
        const bool ok = m_reader.readArray(value, [&](Value &element) {
            Field field;
            const bool parsed = kind == ModelKind::ReadModel ? parseReadField(element, field)
                                                             : parseWriteField(element, field);
            if (parsed)
                fields.push_back(field);
            return parsed;
        });
        model.fieldCount = std::uint32_t(fields.size()) - model.firstField;
        return ok;
    }

    bool parseReadField(Value &value, Field &field)
    {
        field.hasScope = true;
        return m_reader.readObject<json::ReadFieldKey>(
            value, [&](json::ReadFieldKey key, Value &v) {
                switch (key) {
                case json::ReadFieldKey::Id:
                    return readString(v, field.id);
                case json::ReadFieldKey::IsAvailable:
                    return m_reader.readBool(v, field.isAvailable);
                case json::ReadFieldKey::CoverageStatus:
                    return readEnum(v, field.coverageStatus);
                case json::ReadFieldKey::ScopeConfigSetting:
                    return readEnum(v, field.scopeSetting);
                case json::ReadFieldKey::OptedOutByCustomer:
                    return m_reader.readBool(v, field.optedOutByCustomer);
                case json::ReadFieldKey::Count:
                    break;
                }
                return false;
            });
    }

    bool parseWriteField(Value &value, Field &field)
    {
        return m_reader.readObject<json::WriteFieldKey>(
            value, [&](json::WriteFieldKey key, Value &v) {
                switch (key) {
                case json::WriteFieldKey::Id:
                    return readString(v, field.id);
                case json::WriteFieldKey::IsAvailable:
                    return m_reader.readBool(v, field.isAvailable);
                case json::WriteFieldKey::CoverageStatus:
                    return readEnum(v, field.coverageStatus);
                case json::WriteFieldKey::Count:
                    break;
                }
                return false;
            });
    }

    json::Reader m_reader;
    QHash<QString, std::uint32_t> m_unrecognisedIndex;
    Integration m_integration;
};

// JSON must be UTF-8 (RFC 8259 §8.1); other encodings are recognised only to say so. UTF-16
// and UTF-32 JSON starts with a byte-order mark or has a NUL among its first two bytes.
bool looksLikeUtf16Or32(QByteArrayView bytes)
{
    return bytes.startsWith("\xFE\xFF") || bytes.startsWith("\xFF\xFE") ||
           bytes.startsWith(QByteArrayView("\0\0\xFE\xFF", 4)) ||
           (bytes.size() >= 2 && (bytes[0] == '\0' || bytes[1] == '\0'));
}

ParseResult parsePadded(const QByteArray &json)
{
    if (looksLikeUtf16Or32(json))
        return Failure(FailureKind::InvalidInput, Reason::NotUtf8);
    // A byte-order mark is not JSON, but editors write one: skip it (SPEC §3).
    const qsizetype skip = json.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    // TextRef offsets are 32-bit; the text they index is never longer than the input.
    if (quint64(json.size()) >= std::numeric_limits<std::uint32_t>::max())
        return Failure(FailureKind::InvalidInput, Reason::ResponseOver4GiB);
    IntegrationMapper mapper(std::size_t(json.size()));
    const auto spare = json.capacity() - json.size();
    if (spare >= qsizetype(simdjson::SIMDJSON_PADDING))
        return mapper.parse(json.constData() + skip, std::size_t(json.size() - skip),
                            std::size_t(json.capacity() - skip));
    QByteArray padded = allocateJsonBuffer(json.size() - skip);
    padded.append(QByteArrayView(json).sliced(skip));
    return mapper.parse(padded.constData(), std::size_t(padded.size()),
                        std::size_t(padded.capacity()));
}

// Error answers are small; anything larger is not worth a second look.
constexpr qsizetype kMaxErrorEnvelopeBytes = 1024 * 1024;

} // namespace

static_assert(kJsonPadding >= qsizetype(simdjson::SIMDJSON_PADDING));

QByteArray allocateJsonBuffer(qsizetype size)
{
    QByteArray buffer;
    buffer.reserve(size + kJsonPadding);
    return buffer;
}

ParseResult parseIntegrationResponse(const QByteArray &json)
{
    ParseResult result = parsePadded(json);
    // A saved error answer is not an integration: say what the API said instead.
    if (result.failure() && json.size() <= kMaxErrorEnvelopeBytes) {
        if (auto envelope = parseApiErrorEnvelope(json)) {
            Failure failure(FailureKind::InvalidInput, Reason::SavedApiError,
                            {envelope->summary()});
            failure.apiError = std::move(envelope);
            return failure;
        }
    }
    return result;
}

} // namespace kombo
