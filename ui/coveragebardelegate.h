#pragma once

#include <QStyledItemDelegate>

namespace kombo {

// Paints a small stacked bar of a model's field statuses before its coverage text, so the
// shape of a model's coverage shows without expanding it.
class CoverageBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageBarDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace kombo
