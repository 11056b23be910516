// SPDX-License-Identifier: MIT
#include "fakesecretstore.h"
#include "keys/apikeystore.h"

#include <QSignalSpy>
#include <QtTest>

using namespace kombo;

// The rules of SPEC §7 against keychains that work, are missing, locked, refused or failing.
class TestApiKeyStore : public QObject
{
    Q_OBJECT

private slots:
    void environmentKey_winsWithoutAskingTheKeychain();
    void keptKey_isReadOnce();
    void savedKey_isKeptInTheKeychain();
    void unhappyKeychain_neverLosesTheStoredKey_data();
    void unhappyKeychain_neverLosesTheStoredKey();
    void lockedKeychain_isNotWaitedFor();
    void forget_removesTheKeyEverywhere();
    void failingRemoval_saysSo();
};

void TestApiKeyStore::environmentKey_winsWithoutAskingTheKeychain()
{
    FixedKey environment;
    environment.value = QStringLiteral("sk_environment");
    FakeSecretStore keychain;
    keychain.stored = QStringLiteral("sk_kept");
    ApiKeyStore keys(keychain, environment);
    keys.loadAndWait(kKeychainPatience);
    QCOMPARE(keychain.reads, 0);
    QCOMPARE(keys.apiKey(), std::optional(QStringLiteral("sk_environment")));
    QCOMPARE(keys.origin(), ApiKeyStore::Origin::Environment);
    // A key saved meanwhile is kept, but the environment's still wins.
    keys.save(QStringLiteral("sk_new"));
    QTRY_VERIFY(!keys.isBusy());
    QCOMPARE(keychain.stored, std::optional(QStringLiteral("sk_new")));
    QCOMPARE(keys.apiKey(), std::optional(QStringLiteral("sk_environment")));
}

void TestApiKeyStore::keptKey_isReadOnce()
{
    FixedKey environment;
    FakeSecretStore keychain;
    keychain.stored = QStringLiteral("sk_kept");
    ApiKeyStore keys(keychain, environment);
    QSignalSpy changed(&keys, &ApiKeyStore::changed);
    keys.loadAndWait(kKeychainPatience);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(keychain.reads, 1);
    QCOMPARE(keys.apiKey(), std::optional(QStringLiteral("sk_kept")));
    QCOMPARE(keys.origin(), ApiKeyStore::Origin::Keychain);
    QVERIFY(keys.keychainProblem().isEmpty());

    FakeSecretStore empty;
    ApiKeyStore none(empty, environment);
    none.loadAndWait(kKeychainPatience);
    QCOMPARE(none.apiKey(), std::nullopt);
    QCOMPARE(none.origin(), ApiKeyStore::Origin::None);
    QVERIFY(none.keychainProblem().isEmpty());
}

void TestApiKeyStore::savedKey_isKeptInTheKeychain()
{
    FixedKey environment;
    FakeSecretStore keychain;
    ApiKeyStore keys(keychain, environment);
    keys.loadAndWait(kKeychainPatience);
    keys.save(QStringLiteral("sk_typed"));
    // Usable at once, before the keychain answers.
    QCOMPARE(keys.apiKey(), std::optional(QStringLiteral("sk_typed")));
    QVERIFY(keys.isBusy());
    QTRY_VERIFY(!keys.isBusy());
    QCOMPARE(keys.origin(), ApiKeyStore::Origin::Keychain);
    QCOMPARE(keychain.stored, std::optional(QStringLiteral("sk_typed")));
}

void TestApiKeyStore::unhappyKeychain_neverLosesTheStoredKey_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("problem");
    QTest::newRow("missing") << int(SecretReply::Status::Unavailable)
                             << QStringLiteral("No keychain is reachable (fake keychain says no)");
    QTest::newRow("locked") << int(SecretReply::Status::Refused)
                            << QStringLiteral("The keychain did not give the saved key");
    QTest::newRow("failing") << int(SecretReply::Status::Failed)
                             << QStringLiteral("The keychain did not give the saved key");
}

void TestApiKeyStore::unhappyKeychain_neverLosesTheStoredKey()
{
    QFETCH(int, status);
    QFETCH(QString, problem);
    FixedKey environment;
    FakeSecretStore keychain;
    keychain.stored = QStringLiteral("sk_stored_long_ago");
    keychain.behaviour = SecretReply::Status(status);
    ApiKeyStore keys(keychain, environment);
    keys.loadAndWait(kKeychainPatience);
    QCOMPARE(keys.apiKey(), std::nullopt);
    QVERIFY2(keys.keychainProblem().startsWith(problem), qPrintable(keys.keychainProblem()));
    QCOMPARE(keychain.writes, 0);
    QCOMPARE(keychain.removes, 0);

    // A key entered now lives for the session; the keychain's own stays as it was.
    keys.save(QStringLiteral("sk_for_now"));
    QTRY_VERIFY(!keys.isBusy());
    QCOMPARE(keys.apiKey(), std::optional(QStringLiteral("sk_for_now")));
    QCOMPARE(keys.origin(), ApiKeyStore::Origin::Session);
    QVERIFY2(keys.keychainProblem().contains(QStringLiteral("this session only")),
             qPrintable(keys.keychainProblem()));
    QCOMPARE(keychain.stored, std::optional(QStringLiteral("sk_stored_long_ago")));
    QCOMPARE(keychain.removes, 0);
}

void TestApiKeyStore::lockedKeychain_isNotWaitedFor()
{
    // A locked keychain asks the person to unlock it and answers only then.
    FixedKey environment;
    FakeSecretStore keychain;
    keychain.stored = QStringLiteral("sk_behind_the_lock");
    keychain.silent = true;
    ApiKeyStore keys(keychain, environment);
    QElapsedTimer clock;
    clock.start();
    keys.loadAndWait(std::chrono::milliseconds(200));
    QVERIFY(clock.elapsed() < 5000);
    QCOMPARE(keys.apiKey(), std::nullopt);
    QVERIFY2(keys.keychainProblem().contains(QStringLiteral("did not answer")),
             qPrintable(keys.keychainProblem()));
    // Unlocked later: the key counts from then on.
    keychain.answerHeld();
    QCOMPARE(keys.apiKey(), std::optional(QStringLiteral("sk_behind_the_lock")));
    QVERIFY(keys.keychainProblem().isEmpty());
    QCOMPARE(keychain.writes + keychain.removes, 0);
}

void TestApiKeyStore::forget_removesTheKeyEverywhere()
{
    FixedKey environment;
    FakeSecretStore keychain;
    keychain.stored = QStringLiteral("sk_kept");
    ApiKeyStore keys(keychain, environment);
    keys.loadAndWait(kKeychainPatience);
    keys.forget();
    QCOMPARE(keys.apiKey(), std::nullopt);
    QTRY_VERIFY(!keys.isBusy());
    QCOMPARE(keychain.stored, std::nullopt);
    QCOMPARE(keys.origin(), ApiKeyStore::Origin::None);
    QVERIFY(keys.keychainProblem().isEmpty());
    // Forgetting again, with nothing stored, is no problem either.
    keys.forget();
    QTRY_VERIFY(!keys.isBusy());
    QVERIFY(keys.keychainProblem().isEmpty());
}

void TestApiKeyStore::failingRemoval_saysSo()
{
    FixedKey environment;
    FakeSecretStore keychain;
    keychain.stored = QStringLiteral("sk_kept");
    ApiKeyStore keys(keychain, environment);
    keys.loadAndWait(kKeychainPatience);
    keychain.behaviour = SecretReply::Status::Refused; // locked since
    keys.forget();
    QTRY_VERIFY(!keys.isBusy());
    QCOMPARE(keys.apiKey(), std::nullopt); // forgotten here, as asked
    QVERIFY2(keys.keychainProblem().contains(QStringLiteral("could not remove")),
             qPrintable(keys.keychainProblem()));
    QCOMPARE(keychain.stored, std::optional(QStringLiteral("sk_kept")));
}

QTEST_GUILESS_MAIN(TestApiKeyStore)
#include "tst_apikeystore.moc"
