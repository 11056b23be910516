// SPDX-License-Identifier: MIT
#include "ui/messagebanner.h"

#include "common/safetext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace kombo {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)),
      m_action(new QPushButton(this)), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    // A long word in a server's message must not widen the window.
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_text->setTextFormat(Qt::RichText);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("\u2715"));
    m_close->setToolTip(tr("Dismiss"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    m_action->hide();
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text, const QString &heading,
                                const Link &link)
{
    // Pale backgrounds with dark text read the same in light and dark themes.
    QString background;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (kind) {
    case Kind::Error:
        background = QStringLiteral("#fde2e2");
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case Kind::Warning:
        background = QStringLiteral("#fef3c7");
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Kind::Info:
        background = QStringLiteral("#e0f2fe");
        break;
    }
    setStyleSheet(
        QStringLiteral("QFrame { background: %1; border-radius: 6px; } QLabel { color: #1f2937; }"
                       "QToolButton { color: #1f2937; }")
            .arg(background));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    // The label must be rich text for the bold heading and the link, so every part is escaped
    // here, in the one place that composes it, and capped so that no text costs seconds.
    const QString body = capped(text, kMaxDetailChars);
    QString html = body.toHtmlEscaped();
    m_plainText = body;
    if (!heading.isEmpty()) {
        html = QStringLiteral("<b>%1</b><br>").arg(heading.toHtmlEscaped()) + html;
        m_plainText = heading + QLatin1Char(' ') + m_plainText;
    }
    if (link.url.scheme() == QLatin1String("https")) {
        html += QStringLiteral(" <a href=\"%1\">%2</a>")
                    .arg(QString::fromUtf8(link.url.toEncoded()).toHtmlEscaped(),
                         link.text.toHtmlEscaped());
    }
    m_text->setText(html);
    m_action->hide();
    m_action->disconnect();
    show();
}

void MessageBanner::offerAction(const QString &text, const std::function<void()> &action)
{
    m_action->setText(text);
    connect(m_action, &QPushButton::clicked, this, action);
    m_action->show();
}

QString MessageBanner::text() const
{
    return m_plainText;
}

} // namespace kombo
