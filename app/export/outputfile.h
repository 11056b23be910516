// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <functional>
#include <optional>
#include <QByteArrayView>
#include <QString>

class QIODevice;

namespace kombo {

// Puts the whole output on `device`, or fails with cannotWrite().
using DeviceWriter = std::function<Result<void>(QIODevice &device)>;

// The failure of a write, with the system's reason (usually the device's errorString()).
Failure cannotWrite(const QString &reason);

// Writes all of `bytes`. A short write is not an error yet: writing the rest then fails with
// the reason (a full disk, a file size limit), left in device.errorString().
bool writeAll(QIODevice &device, QByteArrayView bytes);

// Writes an export or a saved response to `path` (SPEC §5), whatever its format: "-" is
// standard output. What `path` is decides how, by stat() following links, as cp does: a
// regular file or a new path is replaced atomically (QSaveFile), so a failure leaves an
// earlier file as it was; a device, FIFO or socket (/dev/null, /dev/stdout into a pipe, a
// named pipe) is opened by its path and written in place, never replaced. The failure is
// FailureKind::Output.
Result<void> saveAtomically(const QString &path, const DeviceWriter &write);

} // namespace kombo
