// SPDX-License-Identifier: MIT
#pragma once

#include "model/coveragefilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace kombo {

class StatusToggles;

// The filters of SPEC §4: text search with next/previous match, a toggle per coverage status
// (which doubles as the colour legend), available/unavailable, opted out only; expand and
// collapse all; and how many fields are shown.
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    explicit FilterBar(QWidget *parent = nullptr);

    FilterCriteria criteria() const;
    void setShownCount(std::size_t shown, std::size_t total);
    // Where stepping through the matches stands: match `number` of `total` (0: none).
    void setMatchPosition(int number, int total);
    void setUnrecognisedToggleVisible(bool visible);
    // "Changes only" is offered while changes are shown; hiding it also unticks it.
    void setChangesToggleVisible(bool visible);
    // "Required only" and "Unmet only" mean something only while requirements are open:
    // without them the toggles are off and greyed out.
    void setRequirementFiltersEnabled(bool enabled);
    void focusSearch();
    // Recolours the status toggles for `palette`.
    void updateColours(const QPalette &palette);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void criteriaChanged(const kombo::FilterCriteria &criteria);
    void nextMatchRequested();
    void previousMatchRequested();
    void expandAllRequested();
    void collapseAllRequested();

private:
    void emitCriteria();

    QLineEdit *m_search;
    StatusToggles *m_statusToggles = nullptr;
    QComboBox *m_availability;
    QCheckBox *m_optedOutOnly;
    QCheckBox *m_changesOnly;
    QCheckBox *m_requiredOnly;
    QCheckBox *m_unmetOnly;
    QLabel *m_shown;
    QLabel *m_matchPosition; // beside the search box, its width kept, so nothing moves
};

} // namespace kombo
