// SPDX-License-Identifier: MIT
#include "common/safetext.h"

#include <QTextDocument>

namespace kombo {

namespace {

constexpr QChar kReplacement(0xFFFD);
constexpr QChar kEllipsis(0x2026);

bool isUnsafeForOneLine(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) // C0, DEL, C1
           || c == 0x061C                       // Arabic letter mark
           || c == 0x200E || c == 0x200F        // left-to-right and right-to-left marks
           || c == 0x2028 || c == 0x2029        // line and paragraph separators
           || (c >= 0x202A && c <= 0x202E)      // embeddings and overrides
           || (c >= 0x2066 && c <= 0x2069);     // isolates
}

} // namespace

QString capped(QStringView text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return text.toString();
    qsizetype keep = std::max<qsizetype>(0, maxChars - 1);
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    return text.left(keep).toString() + kEllipsis;
}

QString oneLine(QStringView text, qsizetype maxChars)
{
    // Cap first, so a megabyte costs no more than a line.
    QString line = capped(text, maxChars);
    for (QChar &c : line) {
        if (isUnsafeForOneLine(c.unicode()))
            c = kReplacement;
    }
    return line;
}

QString isolated(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

QString plainToolTip(QStringView plain)
{
    if (plain.isEmpty())
        return {};
    return Qt::convertFromPlainText(capped(plain, kMaxDetailChars), Qt::WhiteSpaceNormal);
}

} // namespace kombo
