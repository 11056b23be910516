// SPDX-License-Identifier: MIT
#include "cli/headlessexport.h"

#include "common/safetext.h"
#include "compare/coveragematrix.h"
#include "export/changeswriter.h"
#include "export/csvfile.h"
#include "export/outputfile.h"
#include "export/reports.h"
#include "history/coveragediff.h"
#include "history/snapshotstore.h"
#include "load/responsefile.h"
#include "net/apiendpoint.h"
#include "net/apikey.h"
#include "net/apirequest.h"

#include <algorithm>
#include <cstdio>

namespace kombo {

void printError(const QString &source, const QString &message)
{
    // Both parts may quote a server or a response: one line, no escapes reach the terminal.
    const QString line =
        source.isEmpty()
            ? QStringLiteral("kombo-coverage: %1\n").arg(oneLine(message))
            : QStringLiteral("kombo-coverage: %1: %2\n").arg(oneLine(source), oneLine(message));
    std::fputs(line.toLocal8Bit().constData(), stderr);
}

HeadlessExport::HeadlessExport(CommandLineOptions options, QString savedBaseUrl,
                               QNetworkAccessManager *network, const ApiKeySource &keys,
                               const SnapshotStore *snapshots, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_savedBaseUrl(std::move(savedBaseUrl)),
      m_network(network), m_keys(keys), m_snapshots(snapshots)
{}

bool HeadlessExport::loadChecks()
{
    if (!m_options.requirementsPath.isEmpty()) {
        Result<RequirementsFile> requirements = loadRequirementsFile(m_options.requirementsPath);
        if (const Failure *failure = requirements.failure()) {
            report(m_options.requirementsPath, *failure);
            return false;
        }
        m_requirements = std::move(requirements).value();
    }
    if (!m_options.baselinePath.isEmpty()) {
        QString failedFile;
        Result<Baselines> baselines = Baselines::load(m_options.baselinePath, failedFile);
        if (const Failure *failure = baselines.failure()) {
            report(failedFile, *failure);
            return false;
        }
        m_baselines = std::move(baselines).value();
        for (const Baselines::Skipped &skipped : m_baselines->skipped())
            printError(skipped.file, QStringLiteral("skipped as a baseline: ") + skipped.why);
    }
    return true;
}

void HeadlessExport::report(const QString &source, const Failure &failure)
{
    printError(source, failure.message());
    if (m_exitCode == 0)
        m_exitCode = failure.exitCode();
}

void HeadlessExport::start()
{
    // Usage errors stop everything before any request and before anything is written (SPEC §6):
    // lists of IDs, files that cannot be opened, the base URL, the key, each ID.
    Result<std::vector<InputSpec>> expanded = expandIdLists(m_options.inputs);
    if (const Failure *failure = expanded.failure()) {
        report({}, *failure);
        return emit finished(m_exitCode);
    }
    if (!loadChecks())
        return emit finished(m_exitCode);
    const std::vector<InputSpec> specs = std::move(expanded).value();
    m_inputs.resize(specs.size());
    for (std::size_t i = 0; i < specs.size(); ++i) {
        Input &input = m_inputs[i];
        switch (specs[i].kind) {
        case InputSpec::Kind::Demo:
            input.label = QStringLiteral("demo");
            input.result = loadDemoIntegration();
            break;
        case InputSpec::Kind::File: {
            input.label = specs[i].value;
            Result<QByteArray> bytes = readResponseFile(input.label);
            if (const Failure *failure = bytes.failure()) {
                if (failure->kind == FailureKind::Usage) {
                    report(input.label, *failure);
                    return emit finished(m_exitCode);
                }
                input.result = *failure;
            } else {
                input.result = parseIntegrationResponse(bytes.value());
            }
            break;
        }
        case InputSpec::Kind::Integration:
        case InputSpec::Kind::IdList: // expanded above
            input.label = specs[i].value;
            break;
        }
    }
    if (std::any_of(m_inputs.cbegin(), m_inputs.cend(),
                    [](const Input &input) { return !input.result; })) {
        const auto baseUrl = resolveBaseUrl(m_options.baseUrl, m_savedBaseUrl);
        if (const Failure *failure = baseUrl.failure()) {
            report({}, *failure);
            return emit finished(m_exitCode);
        }
        const Result<QString> apiKey = usableApiKey(m_keys);
        if (const Failure *failure = apiKey.failure()) {
            report({}, *failure);
            return emit finished(m_exitCode);
        }
        for (const Input &input : m_inputs) {
            if (input.result)
                continue;
            const Result<QUrl> url = integrationUrl(baseUrl.value(), input.label);
            if (const Failure *failure = url.failure()) {
                report(input.label, *failure);
                return emit finished(m_exitCode);
            }
        }
        startFetches(apiKey.value(), baseUrl.value());
    }
    finishIfComplete();
}

void HeadlessExport::startFetches(const QString &apiKey, const QUrl &baseUrl)
{
    RequestOptions requestOptions;
    requestOptions.bodyPadding = kJsonPadding; // the parser reads each body in place
    if (m_options.timeoutSeconds)
        requestOptions.transferTimeout = std::chrono::seconds(*m_options.timeoutSeconds);

    for (std::size_t index = 0; index < m_inputs.size(); ++index) {
        if (m_inputs[index].result)
            continue; // a file or the demo, already loaded
        auto *request =
            new ApiRequest(m_network, integrationUrl(baseUrl, m_inputs[index].label).value(),
                           apiKey, requestOptions, this);
        connect(request, &ApiRequest::finished, this, [this, request, index] {
            const Result<QByteArray> &result = request->result();
            if (const Failure *failure = result.failure())
                m_inputs[index].result = *failure;
            else
                fetched(index, result.value());
            request->deleteLater();
            --m_inFlight;
            fetchNext();
            finishIfComplete();
        });
        m_pending.push_back(request);
    }
    std::reverse(m_pending.begin(), m_pending.end()); // taken from the back, in input order
    while (m_inFlight < kMaxConcurrentFetches && !m_pending.empty())
        fetchNext();
}

void HeadlessExport::fetchNext()
{
    if (m_pending.empty())
        return;
    ApiRequest *request = m_pending.back();
    m_pending.pop_back();
    ++m_inFlight;
    request->start();
}

void HeadlessExport::fetched(std::size_t index, const QByteArray &body)
{
    Input &input = m_inputs[index];
    input.result = parseIntegrationResponse(body);
    if (!m_snapshots || input.result->failure())
        return;
    // A snapshot that cannot be kept costs the history one entry, not the export.
    const Result<Snapshot> kept = m_snapshots->keep(input.result->value().id, body);
    if (const Failure *failure = kept.failure())
        printError(input.label, QStringLiteral("snapshot not kept: ") + failure->message());
}

void HeadlessExport::finishIfComplete()
{
    const bool complete = std::all_of(m_inputs.begin(), m_inputs.end(),
                                      [](const Input &input) { return input.result.has_value(); });
    if (!complete)
        return;

    std::vector<const Integration *> loaded;
    for (const Input &input : m_inputs) {
        if (const Failure *failure = input.result->failure())
            report(input.label, *failure);
        else
            loaded.push_back(&input.result->value());
    }
    if (!loaded.empty()) // else nothing is written and an earlier file stays (SPEC §5)
        writeReport(loaded);
    emit finished(m_exitCode);
}

void HeadlessExport::writeReport(const std::vector<const Integration *> &loaded)
{
    std::vector<CoverageDiff> diffs;
    if (m_baselines) {
        diffs.reserve(loaded.size());
        for (const Integration *integration : loaded)
            diffs.push_back(compareCoverage(m_baselines->baselineFor(*integration), *integration));
    }
    const CsvOptions csv{m_options.byteOrderMark};
    const auto write = [&](QIODevice &device) -> Result<void> {
        switch (m_options.report) {
        case ReportKind::Coverage:
            break;
        case ReportKind::Requirements:
            return writeRequirementsReport(device, loaded, m_requirements->requirements(), csv);
        case ReportKind::Matrix:
            return writeMatrixReport(device, CoverageMatrix(loaded), csv);
        case ReportKind::Changes:
            return writeChangesReport(device, diffs, csv);
        }
        return writeCsv(device, allRowsOf(loaded), csv);
    };
    const Result<void> saved = saveAtomically(m_options.exportPath, write);
    if (const Failure *failure = saved.failure()) {
        report(m_options.exportPath == QLatin1String("-") ? QStringLiteral("stdout")
                                                          : m_options.exportPath,
               *failure);
    }
    // A lost requirement matters more than a change (SPEC §8): 7 before 8, after 3–6.
    const bool unmet = m_requirements && anyUnmet(loaded);
    const bool changed = std::any_of(diffs.cbegin(), diffs.cend(), [](const CoverageDiff &diff) {
        return !diff.changes.empty();
    });
    if (m_exitCode == 0 && unmet)
        m_exitCode = kExitRequirementUnmet;
    if (m_exitCode == 0 && changed)
        m_exitCode = kExitCoverageChanged;
}

bool HeadlessExport::anyUnmet(const std::vector<const Integration *> &loaded)
{
    const std::vector<Requirement> &requirements = m_requirements->requirements();
    bool unmet = false;
    for (const Integration *integration : loaded) {
        const std::vector<Availability> words = checkRequirements(*integration, requirements);
        for (std::size_t i = 0; i < requirements.size(); ++i) {
            if (!requirements[i].required || words[i] == Availability::Available)
                continue;
            unmet = true;
            printError(integration->id, QStringLiteral("required %1 is %2")
                                            .arg(requirementText(requirements[i].target),
                                                 availabilityWord(words[i])));
        }
    }
    return unmet;
}

} // namespace kombo
