// SPDX-License-Identifier: MIT
#include "export/outputfile.h"

#include <cerrno>
#include <cstring>
#include <QFile>
#include <QSaveFile>
#include <sys/stat.h>
#include <unistd.h>

namespace kombo {

namespace {

enum class Target
{
    ReplaceableFile, // a regular file, or nothing yet
    InPlace,         // a device, FIFO or socket: replacing it would destroy it
    StandardOutput,  // our own standard output by another name (/dev/stdout, /dev/fd/1)
    Directory,
    Unreachable, // stat() failed for a reason other than "no such file", such as a link loop
};

bool isSameFile(const struct stat &a, const struct stat &b)
{
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

Target targetOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return errno == ENOENT ? Target::ReplaceableFile : Target::Unreachable;
    // Whatever it is, a name of our standard output is written through it: replacing a file
    // the shell redirected us to, or opening it anew, would lose what others wrote there.
    struct stat standardOutput = {};
    if (::fstat(STDOUT_FILENO, &standardOutput) == 0 && isSameFile(info, standardOutput))
        return Target::StandardOutput;
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

Result<void> writeToStandardOutput(const DeviceWriter &write)
{
    QFile standardOutput;
    if (!standardOutput.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered,
                             QFileDevice::DontCloseHandle))
        return cannotWrite(standardOutput.errorString());
    return writeInPlace(standardOutput, write);
}

} // namespace

Failure cannotWrite(const QString &reason)
{
    return Failure(FailureKind::Output, Reason::CannotWrite, {reason});
}

bool writeAll(QIODevice &device, QByteArrayView bytes)
{
    for (qsizetype done = 0; done < bytes.size();) {
        const qint64 written = device.write(bytes.data() + done, bytes.size() - done);
        if (written <= 0)
            return false;
        done += qsizetype(written);
    }
    return true;
}

Result<void> saveAtomically(const QString &path, const DeviceWriter &write)
{
    if (path == QLatin1String("-"))
        return writeToStandardOutput(write);
    switch (targetOf(path)) {
    case Target::StandardOutput:
        return writeToStandardOutput(write);
    case Target::Directory:
        return Failure(FailureKind::Output, Reason::OutputIsFolder);
    case Target::Unreachable:
        return cannotWrite(QString::fromLocal8Bit(std::strerror(errno)));
    case Target::InPlace: {
        QFile device(path);
        // No truncation or seeking happens on a pipe or a device: written from where it is.
        if (!device.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
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
