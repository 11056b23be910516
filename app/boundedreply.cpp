#include "boundedreply.h"

#include "integrationparser.h"

#include <QNetworkReply>

namespace kombo {

namespace {

// What Qt may hold unread per reply, so that memory stays bounded while the body streams in.
constexpr qint64 kReadBufferBytes = 64 * 1024;

} // namespace

void BoundedReply::ReplyDeleter::operator()(QNetworkReply *reply) const
{
    reply->disconnect();
    reply->abort();
    reply->deleteLater();
}

BoundedReply::BoundedReply(QNetworkReply *reply, qint64 maxBytes,
                           std::chrono::milliseconds stallTimeout, QObject *parent)
    : QObject(parent), m_reply(reply), m_maxBytes(maxBytes)
{
    m_reply->setReadBufferSize(kReadBufferBytes);
    m_stallTimer.setSingleShot(true);
    m_stallTimer.setInterval(stallTimeout);
    connect(&m_stallTimer, &QTimer::timeout, this, [this] { abortWith(Outcome::Stalled); });
    connect(reply, &QNetworkReply::metaDataChanged, this, &BoundedReply::checkContentLength);
    connect(reply, &QNetworkReply::readyRead, this, &BoundedReply::readBody);
    connect(reply, &QNetworkReply::finished, this, [this] {
        if (m_outcome == Outcome::Finished)
            readBody();      // whatever arrived with the end of the transfer
        m_stallTimer.stop(); // after readBody(), which restarts it
        emit finished();
    });
    m_stallTimer.start();
}

BoundedReply::~BoundedReply() = default;

void BoundedReply::cancel()
{
    if (m_reply->isRunning())
        abortWith(Outcome::Cancelled); // finished() follows at once
}

void BoundedReply::abortWith(Outcome outcome)
{
    m_outcome = outcome;
    m_reply->abort();
}

void BoundedReply::checkContentLength()
{
    m_stallTimer.start();
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (!length.isValid())
        return;
    if (length.toLongLong() > m_maxBytes)
        return abortWith(Outcome::TooLarge);
    if (m_body.isEmpty())
        m_body = allocateJsonBuffer(length.toLongLong());
}

void BoundedReply::readBody()
{
    m_stallTimer.start();
    if (m_reply->bytesAvailable() > m_maxBytes - m_body.size())
        return abortWith(Outcome::TooLarge);
    m_body.append(m_reply->readAll());
}

} // namespace kombo
