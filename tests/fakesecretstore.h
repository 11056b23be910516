// SPDX-License-Identifier: MIT
#pragma once

#include "keys/secretstore.h"
#include "net/apikey.h"

#include <optional>
#include <utility>
#include <vector>
#include <QTimer>

namespace kombo {

// A keychain that answers as a test says: working, missing, locked, cancelled or failing. It
// answers later, as a real one does, and counts what it was asked.
class FakeSecretStore final : public SecretStore
{
public:
    // What every request is answered with, unless Ok (then the stored value decides).
    SecretReply::Status behaviour = SecretReply::Status::Ok;
    std::optional<QString> stored;
    bool silent = false; // answers only when answerHeld() is called, as a locked keychain
    int reads = 0;
    int writes = 0;
    int removes = 0;

    void read(Done done) override
    {
        ++reads;
        SecretReply reply = answer();
        if (reply.status == SecretReply::Status::Ok) {
            if (stored)
                reply.secret = *stored;
            else
                reply.status = SecretReply::Status::NotFound;
        }
        later(std::move(done), reply);
    }
    void write(const QString &secret, Done done) override
    {
        ++writes;
        const SecretReply reply = answer();
        if (reply.status == SecretReply::Status::Ok)
            stored = secret;
        later(std::move(done), reply);
    }
    void remove(Done done) override
    {
        ++removes;
        SecretReply reply = answer();
        if (reply.status == SecretReply::Status::Ok) {
            if (!stored)
                reply.status = SecretReply::Status::NotFound;
            stored.reset();
        }
        later(std::move(done), reply);
    }

    // Gives the answers a silent keychain held back.
    void answerHeld()
    {
        for (auto &answer : std::exchange(m_held, {}))
            answer();
    }

private:
    std::vector<std::function<void()>> m_held;

    SecretReply answer() const
    {
        SecretReply reply;
        reply.status = behaviour;
        if (behaviour != SecretReply::Status::Ok)
            reply.detail = QStringLiteral("fake keychain says no");
        return reply;
    }
    void later(Done done, const SecretReply &reply)
    {
        if (silent)
            m_held.push_back([done = std::move(done), reply] { done(reply); });
        else
            QTimer::singleShot(0, [done = std::move(done), reply] { done(reply); });
    }
};

// KOMBO_API_KEY as a test sets it.
class FixedKey final : public ApiKeySource
{
public:
    std::optional<QString> value;
    std::optional<QString> apiKey() const override { return value; }
};

} // namespace kombo
