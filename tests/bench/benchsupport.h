// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <sys/resource.h>

// What every benchmark measures besides time.

// The process's peak resident memory so far, in MiB.
inline double peakResidentMiB()
{
    rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024; // KiB on Linux
}

// Waits until everything pending (layout, paint) is done.
inline void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}
