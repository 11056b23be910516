// SPDX-License-Identifier: MIT
#include "domain/failure.h"
#include "domain/result.h"

#include <QtTest>

using namespace kombo;

// A failure is a kind, a reason and its arguments; its words come from one table.
class TestFailure : public QObject
{
    Q_OBJECT

private slots:
    void message_fillsTheReasonsWording_data();
    void message_fillsTheReasonsWording();
    void everyReason_hasWords();
    void result_holdsAValueOrAFailure();
};

void TestFailure::message_fillsTheReasonsWording_data()
{
    QTest::addColumn<QVariant>("failureHolder");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, Failure failure, const char *expected) {
        QTest::newRow(name) << QVariant::fromValue(std::make_shared<Failure>(std::move(failure)))
                            << QString::fromUtf8(expected);
    };
    row("no arguments", Failure(FailureKind::Usage, Reason::NoApiKey),
        "no API key: set KOMBO_API_KEY, or save one in the window's Settings");
    row("three arguments",
        Failure(FailureKind::InvalidInput, Reason::WrongType,
                {QStringLiteral("data.beta"), QStringLiteral("boolean"), QStringLiteral("string")}),
        "data.beta: expected boolean, got string");
    // An argument is inserted as it is: a "%2" in a server's text is not a placeholder.
    row("placeholder inside an argument",
        Failure(FailureKind::Api, Reason::HttpStatus,
                {QStringLiteral("404 Not Found"), QStringLiteral("100%2 sure %1")}),
        "HTTP 404 Not Found: 100%2 sure %1");
    Failure retried(FailureKind::Api, Reason::HttpStatus,
                    {QStringLiteral("503 Service Unavailable"), QStringLiteral("busy")});
    retried.attempts = 4;
    row("after attempts", retried, "HTTP 503 Service Unavailable: busy (after 4 attempts)");
    Failure later(FailureKind::Api, Reason::HttpStatus,
                  {QStringLiteral("429 Too Many Requests"), QStringLiteral("slow down")});
    later.retryLater =
        Failure::RetryHint{90000, QDateTime(QDate(2026, 12, 1), QTime(14, 0), QTimeZone::utc())};
    row("retry later names the date", later,
        "HTTP 429 Too Many Requests: slow down; try again in 90000 s (after 2026-12-01 14:00:00 "
        "UTC)");
}

void TestFailure::message_fillsTheReasonsWording()
{
    QFETCH(QVariant, failureHolder);
    QFETCH(QString, expected);
    const Failure &failure = *failureHolder.value<std::shared_ptr<Failure>>();
    QCOMPARE(failure.message(), expected);
    // Without a translator installed, the window's words are the same.
    QCOMPARE(failure.localizedMessage(), expected);
}

void TestFailure::everyReason_hasWords()
{
    for (int reason = 0; reason <= int(Reason::Cancelled); ++reason) {
        const Failure failure(FailureKind::InvalidInput, Reason(reason),
                              {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        QVERIFY2(!failure.message().isEmpty(), qPrintable(QString::number(reason)));
        QVERIFY2(!failure.message().contains(QLatin1Char('%')),
                 qPrintable(failure.message())); // every placeholder filled
    }
}

void TestFailure::result_holdsAValueOrAFailure()
{
    const Result<int> value = 7;
    QVERIFY(!value.failure());
    QCOMPARE(value.value(), 7);
    const Result<int> failed = Failure(FailureKind::Output, Reason::OutputIsFolder);
    QVERIFY(failed.failure());
    QCOMPARE(failed.failure()->exitCode(), 6);
    const Result<void> done;
    QVERIFY(!done.failure());
    const Result<void> cancelled = Failure(FailureKind::Cancelled, Reason::Cancelled);
    QCOMPARE(cancelled.failure()->message(), QStringLiteral("cancelled"));
}

QTEST_GUILESS_MAIN(TestFailure)
#include "tst_failure.moc"
