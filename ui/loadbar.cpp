// SPDX-License-Identifier: MIT
#include "ui/loadbar.h"

#include "common/safetext.h"
#include "load/batchloader.h"
#include "net/apiendpoint.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>

namespace kombo {

namespace {

constexpr int kCustomRegion = 2; // index in the region box

} // namespace

LoadBar::LoadBar(QWidget *parent)
    : QWidget(parent), m_id(new QComboBox(this)), m_region(new QComboBox(this)),
      m_customUrl(new QLineEdit(this)), m_load(new QPushButton(tr("&Load"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this))
{
    m_id->setObjectName(QStringLiteral("integrationIdBox"));
    m_region->setObjectName(QStringLiteral("regionBox"));
    m_customUrl->setObjectName(QStringLiteral("customBaseUrl"));
    m_load->setObjectName(QStringLiteral("loadButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_status->setObjectName(QStringLiteral("loadStatus"));
    m_status->setTextFormat(Qt::PlainText); // it names the integration being loaded

    m_id->setEditable(true);
    m_id->setInsertPolicy(QComboBox::NoInsert);
    m_id->setMinimumContentsLength(14);
    m_id->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_id->lineEdit()->setPlaceholderText(
        tr("Integration ID, e.g. factorial:8d1hpPsbjxUkoCoa1veLZGe5"));
    m_id->lineEdit()->setClearButtonEnabled(true);
    m_id->setToolTip(tr("The integration to load (Ctrl+L); recent IDs are in the list"));
    connect(m_id->lineEdit(), &QLineEdit::returnPressed, this, &LoadBar::loadRequested);

    m_region->addItem(tr("EU"), QString::fromLatin1(kEuBaseUrl));
    m_region->addItem(tr("US"), QString::fromLatin1(kUsBaseUrl));
    m_region->addItem(tr("Custom…"));
    m_region->setToolTip(tr("Kombo's region, or a base URL of your own"));
    m_customUrl->setPlaceholderText(tr("https://…/v1"));
    m_customUrl->setMinimumWidth(150);
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        updateCustomUrlBox();
        emit baseUrlChanged(baseUrl());
    });
    connect(m_customUrl, &QLineEdit::editingFinished, this,
            [this] { emit baseUrlChanged(baseUrl()); });

    m_load->setDefault(true);
    connect(m_load, &QPushButton::clicked, this, &LoadBar::loadRequested);
    connect(m_cancel, &QPushButton::clicked, this, &LoadBar::cancelRequested);
    m_progress->setRange(0, 0); // busy: the API does not say how long it takes
    m_progress->setMaximumWidth(80);
    m_progress->setTextVisible(false);
    // The bar keeps its place while hidden, so nothing moves under the pointer when a load
    // starts or ends.
    QSizePolicy keepPlace = m_progress->sizePolicy();
    keepPlace.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(keepPlace);
    // Retry messages can be long: they must not widen the window.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Integration:"), this));
    layout->addWidget(m_id, 2);
    layout->addWidget(m_region);
    layout->addWidget(m_customUrl);
    layout->addWidget(m_load);
    layout->addWidget(m_cancel);
    layout->addWidget(m_progress);
    layout->addWidget(m_status, 1);
    updateCustomUrlBox();
    setBusy(false);
}

QString LoadBar::integrationId() const
{
    return m_id->currentText().trimmed();
}

QStringList LoadBar::integrationIds() const
{
    return integrationIdsIn(m_id->currentText());
}

void LoadBar::setRecentIds(const QStringList &ids)
{
    const QString current = m_id->currentText();
    m_id->clear();
    m_id->addItems(ids);
    m_id->setCurrentText(current);
}

QString LoadBar::baseUrl() const
{
    return m_region->currentIndex() == kCustomRegion ? m_customUrl->text().trimmed()
                                                     : m_region->currentData().toString();
}

void LoadBar::setBaseUrl(const QString &url)
{
    const QSignalBlocker quiet(m_region); // setting is not choosing: baseUrlChanged is for the user
    const int region = m_region->findData(url);
    if (region >= 0 || url.isEmpty()) {
        m_region->setCurrentIndex(std::max(region, 0));
    } else {
        m_customUrl->setText(url);
        m_region->setCurrentIndex(kCustomRegion);
    }
    updateCustomUrlBox();
}

void LoadBar::setBusy(bool busy)
{
    m_load->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_progress->setVisible(busy);
    if (!busy)
        m_status->clear();
}

void LoadBar::setIntegrationId(const QString &id)
{
    m_id->setCurrentText(id);
}

void LoadBar::setStatus(const QString &text, const QString &details)
{
    m_status->setText(text);
    m_status->setToolTip(plainToolTip(oneLine(details)));
}

void LoadBar::focusIdBox()
{
    m_id->setFocus(Qt::ShortcutFocusReason);
    m_id->lineEdit()->selectAll();
}

void LoadBar::updateCustomUrlBox()
{
    m_customUrl->setVisible(m_region->currentIndex() == kCustomRegion);
}

} // namespace kombo
