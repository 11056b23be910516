// SPDX-License-Identifier: MIT
#include "history/watch.h"

#include <algorithm>

namespace kombo {

namespace {

// The timer wakes at least this often and asks the clock: a timer's own wait may not count
// the time a laptop spent asleep.
constexpr std::chrono::milliseconds kLongestSleep = std::chrono::minutes(1);

std::chrono::milliseconds steadyNow()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch());
}

} // namespace

std::chrono::milliseconds Watch::length(WatchInterval interval)
{
    switch (interval) {
    case WatchInterval::Off:
        break;
    case WatchInterval::Every15Minutes:
        return std::chrono::minutes(15);
    case WatchInterval::EveryHour:
        return std::chrono::hours(1);
    case WatchInterval::Every4Hours:
        return std::chrono::hours(4);
    }
    return {};
}

Watch::Watch(QObject *parent) : QObject(parent), m_clock(steadyNow)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Watch::poll);
}

void Watch::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void Watch::setInterval(WatchInterval interval)
{
    m_interval = interval;
    if (interval == WatchInterval::Off) {
        m_timer.stop();
        return;
    }
    const std::chrono::milliseconds now = m_clock();
    m_next = std::max(now + length(interval), m_notBefore);
    // A shorter interval chosen just after a check does not bring the next one closer than
    // the new interval allows.
    if (m_started)
        m_next = std::max(m_next, m_lastStart + length(interval));
    arm();
}

std::optional<std::chrono::milliseconds> Watch::nextCheckIn() const
{
    if (m_interval == WatchInterval::Off || m_checking)
        return std::nullopt;
    return std::max(m_next - m_clock(), std::chrono::milliseconds(0));
}

void Watch::checkFinished(std::optional<std::chrono::seconds> retryAfter)
{
    if (!m_checking)
        return;
    m_checking = false;
    const std::chrono::milliseconds now = m_clock();
    if (retryAfter)
        m_notBefore = std::max(m_notBefore, now + *retryAfter);
    m_next = std::max(m_lastStart + length(m_interval), m_notBefore);
    arm();
}

void Watch::poll()
{
    if (m_interval == WatchInterval::Off || m_checking)
        return;
    const std::chrono::milliseconds now = m_clock();
    if (now < m_next) {
        arm();
        return;
    }
    m_checking = true;
    m_started = true;
    m_lastStart = now;
    emit due();
}

void Watch::arm()
{
    const std::optional<std::chrono::milliseconds> wait = nextCheckIn();
    if (!wait) {
        m_timer.stop();
        return;
    }
    m_timer.start(std::min(*wait, kLongestSleep));
}

} // namespace kombo
