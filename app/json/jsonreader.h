// SPDX-License-Identifier: MIT
#pragma once

// The generic half of the parser: reading JSON with simdjson's on-demand API while keeping the
// path for messages, checking the well-formedness of what is skipped, and taking strings in
// place. It knows nothing of the schema; integrationparser.cpp maps the schema onto it. Only
// sources in json/ include this header (simdjson is a private dependency of the core).

#include "domain/failure.h"

#include <array>
#include <bitset>
#include <optional>
#include <QString>
#include <simdjson.h>
#include <string_view>
#include <vector>

namespace kombo::json {

namespace ondemand = simdjson::ondemand;

// The deepest nesting accepted anywhere in a document, as Qt's own JSON parser.
inline constexpr int kMaxDepth = 1024;

// The names of a JSON object's keys, indexed by the object's key enum, whose last enumerator
// is Count. Specialise it beside the enum:
//     template<> struct KeyNames<ToolKey> { static constexpr std::array<...> names{"id", ...}; };
// Every key of every object in the schema is required, so the same table reports the first
// missing one, in the enum's order.
template<typename Key> struct KeyNames;

template<typename Key> constexpr std::size_t keyCount()
{
    return std::size_t(Key::Count);
}

// Where the reader is in the document, kept as cheap views of the schema's own key names and
// formatted only when a failure is reported.
class JsonPath
{
public:
    void push(std::string_view key) { m_segments.push_back({key, 0}); }
    void push(std::size_t index) { m_segments.push_back({{}, index}); }
    void pop() { m_segments.pop_back(); }
    QString toString() const;

private:
    struct Segment
    {
        std::string_view key; // empty for an array index
        std::size_t index;
    };
    std::vector<Segment> m_segments;
};

// Reads one document; each read returns false once it has recorded why it failed (the first
// failure wins), so that callers can stop with `return false`.
class Reader
{
public:
    // Starts on `json` (`size` bytes, `capacity` ≥ size + kJsonPadding) and positions on the
    // root object; false, with the failure recorded, when there is none.
    bool start(const char *json, std::size_t size, std::size_t capacity, ondemand::object &root);
    // After the root object: fails if anything but white space follows it.
    bool finish();
    Failure takeFailure() { return std::move(*m_failure); }

    // Visits each key of an object value: known ones, as their Key, through
    // `onKey(Key, ondemand::value &)`; unknown ones are checked for well-formedness and
    // ignored. Then fails on the first missing key, in the enum's order.
    template<typename Key, typename OnKey> bool readObject(ondemand::value &value, OnKey onKey);
    template<typename Key, typename OnKey>
    bool readObjectKeys(ondemand::object &object, OnKey onKey);
    // Visits each element of an array value, with its index on the path.
    template<typename OnElement> bool readArray(ondemand::value &value, OnElement onElement);

    // A string, in place in the input when it holds no escapes (most do), else unescaped
    // into simdjson's buffer; valid until the reader is gone.
    bool readString(ondemand::value &value, std::string_view &text);
    bool readBool(ondemand::value &value, bool &out);
    // Whether the value is null (then consumed) rather than a string.
    bool readNullOrString(ondemand::value &value, std::optional<std::string_view> &text);

    // Records a failure of the schema at the current path (the path is its first argument).
    bool fail(Reason reason, QStringList arguments = {});
    const JsonPath &path() const { return m_path; }

private:
    bool typeOf(ondemand::value &value, ondemand::json_type &type);
    bool wrongType(const char *expected, ondemand::json_type got);
    bool readKey(ondemand::field &field, std::string_view &key);
    bool checkWellFormed(ondemand::value value, int depth);
    bool checkRootWellFormed(ondemand::json_type type);
    bool syntaxError(simdjson::error_code error);
    Failure syntaxFailure(simdjson::error_code error);

    ondemand::parser m_parser;
    ondemand::document m_document;
    const char *m_begin = nullptr;
    JsonPath m_path;
    std::optional<Failure> m_failure;
};

// The JSON type's name, as messages use it.
QString typeName(ondemand::json_type type);

template<typename Key, typename OnKey> bool Reader::readObject(ondemand::value &value, OnKey onKey)
{
    ondemand::json_type type{};
    if (!typeOf(value, type))
        return false;
    if (type != ondemand::json_type::object)
        return wrongType("object", type);
    ondemand::object object;
    if (const auto error = value.get_object().get(object))
        return syntaxError(error);
    return readObjectKeys<Key>(object, onKey);
}

template<typename Key, typename OnKey>
bool Reader::readObjectKeys(ondemand::object &object, OnKey onKey)
{
    constexpr auto &names = KeyNames<Key>::names;
    static_assert(names.size() == keyCount<Key>(), "a name for every key, in the enum's order");
    std::bitset<keyCount<Key>()> seen;
    for (auto result : object) {
        ondemand::field field;
        std::string_view name;
        if (const auto error = std::move(result).get(field))
            return syntaxError(error);
        if (!readKey(field, name))
            return false;
        std::size_t index = 0;
        while (index < names.size() && names[index] != name)
            ++index;
        if (index == names.size()) {
            if (!checkWellFormed(field.value(), 1))
                return false;
            continue;
        }
        seen.set(index);
        m_path.push(names[index]);
        const bool ok = onKey(Key(index), field.value());
        m_path.pop();
        if (!ok)
            return false;
    }
    for (std::size_t index = 0; index < names.size(); ++index) {
        if (!seen.test(index)) {
            m_path.push(names[index]);
            fail(Reason::MissingProperty);
            m_path.pop();
            return false;
        }
    }
    return true;
}

template<typename OnElement> bool Reader::readArray(ondemand::value &value, OnElement onElement)
{
    ondemand::json_type type{};
    if (!typeOf(value, type))
        return false;
    if (type != ondemand::json_type::array)
        return wrongType("array", type);
    ondemand::array array;
    if (const auto error = value.get_array().get(array))
        return syntaxError(error);
    std::size_t index = 0;
    for (auto result : array) {
        ondemand::value element;
        if (const auto error = std::move(result).get(element))
            return syntaxError(error);
        m_path.push(index++);
        const bool ok = onElement(element);
        m_path.pop();
        if (!ok)
            return false;
    }
    return true;
}

inline bool Reader::typeOf(ondemand::value &value, ondemand::json_type &type)
{
    if (const auto error = value.type().get(type))
        return syntaxError(error);
    return true;
}

inline bool Reader::readString(ondemand::value &value, std::string_view &text)
{
    ondemand::json_type type{};
    if (!typeOf(value, type))
        return false;
    if (type != ondemand::json_type::string)
        return wrongType("string", type);
    // Most strings hold no escapes: take them straight from the input rather than have
    // simdjson unescape each into a buffer that, over a large document, grows as large as the
    // document's text.
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

inline bool Reader::readKey(ondemand::field &field, std::string_view &key)
{
    // As readString(): a key without escapes is read in place.
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

inline bool Reader::readBool(ondemand::value &value, bool &out)
{
    ondemand::json_type type{};
    if (!typeOf(value, type))
        return false;
    if (type != ondemand::json_type::boolean)
        return wrongType("boolean", type);
    if (const auto error = value.get_bool().get(out))
        return syntaxError(error);
    return true;
}

} // namespace kombo::json
