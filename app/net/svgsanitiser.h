// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>

namespace kombo {

// The limits of SPEC §2 "Logos" on an SVG's structure. QtSvg cannot be cancelled once it parses
// or paints, so every cost is bounded here, before it is handed anything. Input is already at
// most kMaxLogoBytes (256 KiB), which on its own still allows some 60,000 empty elements.

// Elements read, dropped ones included. Real logos, even detailed Inkscape drawings, hold a few
// hundred to a few thousand; ten thousand leaves room and keeps parsing and painting in the
// tens of milliseconds.
inline constexpr int kMaxSvgElements = 10000;
// Nesting of elements in the source. Editors' layers and groups rarely go past 20; QtSvg
// recurses per level when it paints and when it deletes its tree, so depth costs stack.
inline constexpr int kMaxSvgDepth = 64;
// <use> elements kept. Reuse is how an SVG multiplies its cost without growing, so it is
// counted on its own: icon sets reuse a shape tens of times, not hundreds.
inline constexpr int kMaxSvgUseElements = 200;
// Elements painted once every <use> and every url(#…) to a clip path, mask, pattern or marker
// is expanded: what <use> chains ("billion laughs" in SVG: ten uses of a group of ten uses of
// …) would make QtSvg paint. Twice kMaxSvgElements, so that a document without references
// never reaches it, while a chain of five levels of ten (100,000) does.
inline constexpr int kMaxSvgRenderedNodes = 2 * kMaxSvgElements;
// Nesting once references are followed: how deep QtSvg recurses when it paints.
inline constexpr int kMaxSvgRenderedDepth = 2 * kMaxSvgDepth;
// Style-sheet rules × elements × nesting: QtSvg matches every rule against every element and
// its ancestors, so a thousand rules that never match, over a deep tree of thousands of
// elements, kept a core busy for minutes (measured: about 28 million of these steps a second).
// Two million is under a tenth of a second; an Illustrator logo's 30 classes over 3,000
// elements ten deep is 900,000.
inline constexpr qint64 kMaxSvgStyleCost = 2'000'000;

// Parses an untrusted SVG and writes out only static SVG. Returns the sanitised document
// (UTF-8 XML, every element in the SVG namespace, internal links as xlink:href so that QtSvg
// 6.4 follows them), or a Reason::LogoRefused failure saying why in a few words:
// - not UTF-8 (a UTF-16 or UTF-32 BOM, a NUL byte, a malformed sequence, another declared
//   encoding), compressed, not well-formed, or whose root is not an SVG <svg>;
// - a DTD or an entity; an image, script or foreignObject element, anywhere;
// - an href (in any namespace) that does not start with '#', a url() other than url(#…), or a
//   style sheet that imports another or uses CSS escapes (which could hide either);
// - past any of the limits above, or with a reference cycle.
// Elements and attributes outside an allow-list of static SVG (editor metadata, animation,
// filters, event handlers, other namespaces) are dropped, elements with their whole subtree;
// so are comments and processing instructions. Runs on any thread.
Result<QByteArray> sanitiseSvg(const QByteArray &data);

} // namespace kombo
