#include "logging.h"

namespace kombo {

Q_LOGGING_CATEGORY(lcParser, "kombo.parser", QtWarningMsg)

} // namespace kombo
