// SPDX-License-Identifier: MIT
#include "common/logging.h"
#include "common/safetext.h"

#include <cstdio>
#include <QTemporaryFile>
#include <QTextDocumentFragment>
#include <QtTest>
#include <unistd.h>

using namespace kombo;

// The one place that makes untrusted text safe for a terminal, a banner, a label or a tooltip.
class TestSafeText : public QObject
{
    Q_OBJECT

private slots:
    void oneLine_replacesWhatATerminalWouldObey_data();
    void oneLine_replacesWhatATerminalWouldObey();
    void oneLine_capsAt300Characters();
    void capped_neverSplitsASurrogatePair();
    void plainToolTip_showsMarkupAsWritten();
    void plainToolTip_isCapped();
    void qtMessages_reachStderrAsOneSafeLine();
};

void TestSafeText::oneLine_replacesWhatATerminalWouldObey_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QString r(QChar(0xFFFD));
    QTest::newRow("plain") << QStringLiteral("HTTP 404: not found")
                           << QStringLiteral("HTTP 404: not found");
    QTest::newRow("forged line") << QStringLiteral("a\nkombo-coverage: FAKE")
                                 << QStringLiteral("a%1kombo-coverage: FAKE").arg(r);
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("a%1b").arg(r);
    QTest::newRow("terminal title")
        << QStringLiteral("\x1b]0;owned\x07") << QStringLiteral("%1]0;owned%1").arg(r);
    QTest::newRow("NUL") << QString(QStringLiteral("a")) + QChar(0) + QStringLiteral("b")
                         << QStringLiteral("a%1b").arg(r);
    QTest::newRow("DEL") << QStringLiteral("a\x7f") << QStringLiteral("a%1").arg(r);
    QTest::newRow("C1 CSI") << QStringLiteral("a") + QChar(0x9b) + QStringLiteral("31m")
                            << QStringLiteral("a") + r + QStringLiteral("31m");
    QTest::newRow("right-to-left override")
        << QStringLiteral("gpj.") + QChar(0x202e) + QStringLiteral("exe")
        << QStringLiteral("gpj.%1exe").arg(r);
    QTest::newRow("isolate") << QString(QChar(0x2067)) << r;
    QTest::newRow("line separator") << QString(QChar(0x2028)) << r;
    QTest::newRow("unicode stays")
        << QStringLiteral("Équipes 従業員 🦦") << QStringLiteral("Équipes 従業員 🦦");
}

void TestSafeText::oneLine_replacesWhatATerminalWouldObey()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(oneLine(text), expected);
}

void TestSafeText::oneLine_capsAt300Characters()
{
    const QString line = oneLine(QString(5 * 1024 * 1024, QLatin1Char('x')));
    QCOMPARE(line.size(), kMaxLineChars);
    QCOMPARE(line.back(), QChar(0x2026));
    QCOMPARE(oneLine(QString(300, QLatin1Char('x'))), QString(300, QLatin1Char('x')));
}

void TestSafeText::capped_neverSplitsASurrogatePair()
{
    const QString otters = QString(QStringLiteral("🦦")).repeated(10); // 20 UTF-16 units
    for (qsizetype max = 1; max < 20; ++max) {
        const QString cut = capped(otters, max);
        QVERIFY(cut.size() <= max);
        QVERIFY2(cut.isValidUtf16(), qPrintable(cut));
        QCOMPARE(cut.back(), QChar(0x2026));
    }
}

void TestSafeText::plainToolTip_showsMarkupAsWritten()
{
    const QString hostile =
        QStringLiteral("<img src=\"/etc/passwd\" width=1000000 height=1000000><b>bold</b> &amp;");
    const QString tip = plainToolTip(hostile);
    QVERIFY(Qt::mightBeRichText(tip)); // so Qt does not guess: it is our HTML, escaped
    QCOMPARE(QTextDocumentFragment::fromHtml(tip).toPlainText(), hostile);
    QVERIFY(!tip.contains(QStringLiteral("<img")));
}

void TestSafeText::plainToolTip_isCapped()
{
    const QString tip = plainToolTip(QString(10 * 1024 * 1024, QLatin1Char('x')));
    QVERIFY(tip.size() < kMaxDetailChars + 100);
}

void TestSafeText::qtMessages_reachStderrAsOneSafeLine()
{
    // Qt's own warnings may quote a logo or a path; they go through the same door.
    QTemporaryFile capture;
    QVERIFY(capture.open());
    std::fflush(stderr);
    const int saved = ::dup(STDERR_FILENO);
    QVERIFY(::dup2(capture.handle(), STDERR_FILENO) >= 0);
    installSafeMessageHandler();
    qWarning("logo: #nope\nkombo-coverage: FORGED \x1b]0;t\x07 done");
    qInstallMessageHandler(nullptr);
    std::fflush(stderr);
    ::dup2(saved, STDERR_FILENO);
    ::close(saved);
    capture.seek(0);
    const QByteArray written = capture.readAll();
    QCOMPARE(written.count('\n'), 1);
    QVERIFY2(!written.contains('\x1b') && !written.contains('\x07'), written.constData());
    QVERIFY2(written.startsWith("default: logo: #nope\xEF\xBF\xBDkombo-coverage: FORGED"),
             written.constData());
}

QTEST_GUILESS_MAIN(TestSafeText)
#include "tst_safetext.moc"
