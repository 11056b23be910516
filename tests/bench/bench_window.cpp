// SPDX-License-Identifier: MIT
// Benchmark of the window on a large response (not a test: run it by hand, see README).
//   bench_window RESPONSE.json
// Reports the time to load and paint the tree, then the time of each search keystroke:
// filtering, expanding the matches, relayout and repaint, as a person typing sees it; then
// Expand all and Collapse all.
#include "benchsupport.h"
#include "../fakesecretstore.h"
#include "common/translations.h"
#include "keys/apikeystore.h"
#include "net/logoloader.h"
#include "ui/dialogs.h"
#include "ui/mainwindow.h"

#include <algorithm>
#include <cstdio>
#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTreeView>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench_window RESPONSE.json\n");
        return 2;
    }
    QStandardPaths::setTestModeEnabled(true);
    kombo::installTranslations(app);
    QNetworkAccessManager network;
    kombo::FixedKey environment; // none
    kombo::FakeSecretStore keychain; // holds no key
    kombo::ApiKeyStore keys(keychain, environment);
    kombo::StandardDialogs dialogs(keys, &network);
    kombo::LogoLoader logos(&network);
    kombo::MainWindow window(dialogs, &network, logos, keys);
    window.show();
    settle();

    QElapsedTimer clock;
    clock.start();
    if (!window.loadFile(QString::fromLocal8Bit(argv[1])))
        return 3;
    settle();
    std::printf("load and paint: %lld ms, peak memory so far %.0f MiB\n", clock.elapsed(),
                peakResidentMiB());

    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchBox"));
    std::vector<double> keystrokes;
    const QString typed = QStringLiteral("employee_id");
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("coverageTree"));
    auto keystroke = [&](const QString &text) {
        QElapsedTimer one;
        one.start();
        search->setText(text);
        settle(); // the delayed relayout
        tree->viewport()
            ->repaint(); // and the tree's repaint, at once rather than at the next frame
        keystrokes.push_back(one.nsecsElapsed() / 1e6);
    };
    for (qsizetype length = 1; length <= typed.size(); ++length)
        keystroke(typed.left(length));
    for (qsizetype length = typed.size() - 1; length >= 0; --length)
        keystroke(typed.left(length));
    std::vector<double> sorted = keystrokes;
    std::sort(sorted.begin(), sorted.end());
    // The first keystroke after a load also warms Qt's caches (glyphs, text layouts).
    const double worstLater = *std::max_element(keystrokes.begin() + 1, keystrokes.end());
    std::printf("keystrokes: %zu, median %.1f ms, first %.1f ms, worst after the first %.1f ms\n",
                sorted.size(), sorted[sorted.size() / 2], keystrokes.front(), worstLater);
    for (std::size_t i = 0; i < keystrokes.size(); ++i)
        std::printf("  %-12s %6.1f ms\n",
                    qPrintable(i < std::size_t(typed.size())
                                   ? typed.left(qsizetype(i) + 1)
                                   : typed.left(qsizetype(keystrokes.size() - i - 1))),
                    keystrokes[i]);
    std::printf("peak memory: %.0f MiB\n", peakResidentMiB());

    // Expand all and collapse all as the buttons do, each until the tree has painted again.
    auto *expandAll = window.findChild<QAbstractButton *>(QStringLiteral("expandAll"));
    auto *collapseAll = window.findChild<QAbstractButton *>(QStringLiteral("collapseAll"));
    for (const auto &[name, button] :
         {std::pair{"expand all", expandAll}, std::pair{"collapse all", collapseAll}}) {
        QElapsedTimer one;
        one.start();
        button->click();
        settle();
        tree->viewport()->repaint();
        std::printf("%s: %lld ms\n", name, one.elapsed());
    }
    return 0;
}
