// SPDX-License-Identifier: MIT
#include "json/integrationparser.h"

#include "common/logging.h"
#include "domain/apierror.h"

#include <array>
#include <bitset>
#include <limits>
#include <QHash>
#include <simdjson.h>
#include <string_view>

namespace kombo {

namespace ondemand = simdjson::ondemand;

namespace {

// Every property of every object in the schema is required, so one list per object serves
// both to recognise keys and to report the first missing one, in schema order.
constexpr std::array<std::string_view, 2> kEnvelopeProperties{"status", "data"};
constexpr std::array<std::string_view, 12> kDataProperties{
    "id",           "tool",     "category",     "status",
    "setup_status", "end_user", "scope_config", "data_expired_at",
    "created_at",   "beta",     "read_models",  "write_actions"};
constexpr std::array<std::string_view, 5> kToolProperties{"id", "label", "internal_label",
                                                          "logo_url", "icon_url"};
constexpr std::array<std::string_view, 3> kEndUserProperties{"organization_name", "creator_email",
                                                             "origin_id"};
constexpr std::array<std::string_view, 2> kScopeConfigProperties{"id", "name"};
constexpr std::array<std::string_view, 7> kModelProperties{"id",
                                                           "label",
                                                           "is_available",
                                                           "coverage_status",
                                                           "scope_config_setting",
                                                           "opted_out_by_customer",
                                                           "fields"};
constexpr std::array<std::string_view, 5> kReadFieldProperties{
    "id", "is_available", "coverage_status", "scope_config_setting", "opted_out_by_customer"};
constexpr std::array<std::string_view, 3> kWriteFieldProperties{"id", "is_available",
                                                                "coverage_status"};

constexpr std::size_t kParserDepthLimit = 2 * kMaxJsonDepth;

QString typeName(ondemand::json_type type)
{
    switch (type) {
    case ondemand::json_type::array:
        return QStringLiteral("array");
    case ondemand::json_type::object:
        return QStringLiteral("object");
    case ondemand::json_type::number:
        return QStringLiteral("number");
    case ondemand::json_type::string:
        return QStringLiteral("string");
    case ondemand::json_type::boolean:
        return QStringLiteral("boolean");
    case ondemand::json_type::null:
        return QStringLiteral("null");
    }
    return QStringLiteral("unknown");
}

// Whether `token` (as simdjson's raw_json_token(), trailing white space included) is a JSON
// number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
bool isJsonNumber(std::string_view token)
{
    const auto isDigit = [](char c) {
        return c >= '0' && c <= '9';
    };
    std::size_t end = token.find_last_not_of(" \t\r\n");
    if (end == std::string_view::npos)
        return false;
    token = token.substr(0, end + 1);
    std::size_t i = 0;
    const auto digits = [&] {
        const std::size_t start = i;
        while (i < token.size() && isDigit(token[i]))
            ++i;
        return i > start;
    };
    if (i < token.size() && token[i] == '-')
        ++i;
    if (i < token.size() && token[i] == '0')
        ++i;
    else if (!digits())
        return false;
    if (i < token.size() && token[i] == '.') {
        ++i;
        if (!digits())
            return false;
    }
    if (i < token.size() && (token[i] == 'e' || token[i] == 'E')) {
        ++i;
        if (i < token.size() && (token[i] == '+' || token[i] == '-'))
            ++i;
        if (!digits())
            return false;
    }
    return i == token.size();
}

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// Where the parser is in the document, kept as cheap views of the schema's own key names and
// formatted only when an error is reported.
class JsonPath
{
public:
    void push(std::string_view key) { m_segments.push_back({key, 0}); }
    void push(std::size_t index) { m_segments.push_back({{}, index}); }
    void pop() { m_segments.pop_back(); }

    QString toString() const
    {
        QString path;
        for (const Segment &segment : m_segments) {
            if (segment.key.empty()) {
                path += QLatin1Char('[') + QString::number(segment.index) + QLatin1Char(']');
            } else {
                if (!path.isEmpty())
                    path += QLatin1Char('.');
                path += fromUtf8(segment.key);
            }
        }
        return path;
    }

private:
    struct Segment
    {
        std::string_view key; // empty for an array index
        std::size_t index;
    };
    std::vector<Segment> m_segments;
};

template<typename Segment> class PathScope
{
public:
    PathScope(JsonPath &path, Segment segment) : m_path(path) { m_path.push(segment); }
    ~PathScope() { m_path.pop(); }
    PathScope(const PathScope &) = delete;
    PathScope &operator=(const PathScope &) = delete;

private:
    JsonPath &m_path;
};

class Parser
{
public:
    explicit Parser(std::size_t inputSize)
    {
        // Generous guesses (a field takes over 64 bytes of JSON; IDs are a fraction of the
        // text): reserved pages that are never written cost no memory, while growing by
        // copying would briefly hold both copies.
        m_integration.fields.reserve(inputSize / 64);
        m_integration.text.reserve(qsizetype(inputSize / 4));
    }

    ParseResult parse(const char *json, std::size_t size, std::size_t capacity)
    {
        if (size == 0)
            return Failure{FailureKind::InvalidInput, QStringLiteral("the response is empty")};
        ondemand::parser parser;
        // simdjson's own depth limit guards an array it indexes by depth; keep well inside it:
        // our own limit applies to ignored values, below the schema's few known levels.
        if (const auto error = parser.allocate(size, kParserDepthLimit))
            return syntaxFailure(error, json);
        if (const auto error = parser.iterate(json, size, capacity).get(m_document))
            return syntaxFailure(error, json);
        m_begin = json;

        ondemand::json_type type;
        if (const auto error = m_document.type().get(type))
            return syntaxFailure(error, json);
        if (type != ondemand::json_type::object) {
            if (!checkRootWellFormed(type))
                return std::move(*m_failure);
            return Failure{FailureKind::InvalidInput,
                           QStringLiteral("expected a JSON object at the top level, got %1")
                               .arg(typeName(type))};
        }
        ondemand::object root;
        if (const auto error = m_document.get_object().get(root))
            return syntaxFailure(error, json);
        if (!parseEnvelope(root))
            return std::move(*m_failure);
        // The root object is done; anything after it would be a second document.
        const char *rest = nullptr;
        if (m_document.current_location().get(rest) == simdjson::SUCCESS) {
            return Failure{FailureKind::InvalidInput,
                           QStringLiteral("invalid JSON at byte %1: unexpected content after "
                                          "the top-level object")
                               .arg(rest - json)};
        }
        return std::move(m_integration);
    }

private:
    Failure syntaxFailure(simdjson::error_code error, const char *json)
    {
        QString where;
        const char *location = nullptr;
        // An unbalanced document is found before parsing starts, so it has no useful position.
        if (m_begin && error != simdjson::INCOMPLETE_ARRAY_OR_OBJECT &&
            m_document.current_location().get(location) == simdjson::SUCCESS) {
            where = QStringLiteral(" at byte %1").arg(location - json);
        }
        return Failure{FailureKind::InvalidInput,
                       QStringLiteral("invalid JSON%1: %2").arg(where, describe(error))};
    }

    static QString describe(simdjson::error_code error)
    {
        switch (error) {
        case simdjson::DEPTH_ERROR:
            return QStringLiteral("nesting deeper than %1 levels").arg(kMaxJsonDepth);
        case simdjson::EMPTY:
            return QStringLiteral("no value, only white space");
        case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
            return QStringLiteral("braces or brackets do not balance: the document is cut "
                                  "short, or text follows its end");
        case simdjson::UTF8_ERROR:
            return QStringLiteral("the text is not valid UTF-8");
        case simdjson::UNESCAPED_CHARS:
            return QStringLiteral("a string holds an unescaped control character");
        case simdjson::STRING_ERROR:
            return QStringLiteral("a string holds an invalid escape sequence");
        case simdjson::NUMBER_ERROR:
            return QStringLiteral("invalid number");
        case simdjson::T_ATOM_ERROR:
        case simdjson::F_ATOM_ERROR:
        case simdjson::N_ATOM_ERROR:
        case simdjson::INCORRECT_TYPE: // after type() saw t, f or n: a misspelt literal
            return QStringLiteral("invalid literal: expected true, false or null");
        default:
            return QString::fromUtf8(simdjson::error_message(error));
        }
    }

    bool fail(const QString &what)
    {
        if (!m_failure) {
            const QString path = m_path.toString();
            m_failure = Failure{FailureKind::InvalidInput,
                                path.isEmpty() ? what : path + QStringLiteral(": ") + what};
        }
        return false;
    }

    bool syntaxError(simdjson::error_code error)
    {
        if (!m_failure)
            m_failure = syntaxFailure(error, m_begin);
        return false;
    }

    bool typeOf(ondemand::value &value, ondemand::json_type &type)
    {
        if (const auto error = value.type().get(type))
            return syntaxError(error);
        return true;
    }

    bool wrongType(const QString &expected, ondemand::json_type got)
    {
        return fail(QStringLiteral("expected %1, got %2").arg(expected, typeName(got)));
    }

    // Visits each property of an object: known ones (by their index in `properties`) through
    // `onProperty`, unknown ones are checked for well-formedness and ignored. Then reports the
    // first missing property in schema order.
    template<std::size_t N, typename OnProperty>
    bool parseObject(ondemand::value &value, const std::array<std::string_view, N> &properties,
                     OnProperty onProperty)
    {
        ondemand::json_type type;
        if (!typeOf(value, type))
            return false;
        if (type != ondemand::json_type::object)
            return wrongType(QStringLiteral("object"), type);
        ondemand::object object;
        if (const auto error = value.get_object().get(object))
            return syntaxError(error);
        return parseProperties(object, properties, onProperty);
    }

    template<std::size_t N, typename OnProperty>
    bool parseProperties(ondemand::object &object,
                         const std::array<std::string_view, N> &properties, OnProperty onProperty)
    {
        std::bitset<N> seen;
        for (auto result : object) {
            ondemand::field field;
            std::string_view key;
            if (const auto error = std::move(result).get(field))
                return syntaxError(error);
            if (!readKey(field, key))
                return false;
            std::size_t index = 0;
            while (index < N && properties[index] != key)
                ++index;
            if (index == N) {
                if (!checkWellFormed(field.value(), 1))
                    return false;
                continue;
            }
            seen.set(index);
            PathScope<std::string_view> scope(m_path, properties[index]);
            if (!onProperty(index, field.value()))
                return false;
        }
        for (std::size_t index = 0; index < N; ++index) {
            if (!seen.test(index)) {
                PathScope<std::string_view> scope(m_path, properties[index]);
                return fail(QStringLiteral("required property is missing"));
            }
        }
        return true;
    }

    // On-demand parsing skips what it is not asked for without fully checking it; a value we
    // ignore must still be valid JSON, or a corrupt file would pass as a good one.
    bool checkWellFormed(ondemand::value value, int depth)
    {
        if (depth > kMaxJsonDepth)
            return syntaxError(simdjson::DEPTH_ERROR);
        ondemand::json_type type;
        if (!typeOf(value, type))
            return false;
        switch (type) {
        case ondemand::json_type::object: {
            ondemand::object object;
            if (const auto error = value.get_object().get(object))
                return syntaxError(error);
            for (auto result : object) {
                ondemand::field field;
                std::string_view key;
                if (const auto error = std::move(result).get(field))
                    return syntaxError(error);
                if (const auto error = field.unescaped_key().get(key))
                    return syntaxError(error);
                if (!checkWellFormed(field.value(), depth + 1))
                    return false;
            }
            return true;
        }
        case ondemand::json_type::array: {
            ondemand::array array;
            if (const auto error = value.get_array().get(array))
                return syntaxError(error);
            for (auto result : array) {
                ondemand::value element;
                if (const auto error = std::move(result).get(element))
                    return syntaxError(error);
                if (!checkWellFormed(element, depth + 1))
                    return false;
            }
            return true;
        }
        case ondemand::json_type::number:
            // Checked by the grammar, not converted: a number we ignore may be of any size.
            return isJsonNumber(value.raw_json_token()) || syntaxError(simdjson::NUMBER_ERROR);
        case ondemand::json_type::string: {
            std::string_view text;
            if (const auto error = value.get_string().get(text))
                return syntaxError(error);
            return true;
        }
        case ondemand::json_type::boolean: {
            bool flag = false;
            if (const auto error = value.get_bool().get(flag))
                return syntaxError(error);
            return true;
        }
        case ondemand::json_type::null: {
            bool isNull = false;
            if (const auto error = value.is_null().get(isNull))
                return syntaxError(error);
            return isNull || syntaxError(simdjson::N_ATOM_ERROR);
        }
        }
        return syntaxError(simdjson::TAPE_ERROR);
    }

    // A document whose root is not an object is reported as such only once it is known to be
    // JSON at all: "not json" starts like `null`.
    bool checkRootWellFormed(ondemand::json_type type)
    {
        simdjson::error_code error = simdjson::SUCCESS;
        switch (type) {
        case ondemand::json_type::object:
        case ondemand::json_type::array: {
            ondemand::value value;
            error = m_document.get_value().get(value);
            if (!error)
                return checkWellFormed(value, 1);
            break;
        }
        case ondemand::json_type::number:
            if (!isJsonNumber(m_document.raw_json_token().value_unsafe()))
                error = simdjson::NUMBER_ERROR;
            break;
        case ondemand::json_type::string:
            error = m_document.get_string().error();
            break;
        case ondemand::json_type::boolean:
            error = m_document.get_bool().error();
            break;
        case ondemand::json_type::null: {
            bool isNull = false;
            error = m_document.is_null().get(isNull);
            if (!error && !isNull)
                error = simdjson::N_ATOM_ERROR;
            break;
        }
        }
        return !error || syntaxError(error);
    }

    bool readString(ondemand::value &value, std::string_view &text)
    {
        ondemand::json_type type;
        if (!typeOf(value, type))
            return false;
        if (type != ondemand::json_type::string)
            return wrongType(QStringLiteral("string"), type);
        // Most strings hold no escapes: take them straight from the input rather than have
        // simdjson unescape each into a buffer that, over a large document, grows as large
        // as the document's text.
        const std::string_view token = value.raw_json_token(); // the quoted string, then spaces
        const std::string_view content = token.substr(1, token.find_last_of('"') - 1);
        if (content.find('\\') == std::string_view::npos) {
            if (const auto error = value.get_raw_json_string().error()) // steps past the string
                return syntaxError(error);
            text = content;
            return true;
        }
        if (const auto error = value.get_string().get(text))
            return syntaxError(error);
        return true;
    }

    // As readString(): a key without escapes is read in place.
    bool readKey(ondemand::field &field, std::string_view &key)
    {
        const char *begin = field.key().raw(); // just after the opening quote
        const char *end = begin;
        while (*end != '"' && *end != '\\') // stage 1 has seen the closing quote
            ++end;
        if (*end == '"') {
            key = std::string_view(begin, std::size_t(end - begin));
            return true;
        }
        if (const auto error = field.unescaped_key().get(key))
            return syntaxError(error);
        return true;
    }

    bool readString(ondemand::value &value, QString &out)
    {
        std::string_view text;
        if (!readString(value, text))
            return false;
        out = fromUtf8(text);
        return true;
    }

    bool readString(ondemand::value &value, TextRef &out)
    {
        std::string_view text;
        if (!readString(value, text))
            return false;
        out = {std::uint32_t(m_integration.text.size()), std::uint32_t(text.size())};
        m_integration.text.append(text.data(), qsizetype(text.size()));
        return true;
    }

    bool readNullableString(ondemand::value &value, std::optional<QString> &out)
    {
        ondemand::json_type type;
        if (!typeOf(value, type))
            return false;
        if (type == ondemand::json_type::null) {
            out.reset();
            return checkWellFormed(value, 1);
        }
        if (type != ondemand::json_type::string)
            return wrongType(QStringLiteral("string or null"), type);
        return readString(value, out.emplace());
    }

    bool readBool(ondemand::value &value, bool &out)
    {
        ondemand::json_type type;
        if (!typeOf(value, type))
            return false;
        if (type != ondemand::json_type::boolean)
            return wrongType(QStringLiteral("boolean"), type);
        if (const auto error = value.get_bool().get(out))
            return syntaxError(error);
        return true;
    }

    template<typename Enum> bool readEnum(ondemand::value &value, OpenEnum<Enum> &out)
    {
        std::string_view text;
        if (!readString(value, text))
            return false;
        out.value = enumFromWireName<Enum>(text);
        if (out.isRecognised())
            return true;
        const QString raw = fromUtf8(text);
        auto known = m_unrecognisedIndex.constFind(raw);
        if (known == m_unrecognisedIndex.cend()) {
            if (m_integration.unrecognisedValues.size() > OpenEnum<Enum>::kMaxUnrecognised)
                return fail(QStringLiteral("too many different unrecognised values"));
            known = m_unrecognisedIndex.insert(
                raw, std::uint32_t(m_integration.unrecognisedValues.size()));
            m_integration.unrecognisedValues.push_back(raw);
            qCDebug(lcParser) << "unrecognised value" << raw << "at" << m_path.toString();
        }
        out.setUnrecognisedIndex(*known);
        return true;
    }

    template<typename OnElement> bool parseArray(ondemand::value &value, OnElement onElement)
    {
        ondemand::json_type type;
        if (!typeOf(value, type))
            return false;
        if (type != ondemand::json_type::array)
            return wrongType(QStringLiteral("array"), type);
        ondemand::array array;
        if (const auto error = value.get_array().get(array))
            return syntaxError(error);
        std::size_t index = 0;
        for (auto result : array) {
            ondemand::value element;
            if (const auto error = std::move(result).get(element))
                return syntaxError(error);
            PathScope<std::size_t> scope(m_path, index++);
            if (!onElement(element))
                return false;
        }
        return true;
    }

    bool parseEnvelope(ondemand::object &root)
    {
        return parseProperties(root, kEnvelopeProperties,
                               [this](std::size_t property, ondemand::value &value) {
                                   if (property == 0)
                                       return parseStatus(value);
                                   return parseData(value);
                               });
    }

    bool parseStatus(ondemand::value &value)
    {
        std::string_view status;
        if (!readString(value, status))
            return false;
        if (status != "success")
            return fail(QStringLiteral("expected \"success\", got \"%1\"").arg(fromUtf8(status)));
        return true;
    }

    bool parseData(ondemand::value &value)
    {
        Integration &out = m_integration;
        return parseObject(value, kDataProperties, [&](std::size_t property, ondemand::value &v) {
            switch (property) {
            case 0:
                return readString(v, out.id);
            case 1:
                return parseTool(v);
            case 2:
                return readEnum(v, out.category);
            case 3:
                return readEnum(v, out.status);
            case 4:
                return readEnum(v, out.setupStatus);
            case 5:
                return parseEndUser(v);
            case 6:
                return parseScopeConfig(v);
            case 7:
                return readNullableString(v, out.dataExpiredAt);
            case 8:
                return readString(v, out.createdAt);
            case 9:
                return readBool(v, out.beta);
            case 10:
                return parseModels(v, ModelKind::ReadModel);
            default:
                return parseModels(v, ModelKind::WriteAction);
            }
        });
    }

    bool parseTool(ondemand::value &value)
    {
        Tool &tool = m_integration.tool;
        return parseObject(value, kToolProperties, [&](std::size_t property, ondemand::value &v) {
            switch (property) {
            case 0:
                return readString(v, tool.id);
            case 1:
                return readString(v, tool.label);
            case 2:
                return readNullableString(v, tool.internalLabel);
            case 3:
                return readString(v, tool.logoUrl);
            default:
                return readString(v, tool.iconUrl);
            }
        });
    }

    bool parseEndUser(ondemand::value &value)
    {
        EndUser &endUser = m_integration.endUser;
        return parseObject(value, kEndUserProperties,
                           [&](std::size_t property, ondemand::value &v) {
                               switch (property) {
                               case 0:
                                   return readString(v, endUser.organizationName);
                               case 1:
                                   return readNullableString(v, endUser.creatorEmail);
                               default:
                                   return readNullableString(v, endUser.originId);
                               }
                           });
    }

    bool parseScopeConfig(ondemand::value &value)
    {
        ScopeConfig &config = m_integration.scopeConfig;
        return parseObject(value, kScopeConfigProperties,
                           [&](std::size_t property, ondemand::value &v) {
                               if (property == 0)
                                   return readString(v, config.id);
                               return readNullableString(v, config.name);
                           });
    }

    bool parseModels(ondemand::value &value, ModelKind kind)
    {
        std::vector<Model> &models =
            kind == ModelKind::ReadModel ? m_integration.readModels : m_integration.writeActions;
        models.clear(); // a repeated key replaces, as in any JSON reader
        return parseArray(value, [&](ondemand::value &element) {
            Model model;
            if (!parseModel(element, kind, model))
                return false;
            models.push_back(model);
            return true;
        });
    }

    bool parseModel(ondemand::value &value, ModelKind kind, Model &model)
    {
        return parseObject(value, kModelProperties, [&](std::size_t property, ondemand::value &v) {
            switch (property) {
            case 0:
                return readString(v, model.id);
            case 1:
                return readString(v, model.label);
            case 2:
                return readBool(v, model.isAvailable);
            case 3:
                return readEnum(v, model.coverageStatus);
            case 4:
                return readEnum(v, model.scopeSetting);
            case 5:
                return readBool(v, model.optedOutByCustomer);
            default:
                return parseFields(v, kind, model);
            }
        });
    }

    bool parseFields(ondemand::value &value, ModelKind kind, Model &model)
    {
        std::vector<Field> &fields = m_integration.fields;
        model.firstField = std::uint32_t(fields.size());
        const bool ok = parseArray(value, [&](ondemand::value &element) {
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

    bool parseReadField(ondemand::value &value, Field &field)
    {
        field.hasScope = true;
        return parseObject(value, kReadFieldProperties,
                           [&](std::size_t property, ondemand::value &v) {
                               switch (property) {
                               case 0:
                                   return readString(v, field.id);
                               case 1:
                                   return readBool(v, field.isAvailable);
                               case 2:
                                   return readEnum(v, field.coverageStatus);
                               case 3:
                                   return readEnum(v, field.scopeSetting);
                               default:
                                   return readBool(v, field.optedOutByCustomer);
                               }
                           });
    }

    bool parseWriteField(ondemand::value &value, Field &field)
    {
        return parseObject(value, kWriteFieldProperties,
                           [&](std::size_t property, ondemand::value &v) {
                               switch (property) {
                               case 0:
                                   return readString(v, field.id);
                               case 1:
                                   return readBool(v, field.isAvailable);
                               default:
                                   return readEnum(v, field.coverageStatus);
                               }
                           });
    }

    ondemand::document m_document;
    const char *m_begin = nullptr;
    JsonPath m_path;
    std::optional<Failure> m_failure;
    QHash<QString, std::uint32_t> m_unrecognisedIndex;
    Integration m_integration;
};

} // namespace

static_assert(kJsonPadding >= qsizetype(simdjson::SIMDJSON_PADDING));

QByteArray allocateJsonBuffer(qsizetype size)
{
    QByteArray buffer;
    buffer.reserve(size + kJsonPadding);
    return buffer;
}

namespace {

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
        return Failure{FailureKind::InvalidInput,
                       QStringLiteral("the response is UTF-16 or UTF-32 text; it must be UTF-8")};
    // A byte-order mark is not JSON, but editors write one: skip it (SPEC §3).
    const qsizetype skip = json.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    // TextRef offsets are 32-bit; the text they index is never longer than the input.
    if (quint64(json.size()) >= std::numeric_limits<std::uint32_t>::max())
        return Failure{FailureKind::InvalidInput,
                       QStringLiteral("the response is larger than 4 GiB")};
    Parser parser(std::size_t(json.size()));
    const auto spare = json.capacity() - json.size();
    if (spare >= qsizetype(simdjson::SIMDJSON_PADDING))
        return parser.parse(json.constData() + skip, std::size_t(json.size() - skip),
                            std::size_t(json.capacity() - skip));
    QByteArray padded = allocateJsonBuffer(json.size() - skip);
    padded.append(QByteArrayView(json).sliced(skip));
    return parser.parse(padded.constData(), std::size_t(padded.size()),
                        std::size_t(padded.capacity()));
}

// Error answers are small; anything larger is not worth a second look.
constexpr qsizetype kMaxErrorEnvelopeBytes = 1024 * 1024;

} // namespace

ParseResult parseIntegrationResponse(const QByteArray &json)
{
    ParseResult result = parsePadded(json);
    // A saved error answer is not an integration: say what the API said instead.
    if (std::holds_alternative<Failure>(result) && json.size() <= kMaxErrorEnvelopeBytes) {
        if (auto envelope = parseApiErrorEnvelope(json)) {
            const QString summary = envelope->summary();
            return Failure(
                FailureKind::InvalidInput,
                QStringLiteral("the response is an API error, not an integration: %1").arg(summary),
                std::move(envelope));
        }
    }
    return result;
}

} // namespace kombo
