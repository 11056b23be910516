// SPDX-License-Identifier: MIT
#include "export/reportkind.h"

#include <array>
#include <string_view>

namespace kombo {

namespace {

// Indexed by ReportKind.
constexpr std::array<std::string_view, kReportKindCount> kNames{"coverage", "requirements",
                                                                "matrix", "changes"};

} // namespace

QLatin1String reportKindName(ReportKind kind)
{
    const std::string_view name = kNames[std::size_t(kind)];
    return QLatin1String(name.data(), qsizetype(name.size()));
}

std::optional<ReportKind> reportKindFromName(QStringView name)
{
    for (int kind = 0; kind < kReportKindCount; ++kind) {
        if (name == reportKindName(ReportKind(kind)))
            return ReportKind(kind);
    }
    return std::nullopt;
}

} // namespace kombo
