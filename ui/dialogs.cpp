// SPDX-License-Identifier: MIT
#include "ui/dialogs.h"

#include "load/batchloader.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSystemTrayIcon>
#include <QUrl>
#include <QVBoxLayout>

namespace kombo {

StandardDialogs::StandardDialogs(ApiKeyStore &keys, QNetworkAccessManager *network)
    : m_keys(keys), m_network(network)
{}

StandardDialogs::~StandardDialogs() = default;

QString StandardDialogs::exportChangesPath(QWidget *parent, const QString &suggestedPath)
{
    return QFileDialog::getSaveFileName(parent, tr("Export changes CSV"), suggestedPath,
                                        tr("CSV files (*.csv)"));
}

void StandardDialogs::notify(QWidget *parent, const QString &title, const QString &message)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages()) {
        QApplication::alert(parent); // the taskbar entry asks for attention instead
        return;
    }
    if (!m_tray) {
        m_tray = std::make_unique<QSystemTrayIcon>(
            QIcon(QStringLiteral(":/kombo/icons/kombo-coverage.svg")));
        m_tray->setToolTip(tr("Kombo Coverage"));
        m_tray->show();
    }
    m_tray->showMessage(title, message, QSystemTrayIcon::Information);
}

QString StandardDialogs::openResponsePath(QWidget *parent, const QString &folder)
{
    return QFileDialog::getOpenFileName(parent, tr("Open saved response"), folder,
                                        tr("JSON responses (*.json);;All files (*)"));
}

QString StandardDialogs::saveResponsePath(QWidget *parent, const QString &suggestedPath)
{
    return QFileDialog::getSaveFileName(parent, tr("Save response as JSON"), suggestedPath,
                                        tr("JSON responses (*.json)"));
}

QStringList StandardDialogs::openResponsePaths(QWidget *parent, const QString &folder)
{
    return QFileDialog::getOpenFileNames(parent, tr("Open saved responses"), folder,
                                         tr("JSON responses (*.json);;All files (*)"));
}

QStringList StandardDialogs::integrationIds(QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Open several integrations"));
    auto *ids = new QPlainTextEdit(&dialog);
    ids->setObjectName(QStringLiteral("integrationIdsText"));
    ids->setPlaceholderText(tr("One integration ID a line"));
    ids->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Load"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Paste or type the integration IDs to load, one a line. At "
                                    "most four are fetched at once."),
                                 &dialog));
    layout->addWidget(ids, 1);
    layout->addWidget(buttons);
    dialog.resize(480, 360);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return integrationIdsIn(ids->toPlainText());
}

std::optional<ExportChoice> StandardDialogs::matrixExportChoice(QWidget *parent,
                                                                const QString &suggestedPath,
                                                                bool isFiltered)
{
    return askExport(parent, suggestedPath, isFiltered, tr("Export matrix CSV"),
                     tr("&All rows of the matrix"));
}

std::optional<ExportChoice>
StandardDialogs::exportChoice(QWidget *parent, const QString &suggestedPath, bool isFiltered)
{
    return askExport(parent, suggestedPath, isFiltered, tr("Export CSV"),
                     tr("&Everything in the integration"));
}

std::optional<ExportChoice> StandardDialogs::askExport(QWidget *parent,
                                                       const QString &suggestedPath,
                                                       bool isFiltered, const QString &title,
                                                       const QString &everythingText)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *everything = new QRadioButton(everythingText, &dialog);
    auto *filtered =
        new QRadioButton(tr("Only what the &filters show, in the shown order"), &dialog);
    auto *byteOrderMark = new QCheckBox(tr("Start with a byte-order mark (for &Excel)"), &dialog);
    everything->setChecked(!isFiltered);
    filtered->setChecked(isFiltered);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose file…"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Which rows?"), &dialog));
    layout->addWidget(everything);
    layout->addWidget(filtered);
    layout->addSpacing(8);
    layout->addWidget(byteOrderMark);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const QString path = QFileDialog::getSaveFileName(parent, title, suggestedPath,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return std::nullopt;
    return ExportChoice{path, filtered->isChecked(), byteOrderMark->isChecked()};
}

QString StandardDialogs::openRequirementsPath(QWidget *parent, const QString &folder)
{
    return QFileDialog::getOpenFileName(parent, tr("Open requirements"), folder,
                                        tr("Requirements (*.kcreq);;All files (*)"));
}

QString StandardDialogs::saveRequirementsPath(QWidget *parent, const QString &suggestedPath)
{
    QFileDialog dialog(parent, tr("Save requirements as"), suggestedPath,
                       tr("Requirements (*.kcreq)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("kcreq")); // the file type the desktop knows (§7)
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

UnsavedChoice StandardDialogs::unsavedRequirements(QWidget *parent, const QString &name)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved requirements"),
                    tr("The requirements in %1 have changes that are not saved.").arg(name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText); // a file name is anything
    box.setInformativeText(tr("Save them before going on?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return UnsavedChoice::Save;
    case QMessageBox::Discard:
        return UnsavedChoice::Discard;
    default:
        return UnsavedChoice::Cancel;
    }
}

void StandardDialogs::showSettings(QWidget *parent, const QUrl &baseUrl)
{
    SettingsDialog dialog(m_keys, m_network, baseUrl, parent);
    dialog.exec();
}

void StandardDialogs::openWebPage(const QUrl &url)
{
    QDesktopServices::openUrl(url);
}

QUrl projectHomePage()
{
    return QUrl(QStringLiteral(KOMBO_HOMEPAGE_URL));
}

QUrl komboApiDocumentation()
{
    return QUrl(QStringLiteral("https://docs.kombo.dev/"));
}

QList<std::pair<QString, QString>> keyboardShortcuts()
{
    // Key names in the person's language ("Strg+L" in German), as the menus show them.
    const auto key = [](const QKeySequence &sequence) {
        return sequence.toString(QKeySequence::NativeText);
    };
    return {
        {key(Qt::CTRL | Qt::Key_L), StandardDialogs::tr("Type an integration ID")},
        {QStringLiteral("Enter"), StandardDialogs::tr("Load it (in the ID box); next match (in the search box)")},
        {QStringLiteral("F5"), StandardDialogs::tr("Reload, keeping your place")},
        {QStringLiteral("Esc"), StandardDialogs::tr("Cancel a load; clear the search (in the search box)")},
        {key(QKeySequence::Find), StandardDialogs::tr("Search IDs and labels")},
        {QStringLiteral("F3 / Shift+F3"), StandardDialogs::tr("Next / previous match")},
        {key(QKeySequence::Copy),
         StandardDialogs::tr("Copy the selected rows (with a header, as for a spreadsheet)")},
        {key(QKeySequence::Open), StandardDialogs::tr("Open a saved response")},
        {key(QKeySequence::Save), StandardDialogs::tr("Save the loaded response")},
        {key(Qt::CTRL | Qt::Key_E), StandardDialogs::tr("Export CSV")},
        {key(Qt::CTRL | Qt::Key_Comma), StandardDialogs::tr("Settings, the API key")},
        {key(Qt::CTRL | Qt::SHIFT | Qt::Key_L), StandardDialogs::tr("Open several IDs")},
        {key(Qt::SHIFT | Qt::Key_F5), StandardDialogs::tr("Reload all open integrations")},
        {key(Qt::CTRL | Qt::Key_W), StandardDialogs::tr("Close the integration shown")},
        {key(Qt::CTRL | Qt::Key_M), StandardDialogs::tr("Compare the open integrations")},
        {key(Qt::CTRL | Qt::Key_1) + QStringLiteral(" / ") + key(Qt::CTRL | Qt::Key_2) +
             QStringLiteral(" / ") + key(Qt::CTRL | Qt::Key_0),
         StandardDialogs::tr("Mark the selected rows required / optional / not needed (in the "
                             "tree)")},
        {key(QKeySequence::HelpContents), StandardDialogs::tr("This list")},
    };
}

void StandardDialogs::showShortcuts(QWidget *parent)
{
    QString rows;
    for (const auto &[keys, action] : keyboardShortcuts()) {
        rows +=
            QStringLiteral("<tr><td style=\"padding-right:16px\"><b>%1</b></td><td>%2</td></tr>")
                .arg(keys.toHtmlEscaped(), action.toHtmlEscaped());
    }
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard shortcuts"),
                    QStringLiteral("<table>%1</table>").arg(rows), QMessageBox::Close, parent);
    box.setTextFormat(Qt::RichText); // our own words only
    box.exec();
}

void StandardDialogs::showAbout(QWidget *parent)
{
    const auto link = [](const QUrl &url, const QString &text) {
        return QStringLiteral("<a href=\"%1\">%2</a>")
            .arg(url.toString().toHtmlEscaped(), text.toHtmlEscaped());
    };
    QMessageBox box(QMessageBox::NoIcon, tr("About Kombo Coverage"),
                    tr("<h3>Kombo Coverage %1</h3>"
                       "<p>See what you can read and write through your customers' Kombo "
                       "integrations.</p>"
                       "<p>Free software under the MIT licence.<br>Built with Qt %2, running on "
                       "Qt %3.</p><p>%4 · %5</p>")
                        .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                             QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                             link(projectHomePage(), tr("Project page")),
                             link(komboApiDocumentation(), tr("Kombo API documentation"))),
                    QMessageBox::Close, parent);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setTextFormat(Qt::RichText); // our own words only
    box.setTextInteractionFlags(Qt::TextBrowserInteraction);
    box.setIconPixmap(QIcon(QStringLiteral(":/kombo/icons/kombo-coverage.svg")).pixmap(64, 64));
    box.exec();
}

} // namespace kombo
