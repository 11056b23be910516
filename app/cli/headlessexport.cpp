// SPDX-License-Identifier: MIT
#include "cli/headlessexport.h"

#include "common/safetext.h"
#include "export/csvfile.h"
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
                               QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_savedBaseUrl(std::move(savedBaseUrl)),
      m_network(network), m_keys(keys)
{}

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
            Input &input = m_inputs[index];
            const Result<QByteArray> &result = request->result();
            if (const Failure *failure = result.failure())
                input.result = *failure;
            else
                input.result = parseIntegrationResponse(result.value());
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

void HeadlessExport::finishIfComplete()
{
    const bool complete = std::all_of(m_inputs.begin(), m_inputs.end(),
                                      [](const Input &input) { return input.result.has_value(); });
    if (!complete || m_finished)
        return;
    m_finished = true;

    std::vector<const Integration *> loaded;
    for (const Input &input : m_inputs) {
        if (const Failure *failure = input.result->failure())
            report(input.label, *failure);
        else
            loaded.push_back(&input.result->value());
    }
    if (!loaded.empty()) {
        const Result<void> saved =
            saveCsv(m_options.exportPath, allRowsOf(loaded), CsvOptions{m_options.byteOrderMark});
        if (const Failure *failure = saved.failure()) {
            report(m_options.exportPath == QLatin1String("-") ? QStringLiteral("stdout")
                                                              : m_options.exportPath,
                   *failure);
        }
    }
    emit finished(m_exitCode);
}

} // namespace kombo
