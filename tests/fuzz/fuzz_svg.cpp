// SPDX-License-Identifier: MIT
// libFuzzer target: arbitrary bytes through the SVG sanitiser and, when it accepts them, the
// logo renderer (QtSvg painting what the sanitiser wrote), so that the renderer is exercised on
// everything that gets past.
// Build with -DKOMBO_BUILD_FUZZER=ON and clang (see README, "Fuzzing"); seeds in corpus-svg/.
#include "net/logoloader.h"
#include "net/svgsanitiser.h"

#include <cstddef>
#include <cstdint>
#include <QGuiApplication>

namespace {

void quiet(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // QtSvg warns about every odd document; only a fatal message is worth the time.
    if (type == QtFatalMsg)
        qt_message_output(type, {}, message);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Text is laid out with the platform's fonts, which need a GUI application.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(quiet);
    static QGuiApplication application(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = kombo::sanitiseSvg(bytes);
    const QByteArray *sanitised = (result.failure() ? nullptr : &result.value());
    if (!sanitised)
        return 0;
    // What the sanitiser writes, it must accept again unchanged.
    const auto again = kombo::sanitiseSvg(*sanitised);
    if (!!again.failure() || again.value() != *sanitised)
        __builtin_trap();
    // The logo's own path: sanitise again, check its size, paint.
    kombo::renderSvg(bytes, QSize(64, 64));
    return 0;
}
