// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <QString>

namespace kombo {

// What a keychain answered to one request.
struct SecretReply
{
    enum class Status
    {
        Ok,          // done; a read's value is in `secret`
        NotFound,    // nothing is stored under our name
        Unavailable, // no keychain is reachable (no session bus, no Secret Service, no KWallet)
        Refused,     // locked, or the person declined to unlock it
        Failed       // anything else
    };

    Status status = Status::Failed;
    QString secret;
    QString detail; // the keychain's own words, for people
};

// The system keychain behind one seam, so that tests can also play a locked, cancelled or
// failing one. Each request is answered once, later, through `done`.
class SecretStore
{
public:
    using Done = std::function<void(const SecretReply &)>;

    virtual ~SecretStore() = default;
    virtual void read(Done done) = 0;
    virtual void write(const QString &secret, Done done) = 0;
    virtual void remove(Done done) = 0;
};

} // namespace kombo
