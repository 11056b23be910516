// SPDX-License-Identifier: MIT
#include "common/logging.h"

#include "common/safetext.h"

#include <cstdio>

namespace kombo {

Q_LOGGING_CATEGORY(lcParser, "kombo.parser", QtWarningMsg)
Q_LOGGING_CATEGORY(lcApi, "kombo.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLogos, "kombo.logos", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSettings, "kombo.settings", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHistory, "kombo.history", QtWarningMsg)

namespace {

void safeMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString category = QString::fromUtf8(context.category ? context.category : "default");
    const QString line =
        QStringLiteral("%1: %2\n").arg(category, oneLine(message, kMaxDetailChars));
    std::fputs(line.toLocal8Bit().constData(), stderr);
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void installSafeMessageHandler()
{
    qInstallMessageHandler(safeMessage);
    // Rules set here come before QT_LOGGING_RULES, which can still turn them on.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.svg.warning=false"));
}

} // namespace kombo
