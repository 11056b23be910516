// SPDX-License-Identifier: MIT
#include "ui/settingsdialog.h"

#include "keys/apikeystore.h"
#include "net/apiendpoint.h"
#include "net/apirequest.h"
#include "settings/settings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kombo {

namespace {

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // keychain and API words are not markup
    return label;
}

} // namespace

QUrl SettingsDialog::dashboardUrl()
{
    return QUrl(QStringLiteral("https://app.kombo.dev/"));
}

SettingsDialog::SettingsDialog(ApiKeyStore &keys, QNetworkAccessManager *network, QUrl baseUrl,
                               QWidget *parent)
    : QDialog(parent), m_keys(keys), m_network(network), m_baseUrl(std::move(baseUrl)),
      m_key(new QLineEdit(this)), m_state(wrappingLabel(this)), m_checkResult(wrappingLabel(this)),
      m_save(new QPushButton(tr("&Save"), this)), m_check(new QPushButton(tr("&Check"), this)),
      m_forget(new QPushButton(tr("&Forget"), this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    m_key->setObjectName(QStringLiteral("apiKeyEdit"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setClearButtonEnabled(true);
    m_key->setMinimumWidth(360);
    auto *reveal = new QCheckBox(tr("S&how the key as typed"), this);
    connect(reveal, &QCheckBox::toggled, this, [this](bool shown) {
        m_key->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    m_state->setObjectName(QStringLiteral("apiKeyState"));
    m_checkResult->setObjectName(QStringLiteral("apiKeyCheckResult"));
    m_save->setObjectName(QStringLiteral("saveKeyButton"));
    m_check->setObjectName(QStringLiteral("checkKeyButton"));
    m_forget->setObjectName(QStringLiteral("forgetKeyButton"));

    auto *where = new QLabel(tr("Kombo shows your API keys in its <a href=\"%1\">dashboard</a>.")
                                 .arg(dashboardUrl().toString()),
                             this);
    where->setTextFormat(Qt::RichText); // our own words and link only
    where->setOpenExternalLinks(true);

    auto *keyButtons = new QHBoxLayout;
    keyButtons->addWidget(m_save);
    keyButtons->addWidget(m_check);
    keyButtons->addWidget(m_forget);
    keyButtons->addStretch();

    auto *group = new QGroupBox(tr("Kombo API key"), this);
    auto *form = new QVBoxLayout(group);
    form->addWidget(m_key);
    form->addWidget(reveal);
    form->addWidget(where);
    form->addLayout(keyButtons);
    form->addWidget(m_checkResult);
    form->addWidget(m_state);

    // History (SPEC §9): whether responses from the API are kept; read at each load.
    auto *history = new QGroupBox(tr("History"), this);
    auto *keep = new QCheckBox(tr("&Keep a snapshot of each response (history)"), history);
    keep->setObjectName(QStringLiteral("keepSnapshots"));
    keep->setChecked(Settings().keepSnapshots());
    keep->setToolTip(tr("Each integration loaded from the API is kept on this computer, so that "
                        "the History panel can show what changed since."));
    connect(keep, &QCheckBox::toggled, this, [](bool on) { Settings().setKeepSnapshots(on); });
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->addWidget(keep);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(group);
    layout->addWidget(history);
    layout->addWidget(buttons);

    connect(m_save, &QPushButton::clicked, this, &SettingsDialog::saveKey);
    connect(m_check, &QPushButton::clicked, this, &SettingsDialog::checkKey);
    connect(m_forget, &QPushButton::clicked, this, &SettingsDialog::forgetKey);
    connect(m_key, &QLineEdit::returnPressed, this, &SettingsDialog::saveKey);
    connect(m_key, &QLineEdit::textChanged, this, &SettingsDialog::showKeyState);
    connect(&m_keys, &ApiKeyStore::changed, this, &SettingsDialog::showKeyState);
    showKeyState();
    m_checkResult->hide();
}

void SettingsDialog::showKeyState()
{
    QString state;
    switch (m_keys.origin()) {
    case ApiKeyStore::Origin::None:
        state = tr("No key is saved.");
        break;
    case ApiKeyStore::Origin::Environment:
        state = tr("KOMBO_API_KEY is set: its key is used and wins over a key saved here.");
        break;
    case ApiKeyStore::Origin::Keychain:
        state = tr("A key is saved in the system keychain.");
        break;
    case ApiKeyStore::Origin::Session:
        state = tr("A key is kept for this session only.");
        break;
    }
    if (m_keys.isBusy())
        state += QLatin1Char(' ') + tr("Waiting for the keychain…");
    if (!m_keys.keychainProblem().isEmpty())
        state += QLatin1Char(' ') + m_keys.keychainProblem();
    m_state->setText(state);

    const bool typed = !m_key->text().trimmed().isEmpty();
    m_key->setPlaceholderText(m_keys.origin() == ApiKeyStore::Origin::None
                                  ? tr("Paste your API key")
                                  : tr("Paste a new key to replace it"));
    m_save->setEnabled(typed && !m_keys.isBusy());
    m_check->setEnabled((typed || m_keys.apiKey()) && !m_request);
    m_forget->setEnabled(!m_keys.isBusy() && (m_keys.origin() == ApiKeyStore::Origin::Keychain ||
                                              m_keys.origin() == ApiKeyStore::Origin::Session));
}

void SettingsDialog::saveKey()
{
    const QString key = m_key->text().trimmed();
    if (key.isEmpty())
        return;
    if (const Result<void> usable = checkApiKey(key); const Failure *failure = usable.failure()) {
        m_checkResult->setText(failure->localizedMessage());
        m_checkResult->show();
        return;
    }
    m_keys.save(key);
    m_key->clear();
}

void SettingsDialog::forgetKey()
{
    m_keys.forget();
    m_checkResult->hide();
}

void SettingsDialog::checkKey()
{
    // What is typed, else the key in use.
    QString key = m_key->text().trimmed();
    if (key.isEmpty())
        key = m_keys.apiKey().value_or(QString());
    if (const Result<void> usable = checkApiKey(key); const Failure *failure = usable.failure()) {
        m_checkResult->setText(failure->localizedMessage());
        m_checkResult->show();
        return;
    }
    m_request = new ApiRequest(m_network, apiKeyCheckUrl(m_baseUrl), key, {}, this);
    connect(m_request, &ApiRequest::finished, this, &SettingsDialog::checkFinished);
    m_checkResult->setText(tr("Checking the key with %1…").arg(m_baseUrl.host()));
    m_checkResult->show();
    m_check->setEnabled(false);
    m_request->start();
}

void SettingsDialog::checkFinished()
{
    const Failure *failure = m_request->result().failure();
    if (!failure)
        m_checkResult->setText(tr("The key is valid for %1.").arg(m_baseUrl.host()));
    else if (failure->kind == FailureKind::Api)
        m_checkResult->setText(tr("The API refused the key: %1").arg(failure->localizedMessage()));
    else
        m_checkResult->setText(tr("Could not check the key: %1").arg(failure->localizedMessage()));
    m_request->deleteLater();
    m_request = nullptr;
    showKeyState();
}

} // namespace kombo
