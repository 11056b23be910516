// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QTextDocumentFragment>

// What a tooltip shows a person: tooltips are rich text that shows untrusted plain text as
// written; names in them sit in bidi isolates, left out here.
inline QString shownText(const QString &toolTip)
{
    return QTextDocumentFragment::fromHtml(toolTip)
        .toPlainText()
        .remove(QChar(0x2068))
        .remove(QChar(0x2069));
}
