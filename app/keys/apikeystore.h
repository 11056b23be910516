// SPDX-License-Identifier: MIT
#pragma once

#include "keys/secretstore.h"
#include "net/apikey.h"

#include <chrono>
#include <optional>
#include <QObject>
#include <QString>

namespace kombo {

// How long a start waits for the keychain to give the key.
inline constexpr std::chrono::seconds kKeychainPatience{5};

// The API key and where it comes from (SPEC §2, §7): KOMBO_API_KEY wins; else the key kept in
// the system keychain; else one entered in this session. A keychain that is missing, locked,
// refused or failing only means the key lives for this session: nothing here ever deletes or
// overwrites a stored key except save() and forget(), which the person asks for.
class ApiKeyStore final : public QObject, public ApiKeySource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyStore)

public:
    enum class Origin
    {
        None,
        Environment, // KOMBO_API_KEY
        Keychain,    // read from or saved to the keychain
        Session      // entered, not kept: the keychain could not take it
    };

    ApiKeyStore(SecretStore &keychain, const ApiKeySource &environment,
                QObject *parent = nullptr);

    std::optional<QString> apiKey() const override;
    Origin origin() const;
    // Why the keychain does not keep the key, in the window's words; empty when it does, or
    // when nobody asked it yet.
    QString keychainProblem() const { return m_problem; }
    bool isBusy() const { return m_busy > 0; }

    // Reads the kept key, unless KOMBO_API_KEY is set; changed() when it is known.
    void load();
    // load(), and waits for the answer, at most `patience`: a locked keychain may be asking the
    // person to unlock it, which the command line never waits for (SPEC §7). An answer that
    // comes later still counts.
    void loadAndWait(std::chrono::milliseconds patience);
    // Uses `key` from now on and keeps it in the keychain if it can.
    void save(const QString &key);
    // Forgets the key, here and in the keychain.
    void forget();

signals:
    void changed();

private:
    void answered();

    SecretStore &m_keychain;
    const ApiKeySource &m_environment;
    std::optional<QString> m_key;
    bool m_kept = false; // m_key is the keychain's
    QString m_problem;
    int m_busy = 0;
};

} // namespace kombo
