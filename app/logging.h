#pragma once

#include <QLoggingCategory>

namespace kombo {

Q_DECLARE_LOGGING_CATEGORY(lcParser)
Q_DECLARE_LOGGING_CATEGORY(lcApi)

} // namespace kombo
