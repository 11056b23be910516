// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <QLatin1String>
#include <QStringView>

namespace kombo {

// What an export writes (SPEC §6 `--report KIND`, §8, §9): each kind is one CSV with a header
// of its own. The names are in one table in reportkind.cpp.
enum class ReportKind
{
    Coverage,     // SPEC §5, the default
    Requirements, // needs requirements
    Matrix,
    Changes, // needs a response to compare with
};
inline constexpr int kReportKindCount = int(ReportKind::Changes) + 1;

// The name on the command line: `coverage`, `requirements`, `matrix`, `changes`.
QLatin1String reportKindName(ReportKind kind);
// The kind a name stands for; nothing for an unknown name (names are lower case, exact).
std::optional<ReportKind> reportKindFromName(QStringView name);

} // namespace kombo
