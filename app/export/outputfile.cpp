// SPDX-License-Identifier: MIT
#include "export/outputfile.h"

#include <QFile>
#include <QSaveFile>
#include <sys/stat.h>

namespace kombo {

namespace {

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

Result<void> writeInPlace(QFile &file, const DeviceWriter &write)
{
    if (const Result<void> written = write(file); written.failure())
        return written;
    if (!file.flush())
        return cannotWrite(file.errorString());
    return {};
}

} // namespace

Failure cannotWrite(const QString &reason)
{
    return Failure(FailureKind::Output, Reason::CannotWrite, {reason});
}

Result<void> saveAtomically(const QString &path, const DeviceWriter &write)
{
    if (path == QLatin1String("-")) {
        QFile standardOutput;
        if (!standardOutput.open(stdout, QIODevice::WriteOnly))
            return cannotWrite(standardOutput.errorString());
        return writeInPlace(standardOutput, write);
    }
    switch (targetOf(path)) {
    case Target::Directory:
        return Failure(FailureKind::Output, Reason::OutputIsFolder);
    case Target::InPlace: {
        QFile device(path);
        // Append: no truncation and no seeking, which a pipe or a device does not have.
        if (!device.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            return cannotWrite(device.errorString());
        return writeInPlace(device, write);
    }
    case Target::ReplaceableFile:
        break;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.errorString());
    if (const Result<void> written = write(file); written.failure()) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return cannotWrite(file.errorString());
    return {};
}

} // namespace kombo
