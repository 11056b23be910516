// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace kombo {

class ApiKeyStore;
class ApiRequest;

// Edit → Settings: the API key (SPEC §7). Enter it masked, check it against the API
// (`GET {base}/check-api-key`), keep it in the keychain or forget it; the dialog says where the
// key in use comes from and when the keychain cannot keep it.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(ApiKeyStore &keys, QNetworkAccessManager *network, QUrl baseUrl,
                   QWidget *parent = nullptr);

    // Where Kombo's dashboard lists a project's API keys.
    static QUrl dashboardUrl();

private:
    void showKeyState();
    void saveKey();
    void forgetKey();
    void checkKey();
    void checkFinished();

    ApiKeyStore &m_keys;
    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QLineEdit *m_key;
    QLabel *m_state;
    QLabel *m_checkResult;
    QPushButton *m_save;
    QPushButton *m_check;
    QPushButton *m_forget;
    ApiRequest *m_request = nullptr;
};

} // namespace kombo
