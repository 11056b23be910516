// SPDX-License-Identifier: MIT
#include "history/watch.h"

#include <QSignalSpy>
#include <QtTest>

using namespace kombo;
using namespace std::chrono_literals;

// The watch schedule on a clock the test moves: nothing here waits for real time.
class TestWatch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void off_isNeverDue();
    void interval_isDueOnlyAfterItHasPassed_data();
    void interval_isDueOnlyAfterItHasPassed();
    void runningCheck_isNotStartedAgain();
    void nextCheck_countsFromTheStartOfTheLast();
    void retryAfter_pushesTheNextCheckLater();
    void shorterInterval_afterACheck_waitsTheNewInterval();
    void turningOff_stopsChecks();

private:
    std::chrono::milliseconds m_now{1'000'000};
    std::unique_ptr<Watch> m_watch;
};

void TestWatch::init()
{
    m_now = 1'000'000ms;
    m_watch = std::make_unique<Watch>();
    m_watch->setClock([this] { return m_now; });
}

void TestWatch::off_isNeverDue()
{
    QSignalSpy due(m_watch.get(), &Watch::due);
    m_now += 24h;
    m_watch->poll();
    QCOMPARE(due.size(), 0);
    QCOMPARE(m_watch->nextCheckIn(), std::nullopt);
}

void TestWatch::interval_isDueOnlyAfterItHasPassed_data()
{
    QTest::addColumn<int>("interval");
    QTest::addColumn<qint64>("minutes");
    QTest::newRow("15 min") << int(WatchInterval::Every15Minutes) << qint64(15);
    QTest::newRow("1 h") << int(WatchInterval::EveryHour) << qint64(60);
    QTest::newRow("4 h") << int(WatchInterval::Every4Hours) << qint64(240);
}

void TestWatch::interval_isDueOnlyAfterItHasPassed()
{
    QFETCH(int, interval);
    QFETCH(qint64, minutes);
    QSignalSpy due(m_watch.get(), &Watch::due);
    m_watch->setInterval(WatchInterval(interval));
    QCOMPARE(m_watch->nextCheckIn(), std::optional(std::chrono::milliseconds(minutes * 60'000)));
    m_now += std::chrono::minutes(minutes) - 1ms;
    m_watch->poll();
    QCOMPARE(due.size(), 0);
    m_now += 1ms;
    m_watch->poll();
    QCOMPARE(due.size(), 1);
    QVERIFY(m_watch->isChecking());
}

void TestWatch::runningCheck_isNotStartedAgain()
{
    QSignalSpy due(m_watch.get(), &Watch::due);
    m_watch->setInterval(WatchInterval::Every15Minutes);
    m_now += 15min;
    m_watch->poll();
    m_now += 2h; // a check that hangs for hours still counts as one
    m_watch->poll();
    QCOMPARE(due.size(), 1);
    QCOMPARE(m_watch->nextCheckIn(), std::nullopt);
}

void TestWatch::nextCheck_countsFromTheStartOfTheLast()
{
    QSignalSpy due(m_watch.get(), &Watch::due);
    m_watch->setInterval(WatchInterval::EveryHour);
    m_now += 1h;
    m_watch->poll();
    m_now += 10min; // the check took ten minutes
    m_watch->checkFinished();
    QCOMPARE(m_watch->nextCheckIn(), std::optional(std::chrono::milliseconds(50min)));
    m_now += 50min - 1ms;
    m_watch->poll();
    QCOMPARE(due.size(), 1);
    m_now += 1ms;
    m_watch->poll();
    QCOMPARE(due.size(), 2);
}

void TestWatch::retryAfter_pushesTheNextCheckLater()
{
    QSignalSpy due(m_watch.get(), &Watch::due);
    m_watch->setInterval(WatchInterval::Every15Minutes);
    m_now += 15min;
    m_watch->poll();
    m_watch->checkFinished(std::chrono::seconds(2 * 3600)); // 429 with Retry-After: 7200
    QCOMPARE(m_watch->nextCheckIn(), std::optional(std::chrono::milliseconds(2h)));
    m_now += 1h;
    m_watch->poll();
    QCOMPARE(due.size(), 1);
    // Choosing the interval again does not bring the check before the server's time.
    m_watch->setInterval(WatchInterval::Every15Minutes);
    QCOMPARE(m_watch->nextCheckIn(), std::optional(std::chrono::milliseconds(1h)));
    m_now += 1h;
    m_watch->poll();
    QCOMPARE(due.size(), 2);
    // A short Retry-After does not make checks more frequent than the interval.
    m_watch->checkFinished(std::chrono::seconds(30));
    QCOMPARE(m_watch->nextCheckIn(), std::optional(std::chrono::milliseconds(15min)));
}

void TestWatch::shorterInterval_afterACheck_waitsTheNewInterval()
{
    m_watch->setInterval(WatchInterval::Every4Hours);
    m_now += 4h;
    m_watch->poll();
    m_watch->checkFinished();
    m_now += 5min;
    m_watch->setInterval(WatchInterval::Every15Minutes);
    QCOMPARE(m_watch->nextCheckIn(), std::optional(std::chrono::milliseconds(15min)));
}

void TestWatch::turningOff_stopsChecks()
{
    QSignalSpy due(m_watch.get(), &Watch::due);
    m_watch->setInterval(WatchInterval::Every15Minutes);
    m_watch->setInterval(WatchInterval::Off);
    m_now += 1h;
    m_watch->poll();
    QCOMPARE(due.size(), 0);
}

QTEST_GUILESS_MAIN(TestWatch)
#include "tst_watch.moc"
