// SPDX-License-Identifier: MIT
#include "load/integrationloader.h"

#include "net/apiendpoint.h"

#include "json/integrationparser.h"

namespace kombo {

LoadResult toLoadedIntegration(QByteArray response, const QString &source)
{
    ParseResult parsed = parseIntegrationResponse(response);
    if (const Failure *failure = parsed.failure())
        return std::move(*failure);
    return LoadedIntegration{std::make_shared<const Integration>(std::move(parsed).value()),
                             std::move(response), source};
}

IntegrationLoader::IntegrationLoader(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{}

IntegrationLoader::~IntegrationLoader() = default;

void IntegrationLoader::load(const QUrl &baseUrl, const QString &apiKey,
                             const QString &integrationId, RequestOptions options)
{
    if (m_request) { // replaced: it ends quietly
        m_request->disconnect(this);
        m_request->cancel();
        m_request->deleteLater();
    }
    const auto url = integrationUrl(baseUrl, integrationId);
    if (const Failure *failure = url.failure())
        return emit finished(*failure);
    options.bodyPadding = kJsonPadding; // the parser reads the body in place
    auto *request = new ApiRequest(m_network, url.value(), apiKey, options, this);
    m_request = request;
    connect(request, &ApiRequest::retrying, this, &IntegrationLoader::retrying);
    connect(request, &ApiRequest::finished, this, [this, request, integrationId] {
        request->deleteLater();
        if (m_request == request)
            m_request = nullptr;
        const Result<QByteArray> &result = request->result();
        if (const Failure *failure = result.failure())
            return emit finished(*failure);
        emit finished(toLoadedIntegration(result.value(), integrationId));
    });
    request->start();
}

void IntegrationLoader::cancel()
{
    if (m_request)
        m_request->cancel(); // finishes with "cancelled"
}

} // namespace kombo
