// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "requirements/openrequirements.h"

#include <array>
#include <optional>
#include <QObject>

class QAction;
class QMenu;
class QModelIndex;
class QTreeView;
class QWidget;

namespace kombo {

class CoverageTreeModel;
class Dialogs;
class FilterBar;
class MessageBanner;
class ReadinessPanel;
class Settings;

// The window's side of requirements (SPEC §8): opening and saving `.kcreq` files, marking rows
// in the tree's Required column, the readiness panel, the requirement filters and the question
// about unsaved edits. The requirements themselves are an OpenRequirements, which the rest of
// the window may read.
class RequirementsEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequirementsEditor)

public:
    struct Parts
    {
        QWidget *window;
        CoverageTreeModel *model;
        QTreeView *tree;
        FilterBar *filterBar;
        ReadinessPanel *panel;
        MessageBanner *banner;
    };
    RequirementsEditor(Dialogs &dialogs, Settings &settings, const Parts &parts);

    OpenRequirements &requirements() { return m_requirements; }

    // Open, Save, Save as and Close, for the File menu.
    void addFileActions(QMenu *menu);
    // Required, optional and not needed for the rows selected, for a context menu.
    void addMarkActions(QMenu *menu);

    // Opens `path` without asking about unsaved edits (at start); a failure is also shown in
    // the window.
    Result<void> open(const QString &path);
    // As the person asks for it (a menu, a drop): unsaved edits first.
    void openAsked(const QString &path);
    // The last requirements file of an earlier session, if it is still there.
    void reopenLast();
    // Whether the requirements may be replaced or dropped: asks about unsaved edits and saves
    // them if the person says so. False: keep everything as it is.
    bool mayDiscard();
    // After the window shows another integration (or a reload of it).
    void integrationShown();

private:
    void chooseAndOpen();
    bool save();
    bool saveAs();
    void closeRequirements();
    void markSelected(Need need);
    // Required, optional, not needed, and round again: a click in the Required column.
    void cycle(const QModelIndex &index);
    // False, with a warning shown, when no requirements line can name the target.
    bool mark(const RequirementTarget &target, Need need);
    std::optional<RequirementTarget> targetAt(const QModelIndex &index) const;
    void selectTarget(const RequirementTarget &target);
    void showFailure(const QString &what, const Failure &failure);
    void update();

    Dialogs &m_dialogs;
    Settings &m_settings;
    Parts m_parts;
    OpenRequirements m_requirements;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_closeAction = nullptr;
    std::array<QAction *, 3> m_markActions{}; // by Need
};

} // namespace kombo
