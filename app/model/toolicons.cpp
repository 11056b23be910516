// SPDX-License-Identifier: MIT
#include "model/toolicons.h"

#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPixmap>

namespace kombo {

QImage placeholderTile(const QString &initial, int pixels)
{
    QImage tile(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    tile.fill(Qt::transparent);
    QPainter painter(&tile);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x94, 0xa3, 0xb8)); // slate: no tool's colour
    painter.drawRoundedRect(QRectF(0, 0, pixels, pixels), pixels / 5.0, pixels / 5.0);
    QFont font = painter.font();
    font.setPixelSize(pixels / 2);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(0, 0, pixels, pixels), Qt::AlignCenter, initial);
    return tile;
}

QIcon ToolIcons::icon(const QString &url, const QString &toolLabel) const
{
    if (const auto found = m_icons.constFind(url); found != m_icons.cend())
        return *found;
    const QChar initial = toolLabel.isEmpty() ? QLatin1Char('?') : toolLabel.front().toUpper();
    QIcon &placeholder = m_placeholders[initial];
    if (placeholder.isNull()) // drawn large once; the views scale it down
        placeholder = QIcon(QPixmap::fromImage(placeholderTile(QString(initial), 64)));
    return placeholder;
}

} // namespace kombo
