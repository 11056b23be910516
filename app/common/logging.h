// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

namespace kombo {

Q_DECLARE_LOGGING_CATEGORY(lcParser)
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcLogos)

} // namespace kombo
