// SPDX-License-Identifier: MIT
#pragma once

#include "cli/commandline.h"

#include "history/baselines.h"
#include "json/integrationparser.h"
#include "requirements/requirements.h"

#include <optional>
#include <QObject>
#include <QString>
#include <vector>

class QNetworkAccessManager;

namespace kombo {

class ApiKeySource;
class SnapshotStore;

// `kombo-coverage -o PATH`: loads each input (integrations from the API, at most four at once,
// saved responses, the demo), checks them against the requirements (SPEC §8) and compares them
// with their baselines (§9) where asked, writes the report of all that loaded, in the order
// given, and reports each failure on stderr as `kombo-coverage: <input>: <what went wrong>`.
// Needs no display.
class HeadlessExport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessExport)

public:
    // `savedBaseUrl` is the setting, used when neither the options nor the environment name a
    // base URL. Responses from the API are kept in `snapshots`, unless it is null.
    HeadlessExport(CommandLineOptions options, QString savedBaseUrl, QNetworkAccessManager *network,
                   const ApiKeySource &keys, const SnapshotStore *snapshots,
                   QObject *parent = nullptr);

    void start();

signals:
    // 0, or the exit code of the first input that failed, in the order given (SPEC §6).
    void finished(int exitCode);

private:
    struct Input
    {
        QString label; // the ID or file, as error lines name it
        std::optional<ParseResult> result;
    };

    // Reads the requirements and baselines; false after reporting why not.
    bool loadChecks();
    void startFetches(const QString &apiKey, const QUrl &baseUrl);
    void fetchNext();
    void fetched(std::size_t index, const QByteArray &body);
    void finishIfComplete();
    // Writes the report of `loaded` and works out the exit code of what it found.
    void writeReport(const std::vector<const Integration *> &loaded);
    // Whether some required requirement is unmet, saying which on stderr.
    bool anyUnmet(const std::vector<const Integration *> &loaded);
    void report(const QString &source, const Failure &failure);

    CommandLineOptions m_options;
    QString m_savedBaseUrl;
    QNetworkAccessManager *m_network;
    const ApiKeySource &m_keys;
    const SnapshotStore *m_snapshots;
    std::optional<RequirementsFile> m_requirements;
    std::optional<Baselines> m_baselines;
    std::vector<Input> m_inputs;
    std::vector<class ApiRequest *> m_pending; // requests not yet started, in input order
    int m_inFlight = 0;
    int m_exitCode = 0;
};

// Prints one error line on stderr in the form SPEC §6 fixes.
void printError(const QString &source, const QString &message);

} // namespace kombo
