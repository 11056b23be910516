// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace kombo {

// Paints the coverage tree's cells. A model's coverage cell gets a small stacked bar of its
// fields' statuses before its text, so the shape of its coverage shows without expanding it.
// Texts are laid out once and drawn from a cache: laying out text was most of the cost of
// repainting the tree after each search keystroke, and most cells repeat a few short texts
// ("✔ Supported", "Yes") while the names on screen stay the same from one keystroke to the next.
class CoverageBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageBarDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    const QStaticText &preparedText(const QString &text, const QFont &font) const;

    mutable QHash<QString, QStaticText>
        m_texts; // by text; cleared when the font changes or it fills
    mutable QFont m_textFont;
};

} // namespace kombo
