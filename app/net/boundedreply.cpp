// SPDX-License-Identifier: MIT
#include "net/boundedreply.h"

#include <algorithm>
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

BoundedReply::BoundedReply(QNetworkReply *reply, Limits limits, QObject *parent)
    : QObject(parent), m_reply(reply), m_maxBytes(limits.maxBytes),
      m_spareCapacity(limits.spareCapacity)
{
    m_reply->setReadBufferSize(kReadBufferBytes);
    m_stallTimer.setSingleShot(true);
    m_stallTimer.setInterval(limits.stallTimeout);
    connect(&m_stallTimer, &QTimer::timeout, this, [this] { abortWith(Outcome::Stalled); });
    m_deadlineTimer.setSingleShot(true);
    m_deadlineTimer.setInterval(limits.deadline);
    connect(&m_deadlineTimer, &QTimer::timeout, this, [this] { abortWith(Outcome::Overdue); });
    connect(reply, &QNetworkReply::metaDataChanged, this, &BoundedReply::checkHeaders);
    connect(reply, &QNetworkReply::readyRead, this, &BoundedReply::readBody);
    connect(reply, &QNetworkReply::finished, this, [this] {
        if (m_outcome == Outcome::Finished)
            readBody();      // whatever arrived with the end of the transfer
        m_stallTimer.stop(); // after readBody(), which restarts it
        m_deadlineTimer.stop();
        emit finished();
    });
    m_stallTimer.start();
    m_deadlineTimer.start();
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

void BoundedReply::checkHeaders()
{
    m_stallTimer.start();
    const QByteArray encoding = m_reply->rawHeader("Content-Encoding").trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "identity")
        return abortWith(Outcome::Encoded);
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (!length.isValid())
        return;
    if (length.toLongLong() > m_maxBytes)
        return abortWith(Outcome::TooLarge);
    if (m_body.isEmpty())
        m_body.reserve(length.toLongLong() + m_spareCapacity);
}

void BoundedReply::readBody()
{
    m_stallTimer.start();
    const qint64 incoming = m_reply->bytesAvailable();
    if (incoming > m_maxBytes - m_body.size())
        return abortWith(Outcome::TooLarge);
    // Without Content-Length the buffer grows as data comes: doubling, but never past the cap
    // (and the consumer's spare room), so a body at the cap never holds twice the cap.
    const qsizetype needed = m_body.size() + qsizetype(incoming);
    if (needed > m_body.capacity()) {
        m_body.reserve(std::min<qsizetype>(std::max<qsizetype>(needed, 2 * m_body.capacity()),
                                           qsizetype(m_maxBytes) + m_spareCapacity));
    }
    m_body.append(m_reply->readAll());
}

} // namespace kombo
