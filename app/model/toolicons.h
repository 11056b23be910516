// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QIcon>
#include <QObject>
#include <QString>

class QImage;

namespace kombo {

// A neutral rounded tile, `pixels` square, with `initial` (a tool's first letter, or nothing):
// what stands for a tool's logo or icon until one arrives, or when none can.
QImage placeholderTile(const QString &initial, int pixels);

// The tools' square icons by their `icon_url`, shared by every list and header that names an
// integration: many integrations share a tool, and each icon is fetched and kept once.
class ToolIcons final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolIcons)

public:
    explicit ToolIcons(QObject *parent = nullptr) : QObject(parent) {}

    // The icon fetched for `url`; until one arrived (or when none can), a neutral tile with the
    // tool's initial, so that every entry has its anchor and the tools still tell apart.
    QIcon icon(const QString &url, const QString &toolLabel) const;
    void setIcon(const QString &url, const QIcon &icon)
    {
        m_icons.insert(url, icon);
        emit changed(url);
    }

signals:
    void changed(const QString &url);

private:
    QHash<QString, QIcon> m_icons;
    mutable QHash<QChar, QIcon> m_placeholders; // by initial
};

} // namespace kombo
