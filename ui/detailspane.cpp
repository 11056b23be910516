// SPDX-License-Identifier: MIT
#include "ui/detailspane.h"

#include "common/safetext.h"
#include "model/columns.h"
#include "model/coveragestyle.h"
#include "model/coveragetreemodel.h"
#include "model/itemroles.h"

namespace kombo {

namespace {

QString row(const QString &name, const QString &value)
{
    return QStringLiteral("<tr><td style=\"padding-right:10px\"><b>%1</b></td><td>%2</td></tr>")
        .arg(name, value);
}

} // namespace

DetailsPane::DetailsPane(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("detailsPane"));
    setOpenExternalLinks(true);
    setPlaceholderText(tr("Select a row to see what it means."));
}

void DetailsPane::showIndex(const QModelIndex &index)
{
    const QModelIndex name = index.siblingAtColumn(kNameColumn);
    const auto kind = CoverageTreeModel::RowKind(name.data(RowKindRole).toInt());
    if (!name.isValid() || kind == CoverageTreeModel::RowKind::Group) {
        clear();
        return;
    }
    const auto column = [&](int c) {
        return name.siblingAtColumn(c).data().toString().toHtmlEscaped();
    };
    const auto status = CoverageStatus(name.data(CoverageStatusRole).toInt());
    const QColor colour =
        name.siblingAtColumn(kCoverageColumn).data(Qt::ForegroundRole).value<QColor>();

    // The tree shows long texts cut short; here they are whole, up to a cap that keeps a
    // hostile response from costing seconds.
    const auto whole = [&](int role) {
        return oneLine(name.data(role).toString(), kMaxDetailChars).toHtmlEscaped();
    };
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(whole(IdRole));
    if (kind == CoverageTreeModel::RowKind::Model)
        html += row(tr("Label"), whole(LabelRole));
    if (kind == CoverageTreeModel::RowKind::Field)
        html +=
            row(tr("In"),
                oneLine(name.parent().data(IdRole).toString(), kMaxDetailChars).toHtmlEscaped());
    // One line per column the tree shows beside the name, under its header; the coverage
    // with its colour and meaning, availability with its reasons.
    for (int c = kNameColumn + 1; c < kTreeColumnCount; ++c) {
        QString value = column(c);
        if (c == kCoverageColumn) {
            value = QStringLiteral("<span style=\"color:%1\">%2</span><br><i>%3</i>")
                        .arg(QColor(colour.rgb()).name(), value,
                             CoverageStyle::description(status).toHtmlEscaped());
        } else if (c == treeColumnNumber(Column::IsAvailable)) {
            const QString reason = name.data(UnavailableReasonRole).toString();
            if (!reason.isEmpty())
                value = reason.toHtmlEscaped();
        }
        if (!value.isEmpty()) // write-action fields have no scope setting or opt-out
            html += row(treeHeader(c).toHtmlEscaped(), value);
    }
    if (kind == CoverageTreeModel::RowKind::Model)
        html += row(tr("Fields"), name.data(FieldBreakdownRole).toString().toHtmlEscaped());
    // Old → new for each changed property, while changes are shown (SPEC §9).
    if (const QString changes = name.data(ChangeTextRole).toString(); !changes.isEmpty())
        html += row(tr("Changes"), capped(changes, kMaxDetailChars)
                                       .toHtmlEscaped()
                                       .replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    setHtml(html + QStringLiteral("</table>"));
}

} // namespace kombo
