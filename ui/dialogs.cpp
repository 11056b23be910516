// SPDX-License-Identifier: MIT
#include "ui/dialogs.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
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

} // namespace kombo
