// SPDX-License-Identifier: MIT
#pragma once

#include "keys/apikeystore.h"
#include "ui/dialogs.h"

#include <QList>
#include <QStringList>
#include <QUrl>

namespace kombo {

// Answers the window's questions as a test script says, never opening a dialog.
class ScriptedDialogs final : public Dialogs
{
public:
    QString openPath;
    QString savePath;
    std::optional<ExportChoice> exportAnswer;
    std::optional<QString> key;
    int keyQuestions = 0;

    // Requirements: the paths chosen, and the answer to "save unsaved changes?".
    QString requirementsOpenPath;
    QString requirementsSavePath;
    UnsavedChoice unsavedAnswer = UnsavedChoice::Discard;
    int unsavedQuestions = 0;

    QString openResponsePath(QWidget *, const QString &) override { return openPath; }
    QString openRequirementsPath(QWidget *, const QString &) override
    {
        return requirementsOpenPath;
    }
    QString saveRequirementsPath(QWidget *, const QString &) override
    {
        return requirementsSavePath;
    }
    UnsavedChoice unsavedRequirements(QWidget *, const QString &) override
    {
        ++unsavedQuestions;
        return unsavedAnswer;
    }
    QStringList openPaths; // File → Open with several files; else openPath alone
    QStringList ids;       // "Open several IDs…"
    std::optional<ExportChoice> matrixExportAnswer;

    QStringList openResponsePaths(QWidget *, const QString &) override
    {
        if (!openPaths.isEmpty() || openPath.isEmpty())
            return openPaths;
        return {openPath};
    }
    QStringList integrationIds(QWidget *) override { return ids; }
    std::optional<ExportChoice> matrixExportChoice(QWidget *, const QString &, bool) override
    {
        return matrixExportAnswer;
    }
    QString saveResponsePath(QWidget *, const QString &) override { return savePath; }
    std::optional<ExportChoice> exportChoice(QWidget *, const QString &, bool) override
    {
        return exportAnswer;
    }
    QString changesPath;
    QString exportChangesPath(QWidget *, const QString &) override { return changesPath; }
    QStringList notifications; // "title: message"
    void notify(QWidget *, const QString &title, const QString &message) override
    {
        notifications.append(title + QStringLiteral(": ") + message);
    }
    // Settings: the person types `key`, if any, and saves it.
    ApiKeyStore *keys = nullptr;
    void showSettings(QWidget *, const QUrl &) override
    {
        ++keyQuestions;
        if (key)
            keys->save(*key);
    }
    void showShortcuts(QWidget *) override { ++shortcutLists; }
    void showAbout(QWidget *) override { ++aboutBoxes; }
    void openWebPage(const QUrl &url) override { webPages.append(url); }
    int shortcutLists = 0;
    int aboutBoxes = 0;
    QList<QUrl> webPages;
};

} // namespace kombo
