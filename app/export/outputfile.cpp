// SPDX-License-Identifier: MIT
#include "export/outputfile.h"

#include <QFile>
#include <QSaveFile>
#include <sys/stat.h>

namespace kombo {

namespace {

Failure writeFailure(const QString &reason)
{
    return Failure{FailureKind::Output, QStringLiteral("cannot write: %1").arg(reason)};
}

enum class Target
{
    ReplaceableFile, // a regular file, or nothing yet
    InPlace,         // a device, FIFO or socket: replacing it would destroy it
    Directory,
};

Target targetOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return Target::ReplaceableFile; // a new path; QSaveFile reports why it cannot be made
    if (S_ISDIR(info.st_mode))
        return Target::Directory;
    return S_ISREG(info.st_mode) ? Target::ReplaceableFile : Target::InPlace;
}

std::optional<Failure> writeInPlace(QFile &file, const DeviceWriter &write)
{
    if (auto reason = write(file))
        return writeFailure(*reason);
    if (!file.flush())
        return writeFailure(file.errorString());
    return std::nullopt;
}

} // namespace

std::optional<Failure> saveAtomically(const QString &path, const DeviceWriter &write)
{
    if (path == QLatin1String("-")) {
        QFile standardOutput;
        if (!standardOutput.open(stdout, QIODevice::WriteOnly))
            return writeFailure(standardOutput.errorString());
        return writeInPlace(standardOutput, write);
    }
    switch (targetOf(path)) {
    case Target::Directory:
        return writeFailure(QStringLiteral("it is a folder"));
    case Target::InPlace: {
        QFile device(path);
        // Append: no truncation and no seeking, which a pipe or a device does not have.
        if (!device.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            return writeFailure(device.errorString());
        return writeInPlace(device, write);
    }
    case Target::ReplaceableFile:
        break;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeFailure(file.errorString());
    if (auto reason = write(file)) {
        file.cancelWriting();
        return writeFailure(*reason);
    }
    if (!file.commit())
        return writeFailure(file.errorString());
    return std::nullopt;
}

} // namespace kombo
