// SPDX-License-Identifier: MIT
#include "ui/requirementseditor.h"

#include "common/safetext.h"
#include "model/columns.h"
#include "model/coveragetreemodel.h"
#include "model/itemroles.h"
#include "settings/settings.h"
#include "ui/dialogs.h"
#include "ui/filterbar.h"
#include "ui/messagebanner.h"
#include "ui/readinesspanel.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTreeView>

namespace kombo {

RequirementsEditor::RequirementsEditor(Dialogs &dialogs, Settings &settings, const Parts &parts)
    : QObject(parts.window), m_dialogs(dialogs), m_settings(settings), m_parts(parts)
{
    m_saveAction = new QAction(tr("Save require&ments"), this);
    connect(m_saveAction, &QAction::triggered, this, &RequirementsEditor::save);
    m_saveAsAction = new QAction(tr("Save requirements &as…"), this);
    connect(m_saveAsAction, &QAction::triggered, this, &RequirementsEditor::saveAs);
    m_closeAction = new QAction(tr("C&lose requirements"), this);
    connect(m_closeAction, &QAction::triggered, this, &RequirementsEditor::closeRequirements);

    // Marks by keyboard too: shortcuts of the tree, so that they act on its selection and
    // leave typing elsewhere alone; the context menu and the Edit menu name them.
    const std::array<std::pair<QString, QKeySequence>, 3> marks{{
        {QStringLiteral("\u2605 ") + tr("Mark &required"), QKeySequence(Qt::CTRL | Qt::Key_1)},
        {QStringLiteral("\u2606 ") + tr("Mark o&ptional"), QKeySequence(Qt::CTRL | Qt::Key_2)},
        {tr("Mark &not needed"), QKeySequence(Qt::CTRL | Qt::Key_0)},
    }};
    for (std::size_t need = 0; need < marks.size(); ++need) {
        auto *action = new QAction(marks[need].first, this);
        action->setShortcut(marks[need].second);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setCheckable(true);
        m_parts.tree->addAction(action);
        connect(action, &QAction::triggered, this, [this, need] { markSelected(Need(need)); });
        m_markActions[need] = action;
    }

    connect(m_parts.tree, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == kRequiredColumn)
            cycle(index);
    });
    connect(m_parts.panel, &ReadinessPanel::requirementActivated, this,
            &RequirementsEditor::selectTarget);
    connect(&m_requirements, &OpenRequirements::changed, this, &RequirementsEditor::update);
    update();
}

void RequirementsEditor::addFileActions(QMenu *menu)
{
    menu->addAction(tr("Open requ&irements…"), this, &RequirementsEditor::chooseAndOpen);
    menu->addAction(m_saveAction);
    menu->addAction(m_saveAsAction);
    menu->addAction(m_closeAction);
}

void RequirementsEditor::addMarkActions(QMenu *menu)
{
    // Checked: what the current row is marked now.
    const QModelIndex current = m_parts.tree->currentIndex();
    const bool markable = targetAt(current).has_value();
    const auto need = Need(current.siblingAtColumn(kNameColumn).data(NeedRole).toInt());
    for (std::size_t i = 0; i < m_markActions.size(); ++i) {
        m_markActions[i]->setEnabled(markable);
        m_markActions[i]->setChecked(markable && Need(i) == need);
        menu->addAction(m_markActions[i]);
    }
}

Result<void> RequirementsEditor::open(const QString &path)
{
    Result<void> opened = m_requirements.open(path);
    if (const Failure *failure = opened.failure()) {
        showFailure(tr("Could not open the requirements %1:").arg(QFileInfo(path).fileName()),
                    *failure);
        return opened;
    }
    m_settings.setLastRequirementsFile(m_requirements.path());
    return opened;
}

void RequirementsEditor::openAsked(const QString &path)
{
    if (mayDiscard())
        (void)open(path); // a failure is shown in the window
}

void RequirementsEditor::reopenLast()
{
    const QString path = m_settings.lastRequirementsFile();
    if (!path.isEmpty() && QFileInfo(path).isFile())
        (void)open(path); // a failure is shown in the window
}

bool RequirementsEditor::mayDiscard()
{
    if (!m_requirements.isDirty())
        return true;
    switch (m_dialogs.unsavedRequirements(m_parts.window, m_requirements.displayName())) {
    case UnsavedChoice::Save:
        return save();
    case UnsavedChoice::Discard:
        return true;
    case UnsavedChoice::Cancel:
        break;
    }
    return false;
}

void RequirementsEditor::integrationShown()
{
    update();
}

void RequirementsEditor::chooseAndOpen()
{
    if (!mayDiscard())
        return;
    const QString last = m_settings.lastRequirementsFile();
    const QString folder =
        last.isEmpty() ? m_settings.lastFolder() : QFileInfo(last).absolutePath();
    const QString path = m_dialogs.openRequirementsPath(m_parts.window, folder);
    if (!path.isEmpty())
        (void)open(path); // a failure is shown in the window
}

bool RequirementsEditor::save()
{
    if (m_requirements.path().isEmpty())
        return saveAs();
    const Result<void> saved = m_requirements.save();
    if (const Failure *failure = saved.failure()) {
        showFailure(tr("Could not save the requirements %1:").arg(m_requirements.displayName()),
                    *failure);
        return false;
    }
    m_settings.setLastRequirementsFile(m_requirements.path());
    m_parts.banner->showMessage(MessageBanner::Kind::Info,
                                tr("Saved the requirements to %1.").arg(m_requirements.path()));
    return true;
}

bool RequirementsEditor::saveAs()
{
    const QString suggested =
        m_requirements.path().isEmpty()
            ? QDir(m_settings.lastFolder()).filePath(QStringLiteral("requirements.kcreq"))
            : m_requirements.path();
    const QString path = m_dialogs.saveRequirementsPath(m_parts.window, suggested);
    if (path.isEmpty())
        return false;
    const Result<void> saved = m_requirements.saveAs(path);
    if (const Failure *failure = saved.failure()) {
        showFailure(tr("Could not save the requirements %1:").arg(QFileInfo(path).fileName()),
                    *failure);
        return false;
    }
    m_settings.setLastRequirementsFile(m_requirements.path());
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    m_parts.banner->showMessage(MessageBanner::Kind::Info,
                                tr("Saved the requirements to %1.").arg(m_requirements.path()));
    return true;
}

void RequirementsEditor::closeRequirements()
{
    if (!mayDiscard())
        return;
    m_requirements.close();
    m_settings.setLastRequirementsFile({}); // closed on purpose: not back at the next start
}

void RequirementsEditor::markSelected(Need need)
{
    QModelIndexList rows = m_parts.tree->selectionModel()->selectedRows(kNameColumn);
    if (rows.isEmpty() && m_parts.tree->currentIndex().isValid())
        rows.append(m_parts.tree->currentIndex());
    // Targets first: each mark may move rows (while a requirement filter is on), and with them
    // the indexes.
    std::vector<RequirementTarget> targets;
    for (const QModelIndex &index : std::as_const(rows)) {
        if (auto target = targetAt(index))
            targets.push_back(std::move(*target));
    }
    for (const RequirementTarget &target : targets)
        mark(target, need);
}

bool RequirementsEditor::mark(const RequirementTarget &target, Need need)
{
    if (m_requirements.setNeed(target, need))
        return true;
    m_parts.banner->showMessage(
        MessageBanner::Kind::Warning,
        tr("%1 can't be marked: a requirements line can't name an ID that holds a space, a tab, "
           "“#” or a control character, nor a model ID with a dot.")
            .arg(oneLine(requirementText(target), kMaxLabelChars)));
    return false;
}

void RequirementsEditor::cycle(const QModelIndex &index)
{
    const auto target = targetAt(index);
    if (!target)
        return;
    Need next = Need::Required;
    switch (m_requirements.need(*target)) {
    case Need::NotNeeded:
        next = Need::Required;
        break;
    case Need::Required:
        next = Need::Optional;
        break;
    case Need::Optional:
        next = Need::NotNeeded;
        break;
    }
    mark(*target, next); // the row clicked alone, whatever else is selected
}

std::optional<RequirementTarget> RequirementsEditor::targetAt(const QModelIndex &index) const
{
    const std::optional<CoverageRow> row = m_parts.model->rowAt(index);
    if (!row)
        return std::nullopt;
    const Integration &integration = row->integration;
    return RequirementTarget{row->kind, integration.utf8(row->model.id).toByteArray(),
                             row->field ? integration.utf8(row->field->id).toByteArray()
                                        : QByteArray()};
}

void RequirementsEditor::selectTarget(const RequirementTarget &target)
{
    const QAbstractItemModel *model = m_parts.model;
    const auto child = [model](const QModelIndex &parent, const QByteArray &id) {
        const QString wanted = QString::fromUtf8(id);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (index.data(IdRole).toString() == wanted)
                return index;
        }
        return QModelIndex();
    };
    const QModelIndex group = model->index(target.kind == ModelKind::ReadModel ? 0 : 1, 0);
    QModelIndex found = child(group, target.modelId);
    if (found.isValid() && !target.fieldId.isEmpty())
        found = child(found, target.fieldId);
    if (!found.isValid())
        return; // missing from the integration, or hidden by a filter
    m_parts.tree->setCurrentIndex(found);
    m_parts.tree->scrollTo(found);
    m_parts.tree->setFocus(Qt::OtherFocusReason);
}

void RequirementsEditor::showFailure(const QString &what, const Failure &failure)
{
    m_parts.banner->showMessage(MessageBanner::Kind::Error, oneLine(failure.localizedMessage()),
                                what);
}

void RequirementsEditor::update()
{
    const bool active = m_requirements.isActive();
    m_parts.model->setRequirements(m_requirements.requirements());
    m_parts.panel->showReadiness(m_requirements, m_parts.model->integration().get());
    m_parts.filterBar->setRequirementFiltersEnabled(active);
    m_parts.window->setWindowModified(m_requirements.isDirty());
    m_saveAction->setEnabled(active);
    m_saveAsAction->setEnabled(active);
    m_closeAction->setEnabled(active);
}

} // namespace kombo
