// SPDX-License-Identifier: MIT
#include "ui/filterbar.h"

#include "model/coveragestyle.h"
#include "ui/flowlayout.h"
#include "ui/statustoggles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace kombo {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_availability(new QComboBox(this)),
      m_optedOutOnly(new QCheckBox(tr("Opted out only"), this)),
      m_changesOnly(new QCheckBox(tr("Changes only"), this)),
      m_requiredOnly(new QCheckBox(QStringLiteral("\u2605 ") + tr("Required only"), this)),
      m_unmetOnly(new QCheckBox(tr("Unmet only"), this)), m_shown(new QLabel(this)),
      m_matchPosition(new QLabel(this))
{
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_availability->setObjectName(QStringLiteral("availabilityFilter"));
    m_optedOutOnly->setObjectName(QStringLiteral("optedOutOnly"));
    m_shown->setObjectName(QStringLiteral("shownCount"));

    m_search->setPlaceholderText(tr("Search IDs and labels (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(100);
    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::emitCriteria);
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::nextMatchRequested);
    // Esc in a search box with text clears it, before the window's Esc (cancel a load) can.
    m_search->installEventFilter(this);

    auto *previous = new QToolButton(this);
    previous->setObjectName(QStringLiteral("previousMatch"));
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+F3)"));
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    connect(previous, &QToolButton::clicked, this, &FilterBar::previousMatchRequested);
    auto *next = new QToolButton(this);
    next->setObjectName(QStringLiteral("nextMatch"));
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (F3, Enter)"));
    next->setShortcut(QKeySequence(Qt::Key_F3));
    connect(next, &QToolButton::clicked, this, &FilterBar::nextMatchRequested);

    // Two rows: searching and the other filters above; below, the status toggles (the
    // legend), the count and expand/collapse, wrapping onto more lines in a narrow window.
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(previous);
    searchRow->addWidget(next);
    m_matchPosition->setObjectName(QStringLiteral("matchPosition"));
    m_matchPosition->setMinimumWidth(
        m_matchPosition->fontMetrics().horizontalAdvance(tr("match %1 of %2").arg(888).arg(888)));
    searchRow->addWidget(m_matchPosition);
    auto *statusRow = new FlowLayout;
    statusRow->addWidget(new QLabel(tr("Show:"), this));
    m_statusToggles = new StatusToggles(QStringLiteral("statusToggle"), tr("%1: %2"), this);
    connect(m_statusToggles, &StatusToggles::changed, this, &FilterBar::emitCriteria);
    m_statusToggles->addTo(statusRow);
    setUnrecognisedToggleVisible(false);

    m_availability->addItem(tr("Available or not"), int(AvailabilityFilter::Any));
    m_availability->addItem(tr("Available only"), int(AvailabilityFilter::Available));
    m_availability->addItem(tr("Unavailable only"), int(AvailabilityFilter::Unavailable));
    connect(m_availability, &QComboBox::currentIndexChanged, this, &FilterBar::emitCriteria);
    connect(m_optedOutOnly, &QCheckBox::toggled, this, &FilterBar::emitCriteria);
    searchRow->addSpacing(8);
    searchRow->addWidget(m_availability);
    searchRow->addWidget(m_optedOutOnly);
    m_changesOnly->setObjectName(QStringLiteral("changesOnly"));
    m_changesOnly->setToolTip(tr("Only the rows added, changed or removed since the response "
                                 "compared with"));
    m_changesOnly->hide();
    connect(m_changesOnly, &QCheckBox::toggled, this, &FilterBar::emitCriteria);
    statusRow->addWidget(m_changesOnly);
    // The requirements' filters (SPEC §8) sit with the other toggles, so a narrow window wraps
    // them rather than growing.
    m_requiredOnly->setObjectName(QStringLiteral("requiredOnly"));
    m_requiredOnly->setToolTip(tr("Only rows the requirements mark required."));
    m_unmetOnly->setObjectName(QStringLiteral("unmetOnly"));
    m_unmetOnly->setToolTip(tr("Only rows the requirements mark required or optional that are "
                               "not available."));
    for (QCheckBox *toggle : {m_requiredOnly, m_unmetOnly}) {
        connect(toggle, &QCheckBox::toggled, this, &FilterBar::emitCriteria);
        statusRow->addWidget(toggle);
    }
    setRequirementFiltersEnabled(false);
    statusRow->addWidget(m_shown);

    auto *expand = new QToolButton(this);
    expand->setObjectName(QStringLiteral("expandAll"));
    expand->setText(tr("Expand all"));
    expand->setAutoRaise(true);
    connect(expand, &QToolButton::clicked, this, &FilterBar::expandAllRequested);
    auto *collapse = new QToolButton(this);
    collapse->setObjectName(QStringLiteral("collapseAll"));
    collapse->setText(tr("Collapse all"));
    collapse->setAutoRaise(true);
    connect(collapse, &QToolButton::clicked, this, &FilterBar::collapseAllRequested);
    statusRow->addWidget(expand);
    statusRow->addWidget(collapse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    // The wrapping row needs its height for the width it gets.
    QSizePolicy policy = sizePolicy();
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    layout->addLayout(searchRow);
    layout->addLayout(statusRow);
}

FilterCriteria FilterBar::criteria() const
{
    FilterCriteria criteria;
    criteria.text = m_search->text().trimmed();
    criteria.statuses = m_statusToggles->statuses();
    criteria.availability = AvailabilityFilter(m_availability->currentData().toInt());
    criteria.optedOutOnly = m_optedOutOnly->isChecked();
    criteria.changesOnly = m_changesOnly->isChecked();
    criteria.requiredOnly = m_requiredOnly->isChecked();
    criteria.unmetOnly = m_unmetOnly->isChecked();
    return criteria;
}

void FilterBar::emitCriteria()
{
    emit criteriaChanged(criteria());
}

void FilterBar::setShownCount(std::size_t shown, std::size_t total)
{
    // %Ln: the total in the locale's digits, choosing "field" or "fields" (and German's forms).
    m_shown->setText(tr("Showing %1 of %Ln field(s)", nullptr, int(total))
                         .arg(QLocale().toString(qulonglong(shown))));
    m_matchPosition->clear(); // a new filter: no match stepped to yet
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && !m_search->text().isEmpty() &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        event->accept(); // ours, not a shortcut's
        if (event->type() == QEvent::KeyPress)
            m_search->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::setMatchPosition(int number, int total)
{
    m_matchPosition->setText(total > 0 ? tr("match %1 of %2").arg(number).arg(total)
                                       : tr("no match"));
}

void FilterBar::setUnrecognisedToggleVisible(bool visible)
{
    m_statusToggles->toggle(CoverageStatus::Unrecognised)->setVisible(visible);
}

void FilterBar::setChangesToggleVisible(bool visible)
{
    if (!visible)
        m_changesOnly->setChecked(false);
    m_changesOnly->setVisible(visible);
}

void FilterBar::setRequirementFiltersEnabled(bool enabled)
{
    for (QCheckBox *toggle : {m_requiredOnly, m_unmetOnly}) {
        if (!enabled)
            toggle->setChecked(false);
        toggle->setEnabled(enabled);
    }
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::updateColours(const QPalette &palette)
{
    m_statusToggles->updateColours(palette);
}

} // namespace kombo
