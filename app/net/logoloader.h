// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <chrono>
#include <optional>
#include <QImage>
#include <QObject>
#include <QSize>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkDiskCache;

namespace kombo {

// The limits of SPEC §2 "Logos".
inline constexpr qint64 kMaxLogoBytes = 256 * 1024;
inline constexpr std::chrono::milliseconds kLogoTimeout = std::chrono::seconds(10);
inline constexpr int kLogoDeadlineTimeouts = 3; // a whole logo within three stall timeouts
inline constexpr int kMaxLogoRedirects = 3;
inline constexpr qint64 kLogoCacheBytes = 16 * 1024 * 1024;
inline constexpr double kMaxLogoAspectRatio = 20.0; // wider (or taller) than this is no logo
inline constexpr double kMaxLogoDimension = 100000; // in the SVG's own units

// Whether a logo URL may be fetched: only https, or http on this machine.
Result<void> checkLogoUrl(const QUrl &url);
// Renders an untrusted SVG to fit `box` (device pixels), keeping its aspect ratio: only what
// sanitiseSvg() writes of it is rendered, and the image's size comes from `box`, never from
// the SVG. The failure is why the logo is not shown. Runs on any thread.
Result<QImage> renderSvg(const QByteArray &data, QSize box);

// The disk cache logos are kept in, per URL, under the application's cache location.
QNetworkDiskCache *createLogoCache(QObject *parent);

// Fetches tools' logos and icons from the third-party URLs an integration names, trusting
// nothing: no credentials, bounded size and time, hostile SVGs refused, rendering off the GUI
// thread. Give it a network manager of its own, with createLogoCache() as its cache.
class LogoLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogoLoader)

public:
    explicit LogoLoader(QNetworkAccessManager *network,
                        std::chrono::milliseconds timeout = kLogoTimeout,
                        QObject *parent = nullptr);
    ~LogoLoader() override;

    // Fetches `url` and renders it to fit `box` (device pixels). Ends in loaded() or failed().
    void load(const QUrl &url, QSize box);

    // Whether a logo is being rendered on another thread now: then the process must end
    // without waiting for it (std::_Exit), as nothing can stop QtSvg midway.
    static bool isRendering();

signals:
    void loaded(const QUrl &url, const QImage &image);
    void failed(const QUrl &url, const QString &reason);

private:
    void render(const QUrl &url, const QByteArray &data, QSize box);

    QNetworkAccessManager *m_network;
    std::chrono::milliseconds m_timeout;
};

} // namespace kombo
