// SPDX-License-Identifier: MIT
#include "net/logoloader.h"

#include "common/logging.h"
#include "net/apiendpoint.h"
#include "net/boundedreply.h"
#include "net/svgsanitiser.h"

#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QPainter>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QtConcurrent>
#include <QThreadPool>

namespace kombo {

namespace {

// Renders run here, not in Qt's global pool, which the application's destructor waits for:
// QtSvg cannot be interrupted, and quitting must not wait for a hostile logo. Never deleted
// for the same reason (deleting a pool waits for it).
QThreadPool &renderPool()
{
    static QThreadPool *const pool = new QThreadPool;
    return *pool;
}

} // namespace

namespace {

Failure logoRefused(const QString &why)
{
    return Failure(FailureKind::InvalidInput, Reason::LogoRefused, {why});
}

} // namespace

Result<void> checkLogoUrl(const QUrl &url)
{
    if (!url.isValid())
        return logoRefused(LogoLoader::tr("not a valid URL"));
    if (url.scheme() == QLatin1String("https") ||
        (url.scheme() == QLatin1String("http") && isLoopback(url)))
        return {};
    return logoRefused(LogoLoader::tr("only https logos are fetched, not %1:").arg(url.scheme()));
}

Result<QImage> renderSvg(const QByteArray &data, QSize box)
{
    // QtSvg sees only what the sanitiser wrote, never the downloaded bytes.
    const Result<QByteArray> sanitised = sanitiseSvg(data);
    if (const Failure *failure = sanitised.failure())
        return *failure;
    QSvgRenderer renderer(sanitised.value());
    if (!renderer.isValid())
        return logoRefused(LogoLoader::tr("not a valid SVG"));
    // The SVG's own size says only which shape it has.
    const QRectF view = renderer.viewBoxF().isValid() ? renderer.viewBoxF()
                                                      : QRectF(QPointF(), renderer.defaultSize());
    if (view.width() <= 0 || view.height() <= 0 || view.width() > kMaxLogoDimension ||
        view.height() > kMaxLogoDimension || view.width() / view.height() > kMaxLogoAspectRatio ||
        view.height() / view.width() > kMaxLogoAspectRatio) {
        return logoRefused(LogoLoader::tr("the SVG's dimensions are unreasonable"));
    }
    const QSize size =
        view.size().scaled(QSizeF(box), Qt::KeepAspectRatio).toSize().expandedTo(QSize(1, 1));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    return image;
}

QNetworkDiskCache *createLogoCache(QObject *parent)
{
    auto *cache = new QNetworkDiskCache(parent);
    cache->setCacheDirectory(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                             QStringLiteral("/logos"));
    cache->setMaximumCacheSize(kLogoCacheBytes);
    return cache;
}

LogoLoader::LogoLoader(QNetworkAccessManager *network, std::chrono::milliseconds timeout,
                       QObject *parent)
    : QObject(parent), m_network(network), m_timeout(timeout)
{}

LogoLoader::~LogoLoader() = default;

void LogoLoader::load(const QUrl &url, QSize box)
{
    if (const Result<void> allowed = checkLogoUrl(url); allowed.failure()) {
        // Queued, as every other ending is.
        QMetaObject::invokeMethod(
            this,
            [this, url, reason = allowed.failure()->localizedMessage()] {
                emit failed(url, reason);
            },
            Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(url);
    // A third party's server: send it nothing of ours.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // Every hop is held to the rule of the first (https, or http on this machine): Qt's own
    // policies would follow a loopback URL to plain http elsewhere.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(kMaxLogoRedirects);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
    // Asking for no compression keeps Qt from inflating a gzip bomb on our behalf.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setRawHeader("Accept", "image/svg+xml");

    QNetworkReply *reply = m_network->get(request);
    auto *download = new BoundedReply(
        reply, BoundedReply::Limits{kMaxLogoBytes, m_timeout, m_timeout * kLogoDeadlineTimeouts},
        this);
    // Why a redirect was not followed; the download then ends as cancelled.
    auto refusedRedirect = std::make_shared<QString>();
    connect(reply, &QNetworkReply::redirected, download,
            [reply, download, refusedRedirect](const QUrl &target) {
                if (const Result<void> allowed = checkLogoUrl(target); allowed.failure()) {
                    *refusedRedirect =
                        tr("redirected, and then %1").arg(allowed.failure()->localizedMessage());
                    return download->cancel();
                }
                emit reply->redirectAllowed();
            });
    connect(download, &BoundedReply::finished, this, [this, download, url, box, refusedRedirect] {
        download->deleteLater();
        QNetworkReply *reply = download->reply();
        switch (download->outcome()) {
        case BoundedReply::Outcome::Stalled:
        case BoundedReply::Outcome::Overdue:
            return emit failed(url, tr("timed out"));
        case BoundedReply::Outcome::Encoded:
            return emit failed(url, tr("sent in an encoding that was not asked for"));
        case BoundedReply::Outcome::TooLarge:
            return emit failed(url, tr("larger than %1 KiB").arg(kMaxLogoBytes / 1024));
        case BoundedReply::Outcome::Cancelled:
            return emit failed(url,
                               refusedRedirect->isEmpty() ? tr("cancelled") : *refusedRedirect);
        case BoundedReply::Outcome::Finished:
            break;
        }
        if (reply->error() != QNetworkReply::NoError)
            return emit failed(url, reply->errorString());
        qCDebug(lcLogos) << "logo" << url.toDisplayString() << "from cache:"
                         << reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool();
        render(url, download->takeBody(), box);
    });
}

void LogoLoader::render(const QUrl &url, const QByteArray &data, QSize box)
{
    // Parsing and painting an SVG can take long; the GUI thread must not wait for it.
    auto *watcher = new QFutureWatcher<Result<QImage>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, url] {
        watcher->deleteLater();
        const Result<QImage> result = watcher->result();
        if (const Failure *failure = result.failure())
            emit failed(url, failure->localizedMessage());
        else
            emit loaded(url, result.value());
    });
    watcher->setFuture(
        QtConcurrent::run(&renderPool(), [data, box] { return renderSvg(data, box); }));
}

bool LogoLoader::isRendering()
{
    return renderPool().activeThreadCount() > 0;
}

} // namespace kombo
