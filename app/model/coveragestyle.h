// SPDX-License-Identifier: MIT
#pragma once

#include "domain/integration.h"
#include "model/coveragerow.h"

#include <array>
#include <QCoreApplication>
#include <QColor>
#include <QString>

class QPalette;

namespace kombo {

// How each coverage status looks and reads. Colour is never the only signal: every status has
// its glyph and its words too (SPEC §4).
struct CoverageStyle
{
    Q_DECLARE_TR_FUNCTIONS(CoverageStyle)

public:
    static QColor colour(CoverageStatus status, const QPalette &palette);
    static QString glyph(CoverageStatus status);
    static QString label(CoverageStatus status);
    // The schema's description of the status.
    static QString description(CoverageStatus status);
};

// Whether a palette is dark, so colours can be lightened to stay readable on it.
bool isDark(const QPalette &palette);

// The WCAG 2 contrast ratio of two colours, from 1 to 21.
double contrastRatio(const QColor &a, const QColor &b);
// The least contrast text needs against its background (WCAG AA).
inline constexpr double kMinTextContrast = 4.5;
// `colour`, darkened (light palettes) or lightened (dark ones) as far as needed to read at
// kMinTextContrast on both the palette's Base and AlternateBase.
QColor readable(const QColor &colour, const QPalette &palette);
// The text colour of an unavailable row: `colour` moved towards the background, as far as it
// stays readable. Rows are also set in italics, so they differ where no dimming is possible.
QColor dimmed(const QColor &colour, const QPalette &palette);

// A model's fields by status in words, "22 supported · 3 unsupported · 1 not implemented".
QString fieldBreakdown(const Integration &integration, const Model &model);

// Why a target is not available (SPEC §8), every reason in words for a person; empty when it
// is available. The arguments are those of availabilityReasons(): `model` null for a target
// the integration does not have.
QString unavailableReason(const Integration &integration, ModelKind kind, const Model *model,
                          const Field *field);
QString unavailableReason(const CoverageRow &row);

inline constexpr int kCoverageStatusCount = int(CoverageStatus::Unrecognised) + 1;

// The text colours of the tree's rows for one palette, worked out once: each status's colour
// and the plain text colour, on the row's own background or behind a search match, available
// or dimmed. Every one reads at kMinTextContrast.
class RowColours
{
public:
    explicit RowColours(const QPalette &palette);

    // `status` null: the plain text of the other columns.
    QColor text(const CoverageStatus *status, bool matched, bool available) const;
    QColor matchBackground() const { return m_matchBackground; }

private:
    QColor m_matchBackground;
    // [matched][available][status, or kCoverageStatusCount for plain text]
    std::array<std::array<std::array<QColor, kCoverageStatusCount + 1>, 2>, 2> m_text;
};

} // namespace kombo
