// SPDX-License-Identifier: MIT
#include "net/apiendpoint.h"

#include <QHostAddress>

namespace kombo {

namespace {

Failure usage(Reason reason, const QString &argument)
{
    return Failure(FailureKind::Usage, reason, {argument});
}

QUrl withPathAppended(const QUrl &base, const QString &encodedSegments)
{
    QString path = base.path(QUrl::FullyEncoded);
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    QUrl url = base;
    // Tolerant mode keeps our percent-encoding as it is: %2F stays inside the segment.
    url.setPath(path + encodedSegments, QUrl::TolerantMode);
    return url;
}

} // namespace

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<QUrl> parseBaseUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return usage(Reason::InvalidBaseUrl, text);
    if (url.scheme() != QLatin1String("https") &&
        !(url.scheme() == QLatin1String("http") && isLoopback(url))) {
        return usage(Reason::BaseUrlNotHttps, url.toDisplayString());
    }
    if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return usage(Reason::BaseUrlHasExtras, url.toDisplayString());
    return url;
}

Result<QUrl> resolveBaseUrl(const QString &commandLineValue, const QString &savedValue)
{
    QString text = commandLineValue;
    if (text.isEmpty())
        text = qEnvironmentVariable("KOMBO_BASE_URL");
    if (text.isEmpty())
        text = savedValue;
    if (text.isEmpty())
        text = QString::fromLatin1(kEuBaseUrl);
    return parseBaseUrl(text);
}

Result<QUrl> integrationUrl(const QUrl &base, const QString &integrationId)
{
    if (integrationId.isEmpty() || integrationId == QLatin1String(".") ||
        integrationId == QLatin1String("..")) {
        return usage(Reason::NotAnIntegrationId, integrationId);
    }
    const QString segment = QString::fromLatin1(QUrl::toPercentEncoding(integrationId));
    return withPathAppended(base, QStringLiteral("integrations/") + segment);
}

QUrl apiKeyCheckUrl(const QUrl &base)
{
    return withPathAppended(base, QStringLiteral("check-api-key"));
}

} // namespace kombo
