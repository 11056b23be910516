// SPDX-License-Identifier: MIT
#pragma once

#include "domain/integration.h"
#include "domain/result.h"
#include "net/apirequest.h"

#include <memory>
#include <QByteArray>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace kombo {

// An integration as the window holds it: the parsed value, and the response it came from so
// that it can be saved as it was.
struct LoadedIntegration
{
    std::shared_ptr<const Integration> integration;
    QByteArray response;
    QString source; // the ID, the file's name, or "demo"
};

using LoadResult = Result<LoadedIntegration>;

// Parses a response into a LoadedIntegration, or says why it cannot.
LoadResult toLoadedIntegration(QByteArray response, const QString &source);

// Loads one integration from the API at a time: a new load replaces one under way.
class IntegrationLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrationLoader)

public:
    explicit IntegrationLoader(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~IntegrationLoader() override;

    void load(const QUrl &baseUrl, const QString &apiKey, const QString &integrationId,
              RequestOptions options = {});
    // Ends the load under way with a "cancelled" failure.
    void cancel();

    QNetworkAccessManager *network() const { return m_network; }

signals:
    void retrying(int retry, std::chrono::milliseconds delay, const QString &reason);
    void finished(const kombo::LoadResult &result);

private:
    QNetworkAccessManager *m_network;
    QPointer<ApiRequest> m_request;
};

} // namespace kombo
