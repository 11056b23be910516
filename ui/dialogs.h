// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <QString>

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
};

} // namespace kombo
