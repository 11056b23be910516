// SPDX-License-Identifier: MIT
#include "model/toolicons.h"

#include <QFont>
#include <QImage>
#include <QPainter>

namespace kombo {

QIcon ToolIcons::icon(const QString &url, const QString &toolLabel) const
{
    if (const auto found = m_icons.constFind(url); found != m_icons.cend())
        return *found;
    const QChar initial = toolLabel.isEmpty() ? QLatin1Char('?') : toolLabel.front().toUpper();
    QIcon &placeholder = m_placeholders[initial];
    if (placeholder.isNull()) {
        // Drawn large once; the views scale it down.
        constexpr int kSize = 64;
        QImage tile(kSize, kSize, QImage::Format_ARGB32_Premultiplied);
        tile.fill(Qt::transparent);
        QPainter painter(&tile);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x94, 0xa3, 0xb8)); // the header's placeholder logo
        painter.drawRoundedRect(QRectF(0, 0, kSize, kSize), kSize / 5.0, kSize / 5.0);
        QFont font = painter.font();
        font.setPixelSize(kSize / 2);
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRectF(0, 0, kSize, kSize), Qt::AlignCenter, QString(initial));
        painter.end();
        placeholder = QIcon(QPixmap::fromImage(tile));
    }
    return placeholder;
}

} // namespace kombo
