// SPDX-License-Identifier: MIT
// The window in the system's language (SPEC §7). CTest runs this twice: under
// LANG=de_DE.UTF-8, and again with LANGUAGE=en, which forces English.
#include "common/translations.h"
#include "fakesecretstore.h"
#include "net/logoloader.h"
#include "scripteddialogs.h"
#include "testfiles.h"
#include "ui/filterbar.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"

#include <QLabel>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTreeView>
#include <QtTest>

using namespace kombo;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void window_speaksTheSystemsLanguage();
    void counts_havePluralForms();
    void failures_areWordedInTheWindowsLanguage();

private:
    bool german() const { return m_german; }
    bool m_german = false;
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_german = qEnvironmentVariable("LANGUAGE").isEmpty();
    QVERIFY(qEnvironmentVariable("LANG").startsWith(QStringLiteral("de_DE")));
    installTranslations(*QCoreApplication::instance());
}

void TestTranslations::window_speaksTheSystemsLanguage()
{
    ScriptedDialogs dialogs;
    FixedKey environment;
    FakeSecretStore keychain;
    ApiKeyStore keys(keychain, environment);
    QNetworkAccessManager network;
    LogoLoader logos(&network);
    MainWindow window(dialogs, &network, logos, keys);
    window.show();
    QVERIFY(window.loadDemo());
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus << action->text();
    const auto *tree = window.findChild<QTreeView *>(QStringLiteral("coverageTree"));
    const QString firstGroup = tree->model()->index(0, 0).data().toString();
    const QString shown = window.findChild<QLabel *>(QStringLiteral("shownCount"))->text();
    if (german()) {
        QCOMPARE(menus.first(), QStringLiteral("&Datei"));
        QVERIFY2(firstGroup.startsWith(QStringLiteral("Lesemodelle")), qPrintable(firstGroup));
        QCOMPARE(shown, QStringLiteral("189 von 189 Feldern angezeigt"));
    } else {
        QCOMPARE(menus.first(), QStringLiteral("&File"));
        QVERIFY2(firstGroup.startsWith(QStringLiteral("Read models")), qPrintable(firstGroup));
        QCOMPARE(shown, QStringLiteral("Showing 189 of 189 fields"));
    }
}

void TestTranslations::counts_havePluralForms()
{
    FilterBar bar;
    const auto *shown = bar.findChild<QLabel *>(QStringLiteral("shownCount"));
    bar.setShownCount(1, 1);
    QCOMPARE(shown->text(), german() ? QStringLiteral("1 von 1 Feld angezeigt")
                                     : QStringLiteral("Showing 1 of 1 field"));
    bar.setShownCount(0, 2);
    QCOMPARE(shown->text(), german() ? QStringLiteral("0 von 2 Feldern angezeigt")
                                     : QStringLiteral("Showing 0 of 2 fields"));
}

void TestTranslations::failures_areWordedInTheWindowsLanguage()
{
    // One failure: the window words it in its language, the command line in English.
    const Failure failure(FailureKind::InvalidInput, Reason::EmptyResponse);
    QCOMPARE(failure.message(), QStringLiteral("the response is empty"));
    if (german())
        QVERIFY2(failure.localizedMessage() != failure.message(),
                 qPrintable(failure.localizedMessage()));
    else
        QCOMPARE(failure.localizedMessage(), failure.message());
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
