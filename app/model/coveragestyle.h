// SPDX-License-Identifier: MIT
#pragma once

#include "domain/integration.h"

#include <QColor>
#include <QString>

class QPalette;

namespace kombo {

// How each coverage status looks and reads. Colour is never the only signal: every status has
// its glyph and its words too (SPEC §4).
struct CoverageStyle
{
    static QColor colour(CoverageStatus status, const QPalette &palette);
    static QString glyph(CoverageStatus status);
    static QString label(CoverageStatus status);
    // The schema's description of the status.
    static QString description(CoverageStatus status);
};

// Whether a palette is dark, so colours can be lightened to stay readable on it.
bool isDark(const QPalette &palette);

// Why a model, action or field is not available, in words for a tooltip; empty when it is.
// `parent` is the model a field belongs to, or null for a model or action.
QString unavailableReason(const Integration &integration, const Model *parent, bool isAvailable,
                          OpenEnum<CoverageStatus> coverage, const OpenEnum<ScopeSetting> *scope,
                          bool optedOut);

inline constexpr int kCoverageStatusCount = int(CoverageStatus::Unrecognised) + 1;

} // namespace kombo
