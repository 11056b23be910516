// SPDX-License-Identifier: MIT
#include "keys/apikeystore.h"

#include <QEventLoop>
#include <QTimer>

namespace kombo {

ApiKeyStore::ApiKeyStore(SecretStore &keychain, const ApiKeySource &environment,
                         QObject *parent)
    : QObject(parent), m_keychain(keychain), m_environment(environment)
{}

std::optional<QString> ApiKeyStore::apiKey() const
{
    if (auto key = m_environment.apiKey())
        return key;
    return m_key;
}

ApiKeyStore::Origin ApiKeyStore::origin() const
{
    if (m_environment.apiKey())
        return Origin::Environment;
    if (!m_key)
        return Origin::None;
    return m_kept ? Origin::Keychain : Origin::Session;
}

void ApiKeyStore::answered()
{
    --m_busy;
    emit changed();
}

void ApiKeyStore::load()
{
    if (m_environment.apiKey())
        return;
    ++m_busy;
    m_keychain.read([this](const SecretReply &reply) {
        switch (reply.status) {
        case SecretReply::Status::Ok:
            if (!m_key) { // a key entered meanwhile is newer
                m_key = reply.secret;
                m_kept = true;
            }
            m_problem.clear();
            break;
        case SecretReply::Status::NotFound:
            m_problem.clear();
            break;
        case SecretReply::Status::Unavailable:
            m_problem = tr("No keychain is reachable (%1), so a key entered here is kept for "
                           "this session only.")
                            .arg(reply.detail);
            break;
        case SecretReply::Status::Refused:
        case SecretReply::Status::Failed:
            m_problem = tr("The keychain did not give the saved key (%1). It is left as it "
                           "is; a key entered here is kept for this session only.")
                            .arg(reply.detail);
            break;
        }
        answered();
    });
}

void ApiKeyStore::loadAndWait(std::chrono::milliseconds patience)
{
    if (m_environment.apiKey())
        return;
    QEventLoop loop;
    connect(this, &ApiKeyStore::changed, &loop, &QEventLoop::quit);
    QTimer::singleShot(patience, &loop, &QEventLoop::quit);
    load();
    if (isBusy())
        loop.exec();
    if (isBusy() && !m_key) {
        m_problem = tr("The keychain did not answer within %1 s; it may be locked.")
                        .arg(std::chrono::duration_cast<std::chrono::seconds>(patience).count());
    }
}

void ApiKeyStore::save(const QString &key)
{
    m_key = key;
    m_kept = false;
    ++m_busy;
    emit changed();
    m_keychain.write(key, [this, key](const SecretReply &reply) {
        if (m_key != key) // replaced or forgotten meanwhile: that answer describes another key
            return answered();
        m_kept = reply.status == SecretReply::Status::Ok;
        m_problem = m_kept ? QString()
                           : tr("The keychain did not keep the key (%1): it is kept for this "
                                "session only.")
                                 .arg(reply.detail);
        answered();
    });
}

void ApiKeyStore::forget()
{
    m_key.reset();
    m_kept = false;
    ++m_busy;
    emit changed();
    m_keychain.remove([this](const SecretReply &reply) {
        const bool gone = reply.status == SecretReply::Status::Ok ||
                          reply.status == SecretReply::Status::NotFound;
        m_problem = gone ? QString()
                         : tr("The keychain could not remove the saved key (%1): remove "
                              "“Kombo Coverage” from it by hand.")
                               .arg(reply.detail);
        answered();
    });
}

} // namespace kombo
