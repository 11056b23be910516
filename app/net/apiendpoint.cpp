// SPDX-License-Identifier: MIT
#include "net/apiendpoint.h"

#include <QHostAddress>

namespace kombo {

namespace {

Failure usage(const QString &message)
{
    return Failure(FailureKind::Usage, message);
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

std::variant<QUrl, Failure> parseBaseUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return usage(QStringLiteral("'%1' is not a valid base URL").arg(text));
    if (url.scheme() != QLatin1String("https") &&
        !(url.scheme() == QLatin1String("http") && isLoopback(url))) {
        return usage(
            QStringLiteral("the base URL must use https (plain http only to this machine), "
                           "not '%1'")
                .arg(url.toDisplayString()));
    }
    if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return usage(QStringLiteral("the base URL must have no user, query or fragment: '%1'")
                         .arg(url.toDisplayString()));
    return url;
}

std::variant<QUrl, Failure> resolveBaseUrl(const QString &commandLineValue,
                                           const QString &savedValue)
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

std::variant<QUrl, Failure> integrationUrl(const QUrl &base, const QString &integrationId)
{
    if (integrationId.isEmpty() || integrationId == QLatin1String(".") ||
        integrationId == QLatin1String("..")) {
        return usage(QStringLiteral("'%1' is not an integration ID").arg(integrationId));
    }
    const QString segment = QString::fromLatin1(QUrl::toPercentEncoding(integrationId));
    return withPathAppended(base, QStringLiteral("integrations/") + segment);
}

} // namespace kombo
