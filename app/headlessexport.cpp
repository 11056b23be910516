#include "headlessexport.h"

#include "csvfile.h"
#include "responsefile.h"

#include <cstdio>

namespace kombo {

void printError(const QString &source, const QString &message)
{
    const QString line = source.isEmpty()
                             ? QStringLiteral("kombo-coverage: %1\n").arg(message)
                             : QStringLiteral("kombo-coverage: %1: %2\n").arg(source, message);
    std::fputs(line.toLocal8Bit().constData(), stderr);
}

HeadlessExport::HeadlessExport(CommandLineOptions options) : m_options(std::move(options))
{}

void HeadlessExport::report(const QString &source, const Failure &failure)
{
    printError(source, failure.message);
    if (m_exitCode == 0)
        m_exitCode = failure.exitCode();
}

int HeadlessExport::run()
{
    if (!m_options.integrationIds.isEmpty()) {
        report({},
               Failure{FailureKind::Usage,
                       QStringLiteral("--integration is not yet supported; use --file or --demo")});
        return m_exitCode;
    }

    const QString source = m_options.demo ? QStringLiteral("demo") : m_options.file;
    const ParseResult loaded =
        m_options.demo ? loadDemoIntegration() : loadIntegrationFile(m_options.file);
    if (const Failure *failure = std::get_if<Failure>(&loaded)) {
        report(source, *failure);
        return m_exitCode;
    }
    const Integration &integration = std::get<Integration>(loaded);
    if (auto failure =
            saveCsv(m_options.exportPath, {&integration}, CsvOptions{m_options.byteOrderMark})) {
        report(m_options.exportPath == QLatin1String("-") ? QStringLiteral("stdout")
                                                          : m_options.exportPath,
               *failure);
    }
    return m_exitCode;
}

} // namespace kombo
