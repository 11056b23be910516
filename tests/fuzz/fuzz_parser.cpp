// SPDX-License-Identifier: MIT
// libFuzzer target: arbitrary bytes through the parser and, when they parse, the CSV writer.
// Build with -DKOMBO_BUILD_FUZZER=ON and clang (see README, "Fuzzing").
#include "export/csvwriter.h"

#include "json/integrationparser.h"
#include <cstddef>
#include <cstdint>
#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const kombo::ParseResult result = kombo::parseIntegrationResponse(bytes);
    if (const auto *integration = (result.failure() ? nullptr : &result.value())) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        kombo::CsvWriter writer(&buffer, kombo::CsvOptions{true});
        if (!writer.writeHeader() || !writer.writeIntegration(*integration) || !writer.finish())
            __builtin_trap(); // writing to memory cannot fail
    }
    return 0;
}
