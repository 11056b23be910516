// SPDX-License-Identifier: MIT
#include "model/changestyle.h"

#include "model/coveragestyle.h"

#include <QPalette>

namespace kombo {

QString ChangeStyle::glyph(RowChange change)
{
    switch (change) {
    case RowChange::None:
        break;
    case RowChange::Added:
        return QStringLiteral("+");
    case RowChange::Changed:
        return QStringLiteral("\u0394"); // Δ
    case RowChange::Removed:
        return QStringLiteral("\u2212"); // minus sign
    }
    return {};
}

QString ChangeStyle::label(RowChange change)
{
    switch (change) {
    case RowChange::None:
        break;
    case RowChange::Added:
        return tr("added");
    case RowChange::Changed:
        return tr("changed");
    case RowChange::Removed:
        return tr("removed");
    }
    return {};
}

QColor ChangeStyle::background(RowChange change, const QPalette &palette)
{
    QColor hue;
    switch (change) {
    case RowChange::None:
    case RowChange::Removed:
        return {};
    case RowChange::Added:
        hue = QColor(0x22, 0xa0, 0x4b); // green, as diffs mark what came
        break;
    case RowChange::Changed:
        hue = QColor(0x3b, 0x82, 0xf6); // blue: not a status's colour
        break;
    }
    // Dark bases need a stronger share to show at all; both stay far from the text colours.
    const float share = isDark(palette) ? 0.28f : 0.16f;
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF(base.redF() + (hue.redF() - base.redF()) * share,
                            base.greenF() + (hue.greenF() - base.greenF()) * share,
                            base.blueF() + (hue.blueF() - base.blueF()) * share);
}

} // namespace kombo
