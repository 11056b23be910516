// SPDX-License-Identifier: MIT
#include "load/responsefile.h"

#include <algorithm>
#include <QFile>

namespace kombo {

namespace {

// What a pipe is read by: large enough to be quick, small next to the limit.
constexpr qint64 kReadChunkBytes = 4 * 1024 * 1024;

Failure readFailure(const QFile &file)
{
    return Failure(FailureKind::Usage, Reason::CannotRead, {file.errorString()});
}

Failure tooLarge(qint64 maxBytes)
{
    const bool inGiB = maxBytes % (1024 * 1024 * 1024) == 0;
    const bool inMiB = maxBytes % (1024 * 1024) == 0;
    return Failure(FailureKind::InvalidInput, Reason::TooLargeToLoad,
                   {inGiB   ? QStringLiteral("%1 GiB").arg(maxBytes >> 30)
                    : inMiB ? QStringLiteral("%1 MiB").arg(maxBytes >> 20)
                            : QStringLiteral("%1 bytes").arg(maxBytes)});
}

// A pipe, or a device such as /dev/zero: no size to check or allocate for in advance, so the
// bytes are counted as they come (the parser pads the buffer later).
Result<QByteArray> readSequential(QFile &file, qint64 maxBytes)
{
    QByteArray bytes;
    for (;;) {
        const qint64 room = std::min(kReadChunkBytes, maxBytes + 1 - bytes.size());
        const qsizetype before = bytes.size();
        bytes.resize(before + room);
        const qint64 read = file.read(bytes.data() + before, room);
        if (read < 0)
            return readFailure(file);
        bytes.resize(before + read);
        if (bytes.size() > maxBytes)
            return tooLarge(maxBytes);
        if (read == 0) // a blocking read returns nothing only at the end
            return bytes;
    }
}

} // namespace

Result<QByteArray> readResponseFile(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return readFailure(file);
    if (file.isSequential())
        return readSequential(file, maxBytes);
    const qint64 size = file.size();
    if (size > maxBytes)
        return tooLarge(maxBytes);
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
    const Result<QByteArray> bytes = readResponseFile(path);
    if (const Failure *failure = bytes.failure())
        return *failure;
    return parseIntegrationResponse(bytes.value());
}

ParseResult loadDemoIntegration()
{
    return parseIntegrationResponse(demoResponse());
}

} // namespace kombo
