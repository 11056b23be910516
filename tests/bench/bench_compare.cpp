// SPDX-License-Identifier: MIT
// Benchmark of the compare view (not a test: run it by hand, see README).
//   bench_compare RESPONSE.json...   (or one folder holding them)
// Opens every response at once as the window's File → Open does, switches to the compare view
// and reports the time until the matrix has painted and the peak memory; then the time of each
// keystroke in the matrix's search (filter, relayout, repaint of both views), typing and
// deleting "employee_id".
#include "benchsupport.h"
#include "../fakesecretstore.h"
#include "common/translations.h"
#include "keys/apikeystore.h"
#include "net/logoloader.h"
#include "ui/dialogs.h"
#include "ui/mainwindow.h"

#include <algorithm>
#include <cstdio>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTableView>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStringList paths;
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(argument).isDir()) {
            const QDir folder(argument);
            for (const QString &name :
                 folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
                paths << folder.filePath(name);
        } else {
            paths << argument;
        }
    }
    if (paths.isEmpty()) {
        std::fprintf(stderr, "usage: bench_compare RESPONSE.json... | FOLDER\n");
        return 2;
    }
    QStandardPaths::setTestModeEnabled(true);
    kombo::installTranslations(app);
    QNetworkAccessManager network;
    kombo::FixedKey environment;
    kombo::FakeSecretStore keychain;
    kombo::ApiKeyStore keys(keychain, environment);
    kombo::StandardDialogs dialogs(keys, &network);
    kombo::LogoLoader logos(&network);
    kombo::MainWindow window(dialogs, &network, logos, keys);
    window.resize(1920, 1080);
    window.show();
    settle();
    std::printf("before loading: peak memory %.0f MiB\n", peakResidentMiB());

    auto *cells = window.findChild<QTableView *>(QStringLiteral("compareMatrix"));
    auto *names = window.findChild<QTableView *>(QStringLiteral("matrixNames"));
    auto *compare = window.findChild<QAction *>(QStringLiteral("compareAction"));
    const auto repaint = [&] {
        settle();
        cells->horizontalHeader()->viewport()->repaint();
        cells->viewport()->repaint();
        names->viewport()->repaint();
    };

    QElapsedTimer clock;
    clock.start();
    if (!window.loadFiles(paths))
        return 3;
    const qint64 loaded = clock.elapsed();
    compare->trigger();
    repaint();
    std::printf("files → matrix painted: %lld ms (%lld ms to open %lld files), %d rows × %d "
                "integrations, peak memory %.0f MiB\n",
                clock.elapsed(), loaded, qint64(paths.size()), cells->model()->rowCount(),
                cells->model()->columnCount() - 1, peakResidentMiB());

    auto *search = window.findChild<QLineEdit *>(QStringLiteral("matrixSearch"));
    const QString typed = QStringLiteral("employee_id");
    std::vector<double> keystrokes;
    const auto keystroke = [&](const QString &text) {
        QElapsedTimer one;
        one.start();
        search->setText(text);
        repaint();
        keystrokes.push_back(one.nsecsElapsed() / 1e6);
    };
    for (qsizetype length = 1; length <= typed.size(); ++length)
        keystroke(typed.left(length));
    for (qsizetype length = typed.size() - 1; length >= 0; --length)
        keystroke(typed.left(length));
    std::vector<double> sorted = keystrokes;
    std::sort(sorted.begin(), sorted.end());
    std::printf("matrix filter keystrokes: %zu, median %.1f ms, worst %.1f ms\n", sorted.size(),
                sorted[sorted.size() / 2], sorted.back());
    std::printf("peak memory: %.0f MiB\n", peakResidentMiB());
    return 0;
}
