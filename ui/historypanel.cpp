// SPDX-License-Identifier: MIT
#include "ui/historypanel.h"

#include "history/snapshothistory.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScopedValueRollback>
#include <QVBoxLayout>

namespace kombo {

namespace {

constexpr int kListMinimumHeight = 60; // a few entries, however little room

constexpr int kPathRole = Qt::UserRole + 1;

QString keptAtText(const Snapshot &snapshot)
{
    return QLocale().toString(snapshot.keptAt.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

QString HistoryPanel::stateText(const HistoryEntry &entry)
{
    switch (entry.state) {
    case HistoryEntry::State::Counting:
        return tr("counting changes…");
    case HistoryEntry::State::Counted:
        return tr("%Ln change(s) to the one before", nullptr, entry.changes);
    case HistoryEntry::State::First:
        return tr("the first kept");
    case HistoryEntry::State::Unreadable:
        return tr("cannot be read: skipped");
    }
    return {};
}

HistoryPanel::HistoryPanel(SnapshotHistory &history, QWidget *parent)
    : QWidget(parent), m_history(history), m_list(new QListWidget(this)), m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("historyPanel"));
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setMinimumHeight(kListMinimumHeight);
    m_empty->setObjectName(QStringLiteral("historyEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    connect(m_list, &QListWidget::currentRowChanged, this, &HistoryPanel::rowChosen);
    connect(&m_history, &SnapshotHistory::entriesChanged, this, &HistoryPanel::rebuild);
    rebuild();
}

void HistoryPanel::setShown(const QString &snapshotPath, bool keeping)
{
    m_shownPath = snapshotPath;
    m_keeping = keeping;
    rebuild();
}

void HistoryPanel::setCompared(const QString &snapshotPath)
{
    m_comparedPath = snapshotPath;
    rebuild();
}

void HistoryPanel::rebuild()
{
    const QScopedValueRollback<bool> quiet(m_rebuilding, true);
    m_list->clear();
    const std::vector<HistoryEntry> &entries = m_history.entries();
    // The response shown comes first: the one the others are compared with.
    auto *shown = new QListWidgetItem(m_list);
    shown->setData(kPathRole, QString());
    QString shownText = tr("Shown now");
    for (const HistoryEntry &entry : entries) {
        if (entry.snapshot.path == m_shownPath)
            shownText = tr("%1 — saved response (shown)").arg(keptAtText(entry.snapshot));
    }
    shown->setText(shownText);
    QFont bold = shown->font();
    bold.setBold(true);
    shown->setFont(bold);
    shown->setToolTip(tr("The response the window shows; choose it to stop comparing."));

    int compared = 0;
    for (const HistoryEntry &entry : entries) {
        const QString state = stateText(entry);
        if (entry.snapshot.path == m_shownPath) {
            shown->setText(shown->text() + QLatin1Char('\n') + state);
            continue;
        }
        auto *item = new QListWidgetItem(
            QStringLiteral("%1\n%2").arg(keptAtText(entry.snapshot), state), m_list);
        item->setData(kPathRole, entry.snapshot.path);
        item->setToolTip(tr("Choose it to see what changed since then."));
        if (entry.state == HistoryEntry::State::Unreadable)
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        if (entry.snapshot.path == m_comparedPath)
            compared = m_list->count() - 1;
    }
    m_list->setCurrentRow(compared);

    // Only the shown entry: say how the list fills, in the room of that one row.
    const bool alone = m_list->count() == 1;
    m_empty->setVisible(alone);
    const int oneRow = m_list->sizeHintForRow(0) + 2 * m_list->frameWidth();
    m_list->setMinimumHeight(alone ? oneRow : kListMinimumHeight);
    m_list->setMaximumHeight(alone ? oneRow : QWIDGETSIZE_MAX);
    emit hasHistoryChanged(!alone);
    if (!m_keeping)
        m_empty->setText(tr("Responses are not kept, so there is no history: turn on "
                            "\"Keep a snapshot of each response\" in Edit → Settings."));
    else
        m_empty->setText(tr("Each load of this integration from the API keeps its response "
                            "here, so that you can see what changed since. You can also "
                            "compare with a saved response: File → Compare with file…"));
}

void HistoryPanel::rowChosen(int row)
{
    if (m_rebuilding || row < 0)
        return;
    const QString path = m_list->item(row)->data(kPathRole).toString();
    if (path.isEmpty()) {
        m_comparedPath.clear();
        emit shownChosen();
        return;
    }
    for (const HistoryEntry &entry : m_history.entries()) {
        if (entry.snapshot.path == path) {
            m_comparedPath = path;
            emit snapshotChosen(entry.snapshot);
            return;
        }
    }
}

} // namespace kombo
