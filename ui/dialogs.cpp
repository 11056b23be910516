// SPDX-License-Identifier: MIT
#include "ui/dialogs.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QIcon>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace kombo {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Dialogs", text);
}

} // namespace

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

std::optional<ExportChoice>
StandardDialogs::exportChoice(QWidget *parent, const QString &suggestedPath, bool isFiltered)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Export CSV"));
    auto *everything = new QRadioButton(tr("&Everything in the integration"), &dialog);
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
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export CSV"), suggestedPath,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return std::nullopt;
    return ExportChoice{path, filtered->isChecked(), byteOrderMark->isChecked()};
}

std::optional<QString> StandardDialogs::apiKey(QWidget *parent)
{
    bool ok = false;
    const QString key =
        QInputDialog::getText(parent, tr("Kombo API key"),
                              tr("Kombo Coverage needs an API key to load integrations.\nIt is "
                                 "kept for this session only."),
                              QLineEdit::Password, {}, &ok);
    if (!ok || key.trimmed().isEmpty())
        return std::nullopt;
    return key.trimmed();
}

QList<std::pair<QString, QString>> keyboardShortcuts()
{
    const auto key = [](QKeySequence::StandardKey standard) {
        return QKeySequence(standard).toString(QKeySequence::NativeText);
    };
    return {
        {QStringLiteral("Ctrl+L"), tr("Type an integration ID")},
        {QStringLiteral("Enter"), tr("Load it (in the ID box); next match (in the search box)")},
        {QStringLiteral("F5"), tr("Reload, keeping your place")},
        {QStringLiteral("Esc"), tr("Cancel a load; clear the search (in the search box)")},
        {key(QKeySequence::Find), tr("Search IDs and labels")},
        {QStringLiteral("F3 / Shift+F3"), tr("Next / previous match")},
        {key(QKeySequence::Copy),
         tr("Copy the selected rows (with a header, as for a spreadsheet)")},
        {key(QKeySequence::Open), tr("Open a saved response")},
        {key(QKeySequence::Save), tr("Save the loaded response")},
        {QStringLiteral("Ctrl+E"), tr("Export CSV")},
        {key(QKeySequence::HelpContents), tr("This list")},
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
    QMessageBox box(QMessageBox::NoIcon, tr("About Kombo Coverage"),
                    tr("<h3>Kombo Coverage %1</h3><p>What can you read and write through a Kombo "
                       "integration, and through all of them?</p><p>MIT licence. Built with Qt "
                       "%2.</p>")
                        .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                             QString::fromLatin1(qVersion())),
                    QMessageBox::Close, parent);
    box.setTextFormat(Qt::RichText); // our own words only
    box.setIconPixmap(QIcon(QStringLiteral(":/kombo/icons/kombo-coverage.svg")).pixmap(64, 64));
    box.exec();
}

} // namespace kombo
