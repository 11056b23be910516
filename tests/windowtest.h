// SPDX-License-Identifier: MIT
#pragma once

#include "common/translations.h"
#include "fakesecretstore.h"
#include "keys/apikeystore.h"
#include "net/logoloader.h"
#include "scripteddialogs.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"

#include <memory>
#include <QApplication>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QtTest>

namespace kombo {

// What the GUI tests share: the real window, with scripted dialogs, a fake keychain and
// KOMBO_API_KEY set, made afresh for each test function and gone after it.
class WindowTest : public QObject
{
protected:
    // Once per test program: settings in a test folder, English with its plurals, one style.
    static void prepareApplication()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(*QCoreApplication::instance());
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }

    // A new window, shown at 1280 × 820; false when it never appeared.
    bool openWindow()
    {
        m_dialogs = ScriptedDialogs();
        m_key.value = QStringLiteral("sk_test_window");
        m_keychain = FakeSecretStore();
        m_keys = std::make_unique<ApiKeyStore>(m_keychain, m_key);
        m_dialogs.keys = m_keys.get();
        m_network = std::make_unique<QNetworkAccessManager>();
        m_logos = std::make_unique<LogoLoader>(m_network.get());
        m_window = std::make_unique<MainWindow>(m_dialogs, m_network.get(), *m_logos, *m_keys);
        m_window->resize(1280, 820);
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get());
    }

    void closeWindow()
    {
        m_window.reset();
        m_keys.reset();
        m_logos.reset();
        m_network.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    template<typename T> T *find(const char *name) const
    {
        return m_window->findChild<T *>(QString::fromLatin1(name));
    }
    // What the banner says; empty when it is hidden.
    QString bannerText() const
    {
        const auto *banner = find<MessageBanner>("messageBanner");
        return banner->isVisible() ? banner->text() : QString();
    }

    ScriptedDialogs m_dialogs;
    FixedKey m_key; // KOMBO_API_KEY
    FakeSecretStore m_keychain;
    std::unique_ptr<ApiKeyStore> m_keys;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<LogoLoader> m_logos;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

} // namespace kombo
