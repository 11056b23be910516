// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <memory>
#include <QByteArray>
#include <QObject>
#include <QTimer>

class QNetworkReply;

namespace kombo {

// Reads one network reply's body within limits: at most `maxBytes`, counted as they arrive
// (and refused at once when Content-Length announces more), no pause without data longer
// than `stallTimeout`, and the whole transfer within `deadline`, so that a server dripping a
// byte at a time cannot hold it forever. The request must ask for `Accept-Encoding: identity`
// (then Qt inflates nothing, so the cap counts the bytes we keep); a body in any other
// encoding is refused. Owns the reply.
class BoundedReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoundedReply)

public:
    enum class Outcome
    {
        Finished,  // the reply ended by itself: check its error and status
        Cancelled, // cancel() was called
        Stalled,   // no data for stallTimeout
        Overdue,   // not complete within the deadline
        TooLarge,  // more than maxBytes
        Encoded,   // a Content-Encoding other than identity, which was not asked for
    };

    struct Limits
    {
        qint64 maxBytes;
        std::chrono::milliseconds stallTimeout;
        std::chrono::milliseconds deadline;
        qsizetype spareCapacity = 0; // reserved past an announced body, for its consumer
    };

    BoundedReply(QNetworkReply *reply, Limits limits, QObject *parent = nullptr);
    ~BoundedReply() override;

    void cancel();

    QNetworkReply *reply() const { return m_reply.get(); }
    Outcome outcome() const { return m_outcome; }
    QByteArray takeBody() { return std::move(m_body); }

signals:
    void finished();

private:
    struct ReplyDeleter
    {
        void operator()(QNetworkReply *reply) const;
    };

    void checkHeaders();
    void readBody();
    void abortWith(Outcome outcome);

    std::unique_ptr<QNetworkReply, ReplyDeleter> m_reply;
    qint64 m_maxBytes;
    qsizetype m_spareCapacity;
    QTimer m_stallTimer;
    QTimer m_deadlineTimer;
    QByteArray m_body;
    Outcome m_outcome = Outcome::Finished;
};

} // namespace kombo
