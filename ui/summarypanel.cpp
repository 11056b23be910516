// SPDX-License-Identifier: MIT
#include "ui/summarypanel.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace kombo {

SummaryPanel::SummaryPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("summaryPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_changes = new QLabel(this);
    m_changes->setObjectName(QStringLiteral("changesSince"));
    m_changes->setTextFormat(Qt::PlainText); // may name a file
    m_changes->setWordWrap(true);
    m_changes->hide();
    layout->addWidget(m_changes);
    auto *grid = new QGridLayout;
    layout->addLayout(grid);
    layout->addStretch(); // the changes line stays with the counts, at the top
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(14);
    auto addLabel = [this, grid](const QString &text, int row, int column,
                                 Qt::Alignment alignment = Qt::AlignRight) {
        auto *label = new QLabel(text, this);
        label->setAlignment(alignment | Qt::AlignVCenter);
        grid->addWidget(label, row, column);
        return label;
    };

    for (int status = 0; status < kCoverageStatusCount; ++status) {
        const auto coverage = CoverageStatus(status);
        // Glyphs keep the panel narrow; the tooltip and the legend name them.
        QLabel *header = addLabel(CoverageStyle::glyph(coverage), 0, status + 1);
        header->setToolTip(CoverageStyle::label(coverage) + QStringLiteral(": ") +
                           CoverageStyle::description(coverage));
        m_statusHeaders[std::size_t(status)] = header;
    }
    QLabel *available = addLabel(tr("Available"), 0, kCoverageStatusCount + 1);
    QFont bold = available->font();
    bold.setBold(true);
    available->setFont(bold);

    const QString names[kRows] = {tr("Read models"), tr("Read fields"), tr("Write actions"),
                                  tr("Write fields")};
    for (int row = 0; row < kRows; ++row) {
        addLabel(names[row], row + 1, 0, Qt::AlignLeft);
        for (int status = 0; status < kCoverageStatusCount; ++status)
            m_counts[std::size_t(row)][std::size_t(status)] = addLabel({}, row + 1, status + 1);
        m_available[std::size_t(row)] = addLabel({}, row + 1, kCoverageStatusCount + 1);
        m_available[std::size_t(row)]->setObjectName(QStringLiteral("available%1").arg(row + 1));
    }
    grid->setColumnStretch(kCoverageStatusCount + 2, 1);
    updateColours(palette());
    setSummary({});
}

void SummaryPanel::setSummary(const CoverageSummary &summary)
{
    const StatusCounts *rows[kRows] = {&summary.readModels, &summary.readFields,
                                       &summary.writeActions, &summary.writeFields};
    const QLocale locale;
    for (int row = 0; row < kRows; ++row) {
        const StatusCounts &counts = *rows[row];
        for (int status = 0; status < kCoverageStatusCount; ++status)
            m_counts[std::size_t(row)][std::size_t(status)]->setText(
                locale.toString(counts.byStatus[std::size_t(status)]));
        const int percent = counts.total ? qRound(100.0 * counts.available / counts.total) : 0;
        QLabel *available = m_available[std::size_t(row)];
        available->setText(counts.total ? tr("%1%").arg(percent) : QStringLiteral("\u2014"));
        available->setToolTip(
            tr("%1 of %2 available")
                .arg(locale.toString(counts.available), locale.toString(counts.total)));
    }
    // The unrecognised column only when there is something in it.
    m_statusHeaders.back()->setVisible(summary.hasUnrecognised());
    for (const auto &row : m_counts)
        row.back()->setVisible(summary.hasUnrecognised());
}

void SummaryPanel::setChangesLine(const QString &text, const QString &toolTip)
{
    m_changes->setText(text);
    m_changes->setToolTip(toolTip);
    m_changes->setVisible(!text.isEmpty());
}

void SummaryPanel::updateColours(const QPalette &palette)
{
    for (int status = 0; status < kCoverageStatusCount; ++status) {
        m_statusHeaders[std::size_t(status)]->setStyleSheet(
            QStringLiteral("color: %1; font-weight: 600;")
                .arg(CoverageStyle::colour(CoverageStatus(status), palette).name()));
    }
}

} // namespace kombo
