// SPDX-License-Identifier: MIT
#pragma once

#include "keys/secretstore.h"

#include <QObject>

namespace kombo {

// The API key's entry in the system keychain (Secret Service or KWallet, through QtKeychain),
// under the application ID. Never falls back to a plain-text file.
class SystemKeychain final : public QObject, public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemKeychain)

public:
    explicit SystemKeychain(QObject *parent = nullptr);

    void read(Done done) override;
    void write(const QString &secret, Done done) override;
    void remove(Done done) override;
};

} // namespace kombo
