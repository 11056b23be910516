// SPDX-License-Identifier: MIT
#pragma once

#include "domain/failure.h"

#include <optional>
#include <utility>
#include <variant>

namespace kombo {

// The one way to fail: a value or the Failure that stopped it. Result<void> is success or a
// Failure. Test with failure(), which is null on success:
//     if (const Failure *failure = result.failure()) ...
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Failure failure) : m_state(std::move(failure)) {}

    const Failure *failure() const & { return std::get_if<Failure>(&m_state); }
    // It would point into a temporary: keep the Result in a variable first.
    const Failure *failure() const && = delete;
    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }

private:
    std::variant<T, Failure> m_state;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Failure failure) : m_failure(std::move(failure)) {}

    const Failure *failure() const & { return m_failure ? &*m_failure : nullptr; }
    const Failure *failure() const && = delete; // as above

private:
    std::optional<Failure> m_failure;
};

} // namespace kombo
