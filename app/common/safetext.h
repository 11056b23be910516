// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

namespace kombo {

// Every string from a response or a server is untrusted: it may hold terminal escapes, forged
// lines, bidi overrides, markup or megabytes. These functions make such text safe to show
// (SPEC §2, §3); they are the one place that decides what "safe" means.

// A line on a terminal or in a banner (SPEC §2): at most 300 characters.
inline constexpr qsizetype kMaxLineChars = 300;
// A label in the window (tool label, organisation, IDs): the full text stays in the tooltip.
inline constexpr qsizetype kMaxLabelChars = 200;
// A tooltip or the details pane: enough for any real text, bounded for a hostile one.
inline constexpr qsizetype kMaxDetailChars = 4000;

// `text` cut to at most `maxChars` characters, ending in "…" when cut; never splits a
// surrogate pair.
QString capped(QStringView text, qsizetype maxChars);

// One line safe for a terminal or a banner: C0 and C1 controls (line breaks and escapes too),
// DEL, line separators and bidi controls replaced by U+FFFD, then capped.
QString oneLine(QStringView text, qsizetype maxChars = kMaxLineChars);

// `text` in a Unicode bidi isolate (FSI … PDI), so that a right-to-left label stays on its
// own side of the ID or the punctuation beside it. For display only; exports keep the raw text.
QString isolated(const QString &text);

// Rich text that shows `plain` exactly as written, capped: for tooltips, which Qt would
// otherwise guess to be HTML when they look like it.
QString plainToolTip(QStringView plain);

} // namespace kombo
