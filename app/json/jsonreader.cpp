// SPDX-License-Identifier: MIT
#include "json/jsonreader.h"

namespace kombo::json {

namespace {

// simdjson's own depth limit guards an array it indexes by depth; keep well inside it: our own
// limit applies to ignored values, below the schema's few known levels.
constexpr std::size_t kParserDepthLimit = 2 * kMaxDepth;

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// Whether `token` (as simdjson's raw_json_token(), trailing white space included) is a JSON
// number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
bool isJsonNumber(std::string_view token)
{
    const auto isDigit = [](char c) {
        return c >= '0' && c <= '9';
    };
    const std::size_t end = token.find_last_not_of(" \t\r\n");
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

// What a simdjson error means for someone looking at the file.
QString describe(simdjson::error_code error)
{
    switch (error) {
    case simdjson::DEPTH_ERROR:
        return QStringLiteral("nesting deeper than %1 levels").arg(kMaxDepth);
    case simdjson::EMPTY:
        return QStringLiteral("no value, only white space");
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
        return QStringLiteral("braces or brackets do not balance: the document is cut short, or "
                              "text follows its end");
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

} // namespace

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

QString JsonPath::toString() const
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

bool Reader::start(const char *json, std::size_t size, std::size_t capacity, ondemand::object &root)
{
    if (size == 0) {
        m_failure = Failure(FailureKind::InvalidInput, Reason::EmptyResponse);
        return false;
    }
    if (const auto error = m_parser.allocate(size, kParserDepthLimit))
        return syntaxError(error);
    if (const auto error = m_parser.iterate(json, size, capacity).get(m_document))
        return syntaxError(error);
    m_begin = json;

    ondemand::json_type type{};
    if (const auto error = m_document.type().get(type))
        return syntaxError(error);
    if (type != ondemand::json_type::object) {
        // Reported as such only once it is known to be JSON at all: "not json" starts like null.
        if (!checkRootWellFormed(type))
            return false;
        m_failure = Failure(FailureKind::InvalidInput, Reason::TopLevelNotObject, {typeName(type)});
        return false;
    }
    if (const auto error = m_document.get_object().get(root))
        return syntaxError(error);
    return true;
}

bool Reader::finish()
{
    // The root object is done; anything after it would be a second document.
    const char *rest = nullptr;
    if (m_document.current_location().get(rest) != simdjson::SUCCESS)
        return true;
    m_failure = Failure(FailureKind::InvalidInput, Reason::ContentAfterObject,
                        {QString::number(rest - m_begin)});
    return false;
}

bool Reader::readNullOrString(ondemand::value &value, std::optional<std::string_view> &text)
{
    ondemand::json_type type{};
    if (!typeOf(value, type))
        return false;
    if (type == ondemand::json_type::null) {
        text.reset();
        return checkWellFormed(value, 1);
    }
    if (type != ondemand::json_type::string)
        return wrongType("string or null", type);
    return readString(value, text.emplace());
}

bool Reader::fail(Reason reason, QStringList arguments)
{
    if (!m_failure) {
        arguments.prepend(m_path.toString());
        m_failure = Failure(FailureKind::InvalidInput, reason, std::move(arguments));
    }
    return false;
}

bool Reader::wrongType(const char *expected, ondemand::json_type got)
{
    return fail(Reason::WrongType, {QString::fromLatin1(expected), typeName(got)});
}

bool Reader::syntaxError(simdjson::error_code error)
{
    if (!m_failure)
        m_failure = syntaxFailure(error);
    return false;
}

Failure Reader::syntaxFailure(simdjson::error_code error)
{
    QString where;
    const char *location = nullptr;
    // An unbalanced document is found before parsing starts, so it has no useful position.
    if (m_begin && error != simdjson::INCOMPLETE_ARRAY_OR_OBJECT &&
        m_document.current_location().get(location) == simdjson::SUCCESS) {
        where = QStringLiteral(" at byte %1").arg(location - m_begin);
    }
    return Failure(FailureKind::InvalidInput, Reason::InvalidJson, {where, describe(error)});
}

// On-demand parsing skips what it is not asked for without fully checking it; a value we
// ignore must still be valid JSON, or a corrupt file would pass as a good one.
bool Reader::checkWellFormed(ondemand::value value, int depth)
{
    if (depth > kMaxDepth)
        return syntaxError(simdjson::DEPTH_ERROR);
    ondemand::json_type type{};
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

bool Reader::checkRootWellFormed(ondemand::json_type type)
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

} // namespace kombo::json
