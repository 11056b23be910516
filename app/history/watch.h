// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <QObject>
#include <QTimer>

namespace kombo {

// How often the window checks the integration shown again (Integration → Check again every…).
enum class WatchInterval
{
    Off,
    Every15Minutes,
    EveryHour,
    Every4Hours
};

// When to check an integration again in the background: never more often than the interval
// chosen (from the start of one check to the start of the next), never while a check runs,
// and not before a server's Retry-After has passed. It only says when (due()); the caller
// checks and reports back with checkFinished(). The clock is injectable, so that tests move
// time rather than wait for it.
class Watch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Watch)

public:
    // A monotonic clock: time since some fixed point.
    using Clock = std::function<std::chrono::milliseconds()>;

    static std::chrono::milliseconds length(WatchInterval interval);

    explicit Watch(QObject *parent = nullptr);

    void setClock(Clock clock);

    // The first check comes one interval from now (what is shown was just loaded), or later
    // when a Retry-After still holds.
    void setInterval(WatchInterval interval);
    WatchInterval interval() const { return m_interval; }
    bool isChecking() const { return m_checking; }

    // How long until the next check is due; nothing when off or while a check runs.
    std::optional<std::chrono::milliseconds> nextCheckIn() const;

    // The check due() asked for is over; `retryAfter`, when the server asked for a wait,
    // puts the next one at least that far off.
    void checkFinished(std::optional<std::chrono::seconds> retryAfter = std::nullopt);

    // Emits due() when a check is due. The timer calls it; a test calls it after moving its
    // clock.
    void poll();

signals:
    void due();

private:
    void arm();

    Clock m_clock;
    WatchInterval m_interval = WatchInterval::Off;
    std::chrono::milliseconds m_next{0};      // when the next check is due
    std::chrono::milliseconds m_notBefore{0}; // what Retry-After asked for
    std::chrono::milliseconds m_lastStart{0};
    bool m_checking = false;
    bool m_started = false; // whether a check ever started
    QTimer m_timer;
};

} // namespace kombo
