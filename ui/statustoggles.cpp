// SPDX-License-Identifier: MIT
#include "ui/statustoggles.h"

#include <QCheckBox>
#include <QLayout>
#include <QPalette>

namespace kombo {

StatusToggles::StatusToggles(const QString &namePrefix, const QString &toolTipFormat,
                             QWidget *parent)
    : QObject(parent)
{
    for (int status = 0; status < kCoverageStatusCount; ++status) {
        const auto coverage = CoverageStatus(status);
        auto *box = new QCheckBox(CoverageStyle::glyph(coverage) + QLatin1Char(' ') +
                                      CoverageStyle::label(coverage),
                                  parent);
        box->setObjectName(namePrefix + QString::number(status));
        box->setChecked(true);
        box->setToolTip(
            toolTipFormat.arg(CoverageStyle::label(coverage), CoverageStyle::description(coverage)));
        connect(box, &QCheckBox::toggled, this, &StatusToggles::changed);
        m_boxes[std::size_t(status)] = box;
    }
}

void StatusToggles::addTo(QLayout *layout) const
{
    for (QCheckBox *box : m_boxes)
        layout->addWidget(box);
}

StatusToggles::Statuses StatusToggles::statuses() const
{
    Statuses statuses{};
    for (std::size_t status = 0; status < m_boxes.size(); ++status)
        statuses[status] = m_boxes[status]->isChecked();
    return statuses;
}

void StatusToggles::updateColours(const QPalette &palette)
{
    for (std::size_t status = 0; status < m_boxes.size(); ++status) {
        const QColor colour = CoverageStyle::colour(CoverageStatus(status), palette);
        m_boxes[status]->setStyleSheet(
            QStringLiteral("QCheckBox { color: %1; font-weight: 600; }").arg(colour.name()));
    }
}

} // namespace kombo
