// SPDX-License-Identifier: MIT
#pragma once

#include "model/coveragesummary.h"

#include <array>
#include <QWidget>

class QLabel;

namespace kombo {

// Counts per coverage status for read models, read fields, write actions and write fields,
// and the share of each that is available.
class SummaryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryPanel)

public:
    explicit SummaryPanel(QWidget *parent = nullptr);

    void setSummary(const CoverageSummary &summary);
    // "N changes since DATE" above the counts, while changes are shown; empty hides it.
    void setChangesLine(const QString &text, const QString &toolTip = {});
    // Recolours the status headers for `palette`.
    void updateColours(const QPalette &palette);

private:
    static constexpr int kRows = 4;
    std::array<QLabel *, kCoverageStatusCount> m_statusHeaders{};
    std::array<std::array<QLabel *, kCoverageStatusCount>, kRows> m_counts{};
    std::array<QLabel *, kRows> m_available{};
    QLabel *m_changes = nullptr;
};

} // namespace kombo
