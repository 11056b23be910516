// SPDX-License-Identifier: MIT
#pragma once

#include "model/coveragestyle.h"

#include <array>
#include <QObject>

class QCheckBox;
class QLayout;
class QPalette;
class QWidget;

namespace kombo {

// One check box per coverage status, in its glyph, words and colour ("✔ Supported"), for a
// filter that shows or hides rows by status: the tree's and the compare view's.
class StatusToggles final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusToggles)

public:
    using Statuses = std::array<bool, kCoverageStatusCount>;

    // The boxes are children of `parent`, named `namePrefix` and the status's number;
    // `toolTipFormat` gets the status's label as %1 and its description as %2.
    StatusToggles(const QString &namePrefix, const QString &toolTipFormat, QWidget *parent);

    void addTo(QLayout *layout) const;
    Statuses statuses() const;
    QCheckBox *toggle(CoverageStatus status) const { return m_boxes[std::size_t(status)]; }
    // Each box in its status's colour, readable on `palette`.
    void updateColours(const QPalette &palette);

signals:
    void changed();

private:
    std::array<QCheckBox *, kCoverageStatusCount> m_boxes{};
};

} // namespace kombo
