// SPDX-License-Identifier: MIT
#pragma once

#include "domain/integration.h"

#include <QWidget>

class QLabel;

namespace kombo {

class MessageBanner;

// The top of the window: the tool's logo and name, what the integration is and for whom, its
// status as badges, and a warning while its data is out of date.
class IntegrationHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrationHeader)

public:
    explicit IntegrationHeader(QWidget *parent = nullptr);

    void setIntegration(const Integration &integration);
    // The logo, or a neutral placeholder when `logo` is null; `why` goes in its tooltip.
    void setLogo(const QPixmap &logo, const QString &why = {});
    // The tool's square icon beside its name; none when `icon` is null.
    void setIcon(const QPixmap &icon);

private:
    QLabel *m_logo;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_badges;
    QLabel *m_facts;
    MessageBanner *m_expired;
};

inline constexpr int kHeaderLogoHeight = 48; // logical pixels; logos are up to 4 times as wide
inline constexpr int kHeaderIconSize = 20;

// The placeholder logo: the tool's initial on a neutral tile.
QPixmap placeholderLogo(const QString &toolLabel, int size, qreal devicePixelRatio);

} // namespace kombo
