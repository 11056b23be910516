// SPDX-License-Identifier: MIT
#include "keys/systemkeychain.h"

#include "common/safetext.h"

#include <qt6keychain/keychain.h>

namespace kombo {

namespace {

const QString kService = QStringLiteral(KOMBO_APP_ID);
const QString kEntry = QStringLiteral("api-key");

SecretReply::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretReply::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretReply::Status::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretReply::Status::Refused;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretReply::Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return SecretReply::Status::Failed;
}

// Starts `job` for our entry; `done` hears of it unless `context` is gone by then.
void run(QKeychain::Job *job, QObject *context, SecretStore::Done done,
         bool readsSecret = false)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // a key in a plain-text file is worse than none kept
    job->setKey(kEntry);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done), readsSecret](QKeychain::Job *finished) {
                         SecretReply reply;
                         reply.status = statusOf(finished->error());
                         if (reply.status != SecretReply::Status::Ok)
                             reply.detail = oneLine(finished->errorString());
                         else if (readsSecret)
                             reply.secret =
                                 static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                         done(reply);
                     });
    job->start();
}

} // namespace

SystemKeychain::SystemKeychain(QObject *parent) : QObject(parent) {}

void SystemKeychain::read(Done done)
{
    run(new QKeychain::ReadPasswordJob(kService), this, std::move(done), true);
}

void SystemKeychain::write(const QString &secret, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setTextData(secret);
    run(job, this, std::move(done));
}

void SystemKeychain::remove(Done done)
{
    run(new QKeychain::DeletePasswordJob(kService), this, std::move(done));
}

} // namespace kombo
