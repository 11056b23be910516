// SPDX-License-Identifier: MIT
// bench_batch [COUNT] [DELAY_MS]: the command line fetching COUNT integrations (300) from a
// loopback server that answers each after DELAY_MS (50), into one `--report matrix`. With at
// most 4 requests in flight the floor is COUNT × DELAY_MS / 4; SPEC's target is 1.15 × that.
#include "../testserver.h"

#include <cstdio>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 300;
    const int delayMs = argc > 2 ? std::atoi(argv[2]) : 50;

    QFile demo(QStringLiteral(KOMBO_DEMO_RESPONSE));
    if (!demo.open(QIODevice::ReadOnly))
        return 2;
    const QByteArray response = demo.readAll();
    const QByteArray demoId = "otterly:4Fq7Zb2mXcR8yTn1KpVw6HsD";

    TestServer server;
    server.setResponder([&](const TestServer::Request &request) {
        const QByteArray id = QByteArray::fromPercentEncoding(
            request.target.mid(request.target.lastIndexOf('/') + 1));
        return TestServer::json(200, QByteArray(response).replace(demoId, id))
            .withDelay(delayMs);
    });

    QTemporaryDir dir;
    QFile ids(dir.filePath(QStringLiteral("ids.txt")));
    if (!ids.open(QIODevice::WriteOnly))
        return 2;
    for (int i = 0; i < count; ++i)
        ids.write("customer-" + QByteArray::number(i) + '\n');
    ids.close();

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KOMBO_API_KEY"), QStringLiteral("sk_bench"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    QObject::connect(&process, &QProcess::finished, &app, [&](int exitCode) {
        const double seconds = clock.elapsed() / 1000.0;
        const double floor = count * delayMs / 4 / 1000.0;
        std::printf("%d IDs, %d ms answers, --report matrix: %.2f s (floor %.2f s, %.2f×; "
                    "target ≤ 1.15×), exit %d, %d requests, at most %d at once\n",
                    count, delayMs, seconds, floor, seconds / floor, exitCode,
                    int(server.requests().size()), server.maxConcurrentRequests());
        app.exit(exitCode);
    });
    clock.start();
    process.start(QStringLiteral(KOMBO_BINARY),
                  {QStringLiteral("--base-url"), server.baseUrl().toString(),
                   QStringLiteral("--ids-from"), ids.fileName(), QStringLiteral("--report"),
                   QStringLiteral("matrix"), QStringLiteral("-o"),
                   dir.filePath(QStringLiteral("matrix.csv"))});
    return app.exec();
}
