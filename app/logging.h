#pragma once

#include <QLoggingCategory>

namespace kombo {

Q_DECLARE_LOGGING_CATEGORY(lcParser)

} // namespace kombo
