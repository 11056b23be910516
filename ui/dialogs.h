// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <QList>
#include <QString>
#include <utility>

class QWidget;

namespace kombo {

// What the export dialog asks.
struct ExportChoice
{
    QString path;
    bool filteredView = false; // only what the filters show
    bool byteOrderMark = false;
};

// Every modal question the window asks, behind one seam so that tests answer without a
// dialog ever blocking.
class Dialogs
{
public:
    virtual ~Dialogs() = default;
    virtual QString openResponsePath(QWidget *parent, const QString &folder) = 0;
    virtual QString saveResponsePath(QWidget *parent, const QString &suggestedPath) = 0;
    virtual std::optional<ExportChoice> exportChoice(QWidget *parent, const QString &suggestedPath,
                                                     bool isFiltered) = 0;
    virtual std::optional<QString> apiKey(QWidget *parent) = 0;
    virtual void showShortcuts(QWidget *parent) = 0;
    virtual void showAbout(QWidget *parent) = 0;
};

// The real dialogs.
class StandardDialogs final : public Dialogs
{
public:
    QString openResponsePath(QWidget *parent, const QString &folder) override;
    QString saveResponsePath(QWidget *parent, const QString &suggestedPath) override;
    std::optional<ExportChoice> exportChoice(QWidget *parent, const QString &suggestedPath,
                                             bool isFiltered) override;
    std::optional<QString> apiKey(QWidget *parent) override;
    void showShortcuts(QWidget *parent) override;
    void showAbout(QWidget *parent) override;
};

// The keyboard shortcuts the window offers, as rows of key and what it does (for Help).
QList<std::pair<QString, QString>> keyboardShortcuts();

} // namespace kombo
