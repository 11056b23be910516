// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

namespace kombo {

Q_DECLARE_LOGGING_CATEGORY(lcParser)
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcLogos)
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
Q_DECLARE_LOGGING_CATEGORY(lcHistory)

// Routes every Qt message (ours, and Qt's own, which may quote a logo or a path) through
// oneLine() before it reaches stderr, and silences QtSvg's warnings, which a hostile logo
// could otherwise repeat by the thousand. Call once, first thing in main().
void installSafeMessageHandler();

} // namespace kombo
