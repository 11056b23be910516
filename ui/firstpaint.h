// SPDX-License-Identifier: MIT
#pragma once

class QWidget;

namespace kombo {

// Quits the application with `exitCode` once `widget` has painted for the first time
// (`--quit-after-paint`: smoke tests and start-up benchmarks).
void quitAfterFirstPaint(QWidget *widget, int exitCode);

} // namespace kombo
