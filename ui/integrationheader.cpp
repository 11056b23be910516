// SPDX-License-Identifier: MIT
#include "ui/integrationheader.h"

#include "common/safetext.h"
#include "model/toolicons.h"
#include "ui/messagebanner.h"

#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPixmap>

namespace kombo {

namespace {

// A text from the response, ready for the header's rich text: capped, then escaped.
QString shown(const QString &text)
{
    return isolated(oneLine(text, kMaxLabelChars)).toHtmlEscaped();
}

QString badge(const QString &text, const QString &colour)
{
    return QStringLiteral(
               "<span style=\"background:%1; color:white; font-weight:600;\">&nbsp;%2&nbsp;</span>")
        .arg(colour, shown(text));
}

QString statusColour(IntegrationStatus status)
{
    switch (status) {
    case IntegrationStatus::Active:
        return QStringLiteral("#15803d");
    case IntegrationStatus::Invalid:
        return QStringLiteral("#b91c1c");
    case IntegrationStatus::Inactive:
        return QStringLiteral("#b45309");
    case IntegrationStatus::Unrecognised:
        break;
    }
    return QStringLiteral("#52525b");
}

QString statusExplanation(IntegrationStatus status)
{
    switch (status) {
    case IntegrationStatus::Active:
        return IntegrationHeader::tr("ACTIVE: the integration is syncing data as expected.");
    case IntegrationStatus::Invalid:
        return IntegrationHeader::tr(
            "INVALID: the integration has stopped syncing data because of invalid "
            "credentials. Ask your customer to reconnect it.");
    case IntegrationStatus::Inactive:
        return IntegrationHeader::tr(
            "INACTIVE: the integration has stopped syncing as it's been manually set to "
            "inactive. You can enable it again in the integration's page.");
    case IntegrationStatus::Unrecognised:
        break;
    }
    return IntegrationHeader::tr("A status this version of Kombo Coverage does not know yet.");
}

QString setupExplanation(SetupStatus status)
{
    switch (status) {
    case SetupStatus::Incomplete:
        return IntegrationHeader::tr(
            "INCOMPLETE: setup is still in progress; no data is available yet.");
    case SetupStatus::FinalSyncPending:
        return IntegrationHeader::tr(
            "FINAL_SYNC_PENDING: setup is complete and the final sync is running; data "
            "will be available after it.");
    case SetupStatus::Completed:
        return IntegrationHeader::tr(
            "COMPLETED: setup is finished and the integration is ready to use.");
    case SetupStatus::Unrecognised:
        break;
    }
    return IntegrationHeader::tr(
        "A setup status this version of Kombo Coverage does not know yet.");
}

QString localTime(const QString &iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid())
        return oneLine(iso, kMaxLabelChars);
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString orDash(const std::optional<QString> &value)
{
    return value ? shown(*value) : QStringLiteral("—");
}

} // namespace

QPixmap placeholderLogo(const QString &toolLabel, int size, qreal devicePixelRatio)
{
    QPixmap pixmap = QPixmap::fromImage(
        placeholderTile(toolLabel.left(1).toUpper(), qRound(size * devicePixelRatio)));
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

IntegrationHeader::IntegrationHeader(QWidget *parent)
    : QWidget(parent), m_logo(new QLabel(this)), m_icon(new QLabel(this)),
      m_title(new QLabel(this)), m_badges(new QLabel(this)), m_facts(new QLabel(this)),
      m_expired(new MessageBanner(this))
{
    setObjectName(QStringLiteral("integrationHeader"));
    m_logo->setObjectName(QStringLiteral("toolLogo"));
    m_title->setObjectName(QStringLiteral("toolTitle"));
    m_icon->setObjectName(QStringLiteral("toolIcon"));
    m_icon->setFixedSize(kHeaderIconSize, kHeaderIconSize);
    m_icon->hide();
    m_badges->setObjectName(QStringLiteral("statusBadges"));
    m_facts->setObjectName(QStringLiteral("integrationFacts"));
    m_expired->setObjectName(QStringLiteral("dataExpiredBanner"));
    m_logo->setMinimumHeight(kHeaderLogoHeight);
    m_logo->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    for (QLabel *label : {m_title, m_facts})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The title is the tool's label, straight from the response: never markup. The other two
    // are composed here, with every text from the response escaped.
    m_title->setTextFormat(Qt::PlainText);
    // Texts from the response never widen the window: what does not fit is cut, whole in the
    // tooltip.
    for (QLabel *label : {m_title, m_facts})
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_badges->setTextFormat(Qt::RichText);
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_logo, 0, 0, 2, 1);
    auto *name = new QHBoxLayout;
    name->setSpacing(6);
    name->addWidget(m_icon);
    name->addWidget(m_title, 1);
    layout->addLayout(name, 0, 1);
    layout->addWidget(m_badges, 0, 2, Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_facts, 1, 1, 1, 2);
    layout->addWidget(m_expired, 2, 0, 1, 3);
    layout->setColumnStretch(1, 1);
    layout->setHorizontalSpacing(12);
    // Until an integration is loaded, the header says how to load one.
    m_title->setText(tr("No integration loaded"));
    m_facts->setText(
        tr("Enter an integration ID and press Load, open a saved response (Ctrl+O), drop one "
           "here, or open the demo from the Help menu."));
    m_logo->setPixmap(placeholderLogo(QString(), kHeaderLogoHeight, devicePixelRatioF()));
}

void IntegrationHeader::setLogo(const QPixmap &logo, const QString &why)
{
    m_logo->setPixmap(logo.isNull()
                          ? placeholderLogo(m_title->text(), kHeaderLogoHeight, devicePixelRatioF())
                          : logo);
    m_logo->setToolTip(plainToolTip(why));
}

void IntegrationHeader::setIcon(const QPixmap &icon)
{
    m_icon->setPixmap(icon);
    m_icon->setVisible(!icon.isNull());
}

void IntegrationHeader::setIntegration(const Integration &integration)
{
    m_title->setText(oneLine(integration.tool.label, kMaxLabelChars));
    m_title->setToolTip(
        plainToolTip(integration.tool.internalLabel
                         ? integration.tool.label + QLatin1Char('\n') +
                               tr("Internal label: %1").arg(*integration.tool.internalLabel)
                         : integration.tool.label));

    QString badges =
        badge(integration.wireName(integration.status), statusColour(integration.status.value)) +
        QStringLiteral(" ") +
        badge(integration.wireName(integration.setupStatus), QStringLiteral("#475569"));
    if (integration.beta)
        badges += QStringLiteral(" ") + badge(tr("BETA"), QStringLiteral("#7c3aed"));
    m_badges->setText(badges);
    // Screen readers get the words the coloured badges show.
    m_badges->setAccessibleName(
        tr("Status %1, setup %2%3")
            .arg(oneLine(integration.wireName(integration.status), kMaxLabelChars),
                 oneLine(integration.wireName(integration.setupStatus), kMaxLabelChars),
                 integration.beta ? tr(", beta") : QString()));
    m_badges->setToolTip(plainToolTip(statusExplanation(integration.status.value) +
                                      QStringLiteral("\n\n") +
                                      setupExplanation(integration.setupStatus.value)));

    const QString scopeName =
        integration.scopeConfig.name ? shown(*integration.scopeConfig.name) : tr("(unnamed)");
    m_facts->setText(tr("<b>%1</b> integration <code>%2</code> for <b>%3</b><br>"
                        "Created %4 by %5 · origin ID %6 · scope config %7 (<code>%8</code>)")
                         .arg(shown(integration.wireName(integration.category)),
                              shown(integration.id), shown(integration.endUser.organizationName),
                              localTime(integration.createdAt).toHtmlEscaped(),
                              orDash(integration.endUser.creatorEmail),
                              orDash(integration.endUser.originId), scopeName,
                              shown(integration.scopeConfig.id)));
    // The labels show at most kMaxLabelChars of each text; the tooltip has them whole.
    m_facts->setToolTip(plainToolTip(
        tr("Organisation: %1\nCreator: %2\nOrigin ID: %3\nScope config: %4 (%5)")
            .arg(integration.endUser.organizationName,
                 integration.endUser.creatorEmail.value_or(QString()),
                 integration.endUser.originId.value_or(QString()),
                 integration.scopeConfig.name.value_or(QString()), integration.scopeConfig.id)));

    if (integration.dataExpiredAt) {
        m_expired->showMessage(
            MessageBanner::Kind::Warning,
            tr("The integration's configuration changed on %1: the synced data is out of date "
               "until the next successful sync.")
                .arg(localTime(*integration.dataExpiredAt)));
    } else {
        m_expired->hide();
    }
}

} // namespace kombo
