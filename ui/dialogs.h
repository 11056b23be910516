// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QString>
#include <utility>

class QNetworkAccessManager;
class QSystemTrayIcon;
class QUrl;
class QWidget;

namespace kombo {

class ApiKeyStore;

// What the export dialog asks.
struct ExportChoice
{
    QString path;
    bool filteredView = false; // only what the filters show
    bool byteOrderMark = false;
};

// What to do with requirements edited but not saved, before they would be lost.
enum class UnsavedChoice
{
    Save,
    Discard,
    Cancel
};

// Every modal question the window asks, behind one seam so that tests answer without a
// dialog ever blocking.
class Dialogs
{
public:
    virtual ~Dialogs() = default;
    virtual QString openResponsePath(QWidget *parent, const QString &folder) = 0;
    // Several saved responses at once (File → Open); empty when the person cancels.
    virtual QStringList openResponsePaths(QWidget *parent, const QString &folder) = 0;
    // Integration IDs, one a line ("Open several IDs…"); empty when the person cancels.
    virtual QStringList integrationIds(QWidget *parent) = 0;
    // Where to export the compare view's matrix CSV, and whether only the filtered rows.
    virtual std::optional<ExportChoice> matrixExportChoice(QWidget *parent,
                                                           const QString &suggestedPath,
                                                           bool isFiltered) = 0;
    virtual QString saveResponsePath(QWidget *parent, const QString &suggestedPath) = 0;
    virtual std::optional<ExportChoice> exportChoice(QWidget *parent, const QString &suggestedPath,
                                                     bool isFiltered) = 0;
    // Where to export the changes CSV (SPEC §9); empty: cancelled.
    virtual QString exportChangesPath(QWidget *parent, const QString &suggestedPath) = 0;
    // A desktop notification (not modal): the tray's message, which goes to the freedesktop
    // notification service where there is one; else the window asks for attention.
    virtual void notify(QWidget *parent, const QString &title, const QString &message) = 0;
    // Requirements files (SPEC §8); an empty path: the person cancelled.
    virtual QString openRequirementsPath(QWidget *parent, const QString &folder) = 0;
    virtual QString saveRequirementsPath(QWidget *parent, const QString &suggestedPath) = 0;
    // `name`: the requirements' file name, or "Untitled".
    virtual UnsavedChoice unsavedRequirements(QWidget *parent, const QString &name) = 0;
    // Settings (the API key); `baseUrl` is where a key is checked.
    virtual void showSettings(QWidget *parent, const QUrl &baseUrl) = 0;
    virtual void showShortcuts(QWidget *parent) = 0;
    virtual void showAbout(QWidget *parent) = 0;
    // A web page, in the person's browser.
    virtual void openWebPage(const QUrl &url) = 0;
};

// The real dialogs.
class StandardDialogs final : public Dialogs
{
    Q_DECLARE_TR_FUNCTIONS(StandardDialogs)

public:
    StandardDialogs(ApiKeyStore &keys, QNetworkAccessManager *network);
    ~StandardDialogs() override;

    QString openResponsePath(QWidget *parent, const QString &folder) override;
    QStringList openResponsePaths(QWidget *parent, const QString &folder) override;
    QStringList integrationIds(QWidget *parent) override;
    std::optional<ExportChoice> matrixExportChoice(QWidget *parent, const QString &suggestedPath,
                                                   bool isFiltered) override;
    QString saveResponsePath(QWidget *parent, const QString &suggestedPath) override;
    std::optional<ExportChoice> exportChoice(QWidget *parent, const QString &suggestedPath,
                                             bool isFiltered) override;
    QString exportChangesPath(QWidget *parent, const QString &suggestedPath) override;
    void notify(QWidget *parent, const QString &title, const QString &message) override;
    QString openRequirementsPath(QWidget *parent, const QString &folder) override;
    QString saveRequirementsPath(QWidget *parent, const QString &suggestedPath) override;
    UnsavedChoice unsavedRequirements(QWidget *parent, const QString &name) override;
    void showSettings(QWidget *parent, const QUrl &baseUrl) override;
    void showShortcuts(QWidget *parent) override;
    void showAbout(QWidget *parent) override;
    void openWebPage(const QUrl &url) override;

private:
    // The export dialogs of the tree and the matrix: everything, or what the filters show.
    std::optional<ExportChoice> askExport(QWidget *parent, const QString &suggestedPath,
                                          bool isFiltered, const QString &title,
                                          const QString &everythingText);

    ApiKeyStore &m_keys;
    QNetworkAccessManager *m_network;
    std::unique_ptr<QSystemTrayIcon> m_tray; // made at the first notification
};

// The project's home page and Kombo's API documentation, for Help and About.
QUrl projectHomePage();
QUrl komboApiDocumentation();

// The keyboard shortcuts the window offers, as rows of key and what it does (for Help).
QList<std::pair<QString, QString>> keyboardShortcuts();

} // namespace kombo
