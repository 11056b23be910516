// SPDX-License-Identifier: MIT
#pragma once

#include "history/treediff.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

class QPalette;

namespace kombo {

// How added, changed and removed rows look in the tree (SPEC §9): a glyph and words as well as
// a background, so that colour is never the only signal.
struct ChangeStyle
{
    Q_DECLARE_TR_FUNCTIONS(ChangeStyle)

public:
    static QString glyph(RowChange change);
    static QString label(RowChange change);
    // A light tint of the palette's base, so that the row's own text colours still read on it;
    // invalid for unchanged and removed rows, which keep the row's background.
    static QColor background(RowChange change, const QPalette &palette);
};

} // namespace kombo
