// SPDX-License-Identifier: MIT
#include "model/coveragestyle.h"

#include "common/safetext.h"

#include <QCoreApplication>
#include <QPalette>
#include <QStringList>

namespace kombo {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CoverageStyle", text);
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor CoverageStyle::colour(CoverageStatus status, const QPalette &palette)
{
    // Tailwind-like shades: the 700s read on white, the 400s on a dark base.
    const bool dark = isDark(palette);
    switch (status) {
    case CoverageStatus::Supported:
        return dark ? QColor(0x4a, 0xde, 0x80) : QColor(0x15, 0x80, 0x3d);
    case CoverageStatus::Unsupported:
        return dark ? QColor(0xf8, 0x71, 0x71) : QColor(0xb9, 0x1c, 0x1c);
    case CoverageStatus::NotImplemented:
        return dark ? QColor(0xfb, 0xbf, 0x24) : QColor(0xb4, 0x53, 0x09);
    case CoverageStatus::Unknown:
        return dark ? QColor(0xa1, 0xa1, 0xaa) : QColor(0x71, 0x71, 0x7a);
    case CoverageStatus::Unrecognised:
        break;
    }
    return palette.color(QPalette::Text); // neutral: we do not know what it means
}

QString CoverageStyle::glyph(CoverageStatus status)
{
    switch (status) {
    case CoverageStatus::Supported:
        return QStringLiteral("\u2714"); // heavy check mark
    case CoverageStatus::Unsupported:
        return QStringLiteral("\u2716"); // heavy multiplication x
    case CoverageStatus::NotImplemented:
        return QStringLiteral("\u25D0"); // circle with left half black
    case CoverageStatus::Unknown:
        return QStringLiteral("?");
    case CoverageStatus::Unrecognised:
        break;
    }
    return QStringLiteral("\u25C7"); // white diamond
}

QString CoverageStyle::label(CoverageStatus status)
{
    switch (status) {
    case CoverageStatus::Supported:
        return tr("Supported");
    case CoverageStatus::Unsupported:
        return tr("Unsupported");
    case CoverageStatus::NotImplemented:
        return tr("Not implemented");
    case CoverageStatus::Unknown:
        return tr("Unknown");
    case CoverageStatus::Unrecognised:
        break;
    }
    return tr("Unrecognised");
}

QString CoverageStyle::description(CoverageStatus status)
{
    switch (status) {
    case CoverageStatus::Supported:
        return tr("The tool supports the datapoint and it can be used through Kombo.");
    case CoverageStatus::Unsupported:
        return tr("The tool does not support the datapoint.");
    case CoverageStatus::NotImplemented:
        return tr("The tool supports the datapoint but it was not integrated by Kombo for a "
                  "given reason (see coverage grid).");
    case CoverageStatus::Unknown:
        return tr("The datapoint is not integrated yet and Kombo has no information about its "
                  "availability in the tool.");
    case CoverageStatus::Unrecognised:
        break;
    }
    return tr("A status this version of Kombo Coverage does not know yet.");
}

QString unavailableReason(const Integration &integration, const Model *parent, bool isAvailable,
                          OpenEnum<CoverageStatus> coverage, const OpenEnum<ScopeSetting> *scope,
                          bool optedOut)
{
    if (isAvailable)
        return {};
    // Texts from the response, capped: a reason is one sentence, whatever the response holds.
    const QString tool = oneLine(integration.tool.label, kMaxLabelChars);
    QStringList reasons;
    switch (coverage.value) {
    case CoverageStatus::Supported:
        break;
    case CoverageStatus::Unsupported:
        reasons << tr("%1 does not support it").arg(tool);
        break;
    case CoverageStatus::NotImplemented:
        reasons << tr("Kombo has not implemented it for %1").arg(tool);
        break;
    case CoverageStatus::Unknown:
        reasons << tr("Kombo does not know whether %1 has it").arg(tool);
        break;
    case CoverageStatus::Unrecognised:
        reasons << tr("its coverage status %1 is not one this version knows")
                       .arg(oneLine(integration.wireName(coverage), kMaxLabelChars));
        break;
    }
    if (scope && scope->value == ScopeSetting::Disabled)
        reasons << tr("it is disabled in the scope config");
    if (optedOut)
        reasons << tr("it is optional and the customer opted out");
    if (parent && !parent->isAvailable)
        reasons << tr("its model %1 is not available")
                       .arg(oneLine(integration.string(parent->id), kMaxLabelChars));
    if (reasons.isEmpty())
        reasons << tr("the API gives no reason");
    return tr("Not available: %1.").arg(reasons.join(QStringLiteral("; ")));
}

} // namespace kombo
