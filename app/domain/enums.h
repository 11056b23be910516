// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <QString>
#include <string_view>

namespace kombo {

// The API's closed vocabularies. Each enum lists the schema's values in schema order and ends
// with `Unrecognised`: Kombo may add values before we learn them, and a new value must not
// make a whole integration unreadable (SPEC §3).

enum class CoverageStatus : std::uint8_t
{
    Supported,
    Unsupported,
    NotImplemented,
    Unknown,
    Unrecognised
};
enum class ScopeSetting : std::uint8_t
{
    Enabled,
    Disabled,
    Optional,
    Unrecognised
};
enum class Category : std::uint8_t
{
    Hris,
    Ats,
    Assessment,
    Lms,
    Unrecognised
};
enum class IntegrationStatus : std::uint8_t
{
    Active,
    Invalid,
    Inactive,
    Unrecognised
};
enum class SetupStatus : std::uint8_t
{
    Incomplete,
    FinalSyncPending,
    Completed,
    Unrecognised
};

// The wire names of each enum's known values, indexed by the enumerator.
template<typename Enum> struct EnumNames;

template<> struct EnumNames<CoverageStatus>
{
    static constexpr std::array<std::string_view, 4> values{"SUPPORTED", "UNSUPPORTED",
                                                            "NOT_IMPLEMENTED", "UNKNOWN"};
};
template<> struct EnumNames<ScopeSetting>
{
    static constexpr std::array<std::string_view, 3> values{"ENABLED", "DISABLED", "OPTIONAL"};
};
template<> struct EnumNames<Category>
{
    static constexpr std::array<std::string_view, 4> values{"HRIS", "ATS", "ASSESSMENT", "LMS"};
};
template<> struct EnumNames<IntegrationStatus>
{
    static constexpr std::array<std::string_view, 3> values{"ACTIVE", "INVALID", "INACTIVE"};
};
template<> struct EnumNames<SetupStatus>
{
    static constexpr std::array<std::string_view, 3> values{"INCOMPLETE", "FINAL_SYNC_PENDING",
                                                            "COMPLETED"};
};

// The enumerator whose wire name is `text`, or Enum::Unrecognised.
template<typename Enum> constexpr Enum enumFromWireName(std::string_view text)
{
    const auto &names = EnumNames<Enum>::values;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (names[i] == text)
            return static_cast<Enum>(i);
    }
    return Enum::Unrecognised;
}

// The wire name of a known enumerator; nothing for Enum::Unrecognised.
template<typename Enum> constexpr std::optional<std::string_view> knownWireName(Enum value)
{
    const auto &names = EnumNames<Enum>::values;
    const auto index = std::size_t(value);
    return index < names.size() ? std::optional(names[index]) : std::nullopt;
}

// A value read from the API: one of the known enumerators, or the index of the raw text of a
// value the schema does not list (in Integration::unrecognisedValues). Four bytes, because an
// integration can hold a million fields: the index has 24 bits, room for 16 million
// different unrecognised values.
template<typename Enum> struct OpenEnum
{
    static constexpr std::uint32_t kMaxUnrecognised = (1u << 24) - 1;

    Enum value = Enum::Unrecognised;

    constexpr bool isRecognised() const { return value != Enum::Unrecognised; }
    constexpr std::uint32_t unrecognisedIndex() const
    {
        return std::uint32_t(m_indexHigh) << 16 | m_indexLow;
    }
    constexpr void setUnrecognisedIndex(std::uint32_t index)
    {
        m_indexHigh = std::uint8_t(index >> 16);
        m_indexLow = std::uint16_t(index);
    }
    friend constexpr bool operator==(OpenEnum a, OpenEnum b)
    {
        return a.value == b.value &&
               (a.isRecognised() || a.unrecognisedIndex() == b.unrecognisedIndex());
    }
    friend constexpr bool operator!=(OpenEnum a, OpenEnum b) { return !(a == b); }

private:
    std::uint8_t m_indexHigh = 0;
    std::uint16_t m_indexLow = 0;
};
static_assert(sizeof(OpenEnum<CoverageStatus>) == 4);

} // namespace kombo
