// SPDX-License-Identifier: MIT
#include "cli/commandline.h"
#include "cli/headlessexport.h"
#include "common/logging.h"
#include "common/translations.h"
#include "history/snapshotstore.h"
#include "keys/apikeystore.h"
#include "keys/systemkeychain.h"
#include "net/apiendpoint.h"
#include "net/apikey.h"
#include "net/logoloader.h"
#include "requirements/openrequirements.h"
#include "settings/settings.h"
#include "ui/dialogs.h"
#include "ui/firstpaint.h"
#include "ui/mainwindow.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <QApplication>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QTimer>

namespace {

QStringList argumentList(int argc, char **argv)
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// The requirements the command line names, in a window a person uses: one that cannot be used
// is said on stderr and in the window (after the inputs, whose loads would hide the banner),
// and the requirements remembered from last time are not checked in its place.
void openRequirementsAsked(kombo::MainWindow &window, const QString &path)
{
    const kombo::Result<void> opened = window.openRequirements(path);
    if (const kombo::Failure *failure = opened.failure()) {
        kombo::printError(path, failure->message());
        window.requirements().close();
    }
}

// The window and everything it uses, until the person quits; the application object must
// already exist.
int showWindow(const kombo::CommandLineOptions &options, kombo::ApiKeyStore &keys)
{
    const auto baseUrl = kombo::resolveBaseUrl(options.baseUrl, kombo::Settings().baseUrl());
    if (const auto *failure = baseUrl.failure()) {
        kombo::printError({}, failure->message());
        return failure->exitCode();
    }
    QNetworkAccessManager network;
    // Logos come from third parties: their own manager, with a disk cache and no cookies.
    QNetworkAccessManager logoNetwork;
    logoNetwork.setCache(kombo::createLogoCache(&logoNetwork));
    logoNetwork.setCookieJar(nullptr);
    kombo::LogoLoader logos(&logoNetwork);
    kombo::StandardDialogs dialogs(keys, &network);
    kombo::MainWindow window(dialogs, &network, logos, keys);
    window.setBaseUrl(baseUrl.value().toString());
    window.setBaselinePath(options.baselinePath); // --diff-against: the changes in the tree
    window.show();
    // Unattended, an unusable --require is the usage error it is headless (SPEC §6), found
    // before the input loads, whose first paint then shows the readiness.
    if (!options.requirementsPath.isEmpty() && options.quitAfterPaint) {
        const kombo::Result<void> opened = window.openRequirements(options.requirementsPath);
        if (const kombo::Failure *failure = opened.failure()) {
            kombo::printError(options.requirementsPath, failure->message());
            return failure->exitCode();
        }
    }
    if (options.quitAfterPaint) {
        // Ends with the code the command line would give for the first load (SPEC §6).
        QObject::connect(
            &window, &kombo::MainWindow::loadFinished, &window,
            [&window](int exitCode) {
                kombo::quitAfterFirstPaint(&window, exitCode);
                window.update();
            },
            Qt::SingleShotConnection);
    }
    if (!options.hasInput()) {
        window.showWelcome();
        if (options.quitAfterPaint)
            kombo::quitAfterFirstPaint(&window, 0);
        return QApplication::exec();
    }
    // Every input opens, in the order given: saved responses and the demo at once, the IDs
    // from the API (four at a time); the first input is the one shown.
    const auto inputs = kombo::expandIdLists(options.inputs);
    if (const kombo::Failure *failure = inputs.failure()) {
        kombo::printError({}, failure->message());
        return failure->exitCode();
    }
    QStringList ids;
    QStringList files;
    bool demo = false;
    for (const kombo::InputSpec &input : inputs.value()) {
        if (input.kind == kombo::InputSpec::Kind::Integration)
            ids.append(input.value);
        else if (input.kind == kombo::InputSpec::Kind::File)
            files.append(input.value);
        else
            demo = true;
    }
    if (!ids.isEmpty() && options.quitAfterPaint) {
        // Nobody is there to type a key: no usable key is a usage error, as headless.
        const kombo::Result<QString> key = kombo::usableApiKey(keys);
        if (const kombo::Failure *failure = key.failure()) {
            kombo::printError({}, failure->message());
            return failure->exitCode();
        }
    }
    const bool idFirst = inputs.value().front().kind == kombo::InputSpec::Kind::Integration;
    if (idFirst)
        window.loadIntegrations(ids);
    if (demo)
        window.loadDemo();
    if (files.size() == 1)
        window.loadFile(files.front());
    else if (!files.isEmpty())
        window.loadFiles(files);
    if (!idFirst && !ids.isEmpty())
        window.loadIntegrations(ids);
    if (!options.requirementsPath.isEmpty() && !options.quitAfterPaint)
        openRequirementsAsked(window, options.requirementsPath);
    return QApplication::exec();
}

int runWindow(int argc, char **argv, const kombo::CommandLineOptions &options)
{
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral(KOMBO_APP_ID));
    kombo::installTranslations(app);
    const kombo::EnvironmentApiKeySource environment;
    kombo::SystemKeychain keychain;
    kombo::ApiKeyStore keys(keychain, environment);
    // The first load or the welcome needs to know whether there is a key; a keychain that asks
    // to be unlocked answers later.
    keys.loadAndWait(kombo::kKeychainPatience);
    const int exitCode = showWindow(options, keys); // settings are saved as the window goes
    if (kombo::LogoLoader::isRendering()) {
        // A logo still renders and cannot be stopped: leave without waiting for it.
        std::fflush(stdout);
        std::fflush(stderr);
        std::_Exit(exitCode);
    }
    return exitCode;
}

} // namespace

int main(int argc, char **argv)
{
    kombo::installSafeMessageHandler();
    QCoreApplication::setApplicationName(QStringLiteral("kombo-coverage"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KOMBO_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Kombo Coverage"));

    auto parsed = kombo::parseCommandLine(argumentList(argc, argv));
    if (const auto *failure = parsed.failure()) {
        kombo::printError({}, failure->message() + QStringLiteral(" (see --help)"));
        return failure->exitCode();
    }
    const auto &options = parsed.value();
    switch (options.action) {
    case kombo::CommandLineOptions::Action::ShowHelp:
        std::fputs(kombo::commandLineHelp().toLocal8Bit().constData(), stdout);
        return 0;
    case kombo::CommandLineOptions::Action::ShowVersion:
        std::printf("kombo-coverage %s\n", KOMBO_VERSION);
        return 0;
    case kombo::CommandLineOptions::Action::Run:
        break;
    }
    if (options.isHeadless()) {
        // A reader that went away (`| head`) is an output that could not be written, exit 6,
        // not a signal that ends the program before it can say so.
        std::signal(SIGPIPE, SIG_IGN);
        // No QApplication: the export must run with no display at all.
        QCoreApplication app(argc, argv);
        QNetworkAccessManager network;
        const kombo::EnvironmentApiKeySource environment;
        kombo::SystemKeychain keychain;
        kombo::ApiKeyStore keys(keychain, environment);
        if (options.needsApi()) {
            // Never waits for a person to unlock the keychain (SPEC §7): then there is no key,
            // and the reason is said before the usage error.
            keys.loadAndWait(kombo::kKeychainPatience);
            if (!keys.apiKey() && keys.isBusy()) // still waiting for someone to unlock it
                kombo::printError({}, keys.keychainProblem());
        }
        const kombo::Settings settings;
        const kombo::SnapshotStore snapshots;
        kombo::HeadlessExport exporter(options, settings.baseUrl(), &network, keys,
                                       settings.keepSnapshots() ? &snapshots : nullptr);
        QObject::connect(&exporter, &kombo::HeadlessExport::finished, &app,
                         &QCoreApplication::exit);
        QTimer::singleShot(0, &exporter, &kombo::HeadlessExport::start);
        return app.exec();
    }
    return runWindow(argc, argv, options);
}
