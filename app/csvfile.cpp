#include "csvfile.h"

#include <algorithm>
#include <QFile>
#include <QSaveFile>

namespace kombo {

namespace {

Failure writeFailure(const QString &reason)
{
    return Failure{FailureKind::Output, QStringLiteral("cannot write: %1").arg(reason)};
}

std::optional<Failure> writeAll(QIODevice *device, const CsvRows &rows, CsvOptions options)
{
    CsvWriter writer(device, options);
    if (writer.writeHeader() && rows(writer) && writer.finish())
        return std::nullopt;
    return writeFailure(writer.errorString());
}

} // namespace

CsvRows allRowsOf(const std::vector<const Integration *> &integrations)
{
    return [integrations](CsvWriter &writer) {
        return std::all_of(integrations.begin(), integrations.end(),
                           [&writer](const Integration *integration) {
                               return writer.writeIntegration(*integration);
                           });
    };
}

std::optional<Failure> saveCsv(const QString &path, const CsvRows &rows, CsvOptions options)
{
    if (path == QLatin1String("-")) {
        QFile standardOutput;
        if (!standardOutput.open(stdout, QIODevice::WriteOnly))
            return writeFailure(standardOutput.errorString());
        auto failure = writeAll(&standardOutput, rows, options);
        if (!failure && !standardOutput.flush())
            failure = writeFailure(standardOutput.errorString());
        return failure;
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeFailure(file.errorString());
    if (auto failure = writeAll(&file, rows, options)) {
        file.cancelWriting();
        return failure;
    }
    if (!file.commit())
        return writeFailure(file.errorString());
    return std::nullopt;
}

} // namespace kombo
