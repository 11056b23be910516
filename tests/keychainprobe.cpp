// SPDX-License-Identifier: MIT
// keychain_probe read | write SECRET | remove: one request to the system keychain from a
// process of its own, printing "<status> [secret]", for tst_keychain.
#include "keys/systemkeychain.h"

#include <cstdio>
#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const QString operation = arguments.value(1);
    kombo::SystemKeychain keychain;
    const auto print = [](const kombo::SecretReply &reply) {
        static const char *const names[] = {"ok", "not-found", "unavailable", "refused", "failed"};
        std::printf("%s %s\n", names[int(reply.status)], qPrintable(reply.secret));
        QCoreApplication::exit(0);
    };
    if (operation == QLatin1String("read"))
        keychain.read(print);
    else if (operation == QLatin1String("write") && arguments.size() == 3)
        keychain.write(arguments.at(2), print);
    else if (operation == QLatin1String("remove"))
        keychain.remove(print);
    else
        return 2;
    return app.exec();
}
