// SPDX-License-Identifier: MIT
#include "common/logging.h"

namespace kombo {

Q_LOGGING_CATEGORY(lcParser, "kombo.parser", QtWarningMsg)
Q_LOGGING_CATEGORY(lcApi, "kombo.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLogos, "kombo.logos", QtWarningMsg)

} // namespace kombo
