// SPDX-License-Identifier: MIT
#pragma once

#include "domain/failure.h"

#include <functional>
#include <optional>
#include <QString>

class QIODevice;

namespace kombo {

// Puts the whole output on `device`; on failure returns why (the device's error, usually).
using DeviceWriter = std::function<std::optional<QString>(QIODevice &device)>;

// Writes an export or a saved response to `path` (SPEC §5), whatever its format: "-" is
// standard output. What `path` is decides how, by stat() following links, as cp does: a
// regular file or a new path is replaced atomically (QSaveFile), so a failure leaves an
// earlier file as it was; a device, FIFO or socket (/dev/null, /dev/stdout into a pipe, a
// named pipe) is opened by its path and written in place, never replaced. The failure is
// FailureKind::Output.
std::optional<Failure> saveAtomically(const QString &path, const DeviceWriter &write);

} // namespace kombo
