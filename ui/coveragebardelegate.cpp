// SPDX-License-Identifier: MIT
#include "ui/coveragebardelegate.h"

#include "model/changestyle.h"
#include "model/columns.h"
#include "model/coveragestyle.h"
#include "model/coveragetreemodel.h"
#include "model/itemroles.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace kombo {

namespace {

constexpr int kBarWidth = 64;
constexpr int kBarHeight = 8;
constexpr int kGap = 6;
constexpr qsizetype kMaxCachedTexts = 4096;

bool hasBar(const QModelIndex &index)
{
    return index.column() == kCoverageColumn &&
           index.data(RowKindRole).toInt() == int(CoverageTreeModel::RowKind::Model);
}

Qt::BrushStyle hatchOf(CoverageStatus status)
{
    switch (status) {
    case CoverageStatus::NotImplemented:
        return Qt::BDiagPattern;
    case CoverageStatus::Unknown:
    case CoverageStatus::Unrecognised:
        return Qt::Dense5Pattern;
    case CoverageStatus::Supported:
    case CoverageStatus::Unsupported:
        break;
    }
    return Qt::NoBrush;
}

void paintBar(QPainter *painter, const QRect &bar, const QList<int> &counts,
              const QPalette &palette)
{
    const int total = std::accumulate(counts.begin(), counts.end(), 0);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(palette.color(QPalette::Midlight));
    painter->drawRoundedRect(bar, 3, 3);
    if (total > 0) {
        QPainterPath clip;
        clip.addRoundedRect(bar, 3, 3);
        painter->setClipPath(clip);
        // Told apart without hue too: red and amber are nearly as light, so the segments are
        // parted by a line of the background, and all but Supported and Unsupported hatched.
        qreal x = bar.left();
        const QColor background = palette.color(QPalette::Base);
        for (int status = 0; status < counts.size(); ++status) {
            if (counts[status] == 0)
                continue;
            const qreal width = qreal(bar.width()) * counts[status] / total;
            const QRectF segment(x, bar.top(), width, bar.height());
            painter->fillRect(segment, CoverageStyle::colour(CoverageStatus(status), palette));
            const Qt::BrushStyle pattern = hatchOf(CoverageStatus(status));
            if (pattern != Qt::NoBrush)
                painter->fillRect(segment, QBrush(background, pattern));
            if (x > bar.left())
                painter->fillRect(QRectF(x, bar.top(), 1, bar.height()), background);
            x += width;
        }
    }
    painter->restore();
}

} // namespace

const QStaticText &CoverageBarDelegate::preparedText(const QString &text, const QFont &font) const
{
    // Names are many: keep the cache bounded; the rows on screen refill it at once.
    if (font != m_textFont || m_texts.size() >= kMaxCachedTexts) {
        m_texts.clear();
        m_textFont = font;
    }
    auto it = m_texts.find(text);
    if (it == m_texts.end()) {
        QStaticText prepared(text);
        prepared.setTextFormat(Qt::PlainText);
        prepared.setPerformanceHint(QStaticText::AggressiveCaching);
        prepared.prepare(QTransform(), font);
        it = m_texts.insert(text, prepared);
    }
    return *it;
}

void CoverageBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem cell(option);
    initStyleOption(&cell, index);
    const QWidget *widget = cell.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &cell, painter, widget);

    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    QRect textRect = cell.rect.adjusted(margin, 0, -margin, 0);
    if (hasBar(index)) {
        const QRect bar(cell.rect.left() + kGap / 2, cell.rect.center().y() - kBarHeight / 2,
                        kBarWidth, kBarHeight);
        paintBar(painter, bar, index.data(FieldStatusCountsRole).value<QList<int>>(), cell.palette);
        textRect.setLeft(bar.right() + kGap);
    }
    if (cell.text.isEmpty())
        return;
    if (index.column() == kNameColumn) {
        // Painted with each part in a bidi isolate: a right-to-left label keeps its ID on
        // its side.
        const auto kind = CoverageTreeModel::RowKind(index.data(RowKindRole).toInt());
        if (kind == CoverageTreeModel::RowKind::Model)
            cell.text =
                displayName(index.data(LabelRole).toString(), index.data(IdRole).toString(), true);
        else if (kind == CoverageTreeModel::RowKind::Field)
            cell.text = displayName({}, index.data(IdRole).toString(), true);
        // Added, changed and removed rows say so in a glyph, not only in their colour.
        const auto change = RowChange(index.data(ChangeRole).toInt());
        if (change != RowChange::None)
            cell.text = ChangeStyle::glyph(change) + QLatin1Char(' ') + cell.text;
    }

    const bool selected = cell.state.testFlag(QStyle::State_Selected);
    painter->save();
    painter->setPen(cell.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(cell.font);
    const QStaticText &text = preparedText(cell.text, cell.font);
    if (text.size().width() <= textRect.width()) {
        painter->drawStaticText(
            QPointF(textRect.left(), textRect.center().y() - text.size().height() / 2 + 0.5), text);
    } else {
        const QString elided =
            cell.fontMetrics.elidedText(cell.text, Qt::ElideRight, textRect.width());
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, elided);
    }
    painter->restore();
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
