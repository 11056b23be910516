// SPDX-License-Identifier: MIT
#pragma once

// Runs the built kombo-coverage binary as a user would, without any display, while this
// thread's event loop keeps serving the test's own HTTP servers.

#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline QProcessEnvironment headlessEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "KOMBO_API_KEY", "KOMBO_BASE_URL",
          "DBUS_SESSION_BUS_ADDRESS"}) // nor the keychain of the person running the tests
        environment.remove(QString::fromLatin1(name));
    // Saved settings of the user running the tests must not leak in.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       QDir::tempPath() + QStringLiteral("/kombo-cli-test-config"));
    // Snapshots of what the tests load stay out of the person's own data folder.
    environment.insert(QStringLiteral("XDG_DATA_HOME"),
                       QDir::tempPath() + QStringLiteral("/kombo-cli-test-data"));
    return environment;
}

inline Run runProgram(const QString &program, const QStringList &arguments,
                      const QProcessEnvironment &environment = headlessEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    Run run;
    if (!finished.wait(60000) || process.exitStatus() != QProcess::NormalExit) {
        run.err = "did not finish normally: " + process.readAllStandardError();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

inline Run runCli(const QStringList &arguments,
                  const QProcessEnvironment &environment = headlessEnvironment())
{
    return runProgram(QStringLiteral(KOMBO_BINARY), arguments, environment);
}

// Runs the binary through /bin/sh, for redirections and resource limits; the binary is $0.
inline Run runShell(const QString &script, const QStringList &arguments,
                    const QProcessEnvironment &environment = headlessEnvironment())
{
    return runProgram(QStringLiteral("/bin/sh"),
                      QStringList{QStringLiteral("-c"), script, QStringLiteral(KOMBO_BINARY)} +
                          arguments,
                      environment);
}

inline QString fixture(const char *name)
{
    return QFINDTESTDATA(QStringLiteral("data/") + QLatin1String(name));
}
