// SPDX-License-Identifier: MIT
#include "model/coveragestyle.h"

#include "common/safetext.h"
#include "coverage/availability.h"
#include "model/coveragesummary.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>
#include <QPalette>
#include <QStringList>

namespace kombo {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

namespace {

double relativeLuminance(const QColor &colour)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

QColor mixed(const QColor &from, const QColor &to, double share)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * share),
                            float(from.greenF() + (to.greenF() - from.greenF()) * share),
                            float(from.blueF() + (to.blueF() - from.blueF()) * share));
}

bool readsOn(const QColor &colour, const QPalette &palette)
{
    return contrastRatio(colour, palette.color(QPalette::Base)) >= kMinTextContrast &&
           contrastRatio(colour, palette.color(QPalette::AlternateBase)) >= kMinTextContrast;
}

// The largest share of the way from `colour` to `target` (at most `limit`) that still reads;
// `wanted` says whether moving further improves (true) or loses (false) readability.
double furthestReadable(const QColor &colour, const QColor &target, double limit,
                        const QPalette &palette, bool towardsContrast)
{
    double low = 0, high = limit;
    for (int step = 0; step < 16; ++step) {
        const double middle = (low + high) / 2;
        const bool reads = readsOn(mixed(colour, target, middle), palette);
        if (reads != towardsContrast)
            low = middle;
        else
            high = middle;
    }
    return towardsContrast ? high : low;
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double first = relativeLuminance(a);
    const double second = relativeLuminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

QColor readable(const QColor &colour, const QPalette &palette)
{
    if (readsOn(colour, palette))
        return colour;
    const QColor target = isDark(palette) ? QColor(Qt::white) : QColor(Qt::black);
    return mixed(colour, target, furthestReadable(colour, target, 1.0, palette, true));
}

QColor dimmed(const QColor &colour, const QPalette &palette)
{
    // At most half way to the background: dimmed, never faded out.
    const QColor background = palette.color(QPalette::Base);
    return mixed(colour, background, furthestReadable(colour, background, 0.5, palette, false));
}

QColor CoverageStyle::colour(CoverageStatus status, const QPalette &palette)
{
    // Tailwind-like shades, the 700s for light bases and the 400s for dark ones, then made
    // readable on whatever the palette's bases are.
    const bool dark = isDark(palette);
    QColor shade = palette.color(QPalette::Text); // unrecognised: neutral, its meaning unknown
    switch (status) {
    case CoverageStatus::Supported:
        shade = dark ? QColor(0x4a, 0xde, 0x80) : QColor(0x15, 0x80, 0x3d);
        break;
    case CoverageStatus::Unsupported:
        shade = dark ? QColor(0xf8, 0x71, 0x71) : QColor(0xb9, 0x1c, 0x1c);
        break;
    case CoverageStatus::NotImplemented:
        shade = dark ? QColor(0xfb, 0xbf, 0x24) : QColor(0xb4, 0x53, 0x09);
        break;
    case CoverageStatus::Unknown:
        shade = dark ? QColor(0xa1, 0xa1, 0xaa) : QColor(0x52, 0x52, 0x5b);
        break;
    case CoverageStatus::Unrecognised:
        break;
    }
    return readable(shade, palette);
}

RowColours::RowColours(const QPalette &palette)
    : m_matchBackground(
          mixed(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.25))
{
    QPalette matched = palette;
    matched.setColor(QPalette::Base, m_matchBackground);
    matched.setColor(QPalette::AlternateBase, m_matchBackground);
    for (const bool isMatch : {false, true}) {
        const QPalette &background = isMatch ? matched : palette;
        for (int status = 0; status <= kCoverageStatusCount; ++status) {
            const QColor normal = status < kCoverageStatusCount
                                      ? CoverageStyle::colour(CoverageStatus(status), background)
                                      : readable(background.color(QPalette::Text), background);
            m_text[isMatch][true][std::size_t(status)] = normal;
            m_text[isMatch][false][std::size_t(status)] = dimmed(normal, background);
        }
    }
}

QColor RowColours::text(const CoverageStatus *status, bool matched, bool available) const
{
    return m_text[matched][available]
                 [status ? std::size_t(*status) : std::size_t(kCoverageStatusCount)];
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

QString fieldBreakdown(const Integration &integration, const Model &model)
{
    const StatusCounts counts = fieldCounts(integration, model);
    QStringList parts;
    for (int status = 0; status < kCoverageStatusCount; ++status) {
        if (const int count = counts.byStatus[std::size_t(status)]; count > 0)
            parts << QStringLiteral("%1 %2").arg(count).arg(
                CoverageStyle::label(CoverageStatus(status)).toLower());
    }
    return parts.isEmpty() ? CoverageStyle::tr("no fields") : parts.join(QStringLiteral(" \u00b7 "));
}

QString unavailableReason(const Integration &integration, ModelKind kind, const Model *model,
                          const Field *field)
{
    const AvailabilityReasons reasons = availabilityReasons(integration, kind, model, field);
    if (reasons.isEmpty())
        return {};
    // Texts from the response, capped: a reason is one sentence, whatever the response holds.
    const QString tool = oneLine(integration.tool.label, kMaxLabelChars);
    QStringList words;
    for (int number = 0; number < kAvailabilityCount; ++number) {
        const auto reason = Availability(number);
        if (!reasons.contains(reason))
            continue;
        switch (reason) {
        case Availability::Available:
            break;
        case Availability::IntegrationInvalid:
            words << CoverageStyle::tr("the integration stopped syncing because its credentials are invalid");
            break;
        case Availability::IntegrationInactive:
            words << CoverageStyle::tr("the integration was set to inactive and stopped syncing");
            break;
        case Availability::DataExpired:
            words << CoverageStyle::tr("the integration's synced data is out of date");
            break;
        case Availability::Missing:
            words << CoverageStyle::tr("the integration does not have it");
            break;
        case Availability::Unsupported:
            words << CoverageStyle::tr("%1 does not support it").arg(tool);
            break;
        case Availability::NotImplemented:
            words << CoverageStyle::tr("Kombo has not implemented it for %1").arg(tool);
            break;
        case Availability::Unknown:
            words << CoverageStyle::tr("Kombo does not know whether %1 has it").arg(tool);
            break;
        case Availability::Unrecognised:
            words << CoverageStyle::tr("its coverage status %1 is not one this version knows")
                         .arg(oneLine(integration.wireName(field ? field->coverageStatus
                                                                 : model->coverageStatus),
                                      kMaxLabelChars));
            break;
        case Availability::ScopeDisabled:
            words << CoverageStyle::tr("it is disabled in the scope config");
            break;
        case Availability::OptedOut:
            words << CoverageStyle::tr("it is optional and the customer opted out");
            break;
        case Availability::ModelUnavailable:
            words << CoverageStyle::tr("its model %1 is not available")
                         .arg(oneLine(integration.string(model->id), kMaxLabelChars));
            break;
        case Availability::Unavailable:
            words << CoverageStyle::tr("the API gives no reason");
            break;
        }
    }
    return CoverageStyle::tr("Not available: %1.").arg(words.join(QStringLiteral("; ")));
}

QString unavailableReason(const CoverageRow &row)
{
    return unavailableReason(row.integration, row.kind, &row.model, row.field);
}

} // namespace kombo
