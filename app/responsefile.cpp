#include "responsefile.h"

#include <QFile>

namespace kombo {

namespace {

Failure readFailure(const QFile &file)
{
    return Failure{FailureKind::Usage, QStringLiteral("cannot read: %1").arg(file.errorString())};
}

} // namespace

std::variant<QByteArray, Failure> readResponseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return readFailure(file);
    // A pipe such as /dev/stdin has no size to allocate for in advance; the parser pads it.
    if (file.isSequential()) {
        QByteArray bytes = file.readAll();
        if (file.error() != QFileDevice::NoError)
            return readFailure(file);
        return bytes;
    }
    const qint64 size = file.size();
    QByteArray buffer = allocateJsonBuffer(size);
    buffer.resize(size);
    if (file.read(buffer.data(), size) != size)
        return readFailure(file);
    return buffer;
}

QByteArray demoResponse()
{
    // Compiled in, so it opens; were it ever missing, the parser would report an empty response.
    QFile file(QStringLiteral(":/kombo/demo/integration.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ParseResult loadIntegrationFile(const QString &path)
{
    const auto bytes = readResponseFile(path);
    if (const Failure *failure = std::get_if<Failure>(&bytes))
        return *failure;
    return parseIntegrationResponse(std::get<QByteArray>(bytes));
}

ParseResult loadDemoIntegration()
{
    return parseIntegrationResponse(demoResponse());
}

} // namespace kombo
