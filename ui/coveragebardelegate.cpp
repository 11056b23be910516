#include "coveragebardelegate.h"

#include "coveragestyle.h"
#include "coveragetreemodel.h"
#include "itemroles.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace kombo {

namespace {

constexpr int kBarWidth = 64;
constexpr int kBarHeight = 8;
constexpr int kGap = 6;

bool hasBar(const QModelIndex &index)
{
    return index.column() == CoverageTreeModel::CoverageColumn &&
           index.data(RowKindRole).toInt() == int(CoverageTreeModel::RowKind::Model);
}

} // namespace

void CoverageBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    if (!hasBar(index))
        return QStyledItemDelegate::paint(painter, option, index);

    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &option, painter, widget);

    const QList<int> counts = index.data(FieldStatusCountsRole).value<QList<int>>();
    const int total = std::accumulate(counts.begin(), counts.end(), 0);
    const QRect bar(option.rect.left() + kGap / 2, option.rect.center().y() - kBarHeight / 2,
                    kBarWidth, kBarHeight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(option.palette.color(QPalette::Midlight));
    painter->drawRoundedRect(bar, 3, 3);
    if (total > 0) {
        QPainterPath clip;
        clip.addRoundedRect(bar, 3, 3);
        painter->setClipPath(clip);
        qreal x = bar.left();
        for (int status = 0; status < counts.size(); ++status) {
            const qreal width = qreal(bar.width()) * counts[status] / total;
            painter->fillRect(QRectF(x, bar.top(), width, bar.height()),
                              CoverageStyle::colour(CoverageStatus(status), option.palette));
            x += width;
        }
    }
    painter->restore();

    QStyleOptionViewItem text(option);
    text.rect.setLeft(bar.right() + kGap);
    QStyledItemDelegate::paint(painter, text, index);
}

QSize CoverageBarDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (hasBar(index))
        size.rwidth() += kBarWidth + kGap;
    return size;
}

} // namespace kombo
