#include "csvfile.h"

#include <cstdio>
#include <QFile>
#include <QSaveFile>

namespace kombo {

namespace {

Failure writeFailure(const QString &reason)
{
    return Failure{FailureKind::Output, QStringLiteral("cannot write: %1").arg(reason)};
}

std::optional<Failure> writeAll(QIODevice *device,
                                const std::vector<const Integration *> &integrations,
                                CsvOptions options)
{
    CsvWriter writer(device, options);
    bool ok = writer.writeHeader();
    for (auto it = integrations.begin(); ok && it != integrations.end(); ++it)
        ok = writer.writeIntegration(**it);
    if (ok && writer.finish())
        return std::nullopt;
    return writeFailure(writer.errorString());
}

} // namespace

std::optional<Failure> saveCsv(const QString &path,
                               const std::vector<const Integration *> &integrations,
                               CsvOptions options)
{
    if (path == QLatin1String("-")) {
        QFile standardOutput;
        if (!standardOutput.open(stdout, QIODevice::WriteOnly))
            return writeFailure(standardOutput.errorString());
        auto failure = writeAll(&standardOutput, integrations, options);
        if (!failure && !standardOutput.flush())
            failure = writeFailure(standardOutput.errorString());
        return failure;
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeFailure(file.errorString());
    if (auto failure = writeAll(&file, integrations, options)) {
        file.cancelWriting();
        return failure;
    }
    if (!file.commit())
        return writeFailure(file.errorString());
    return std::nullopt;
}

} // namespace kombo
