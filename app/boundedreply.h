#pragma once

#include <chrono>
#include <memory>
#include <QByteArray>
#include <QObject>
#include <QTimer>

class QNetworkReply;

namespace kombo {

// Reads one network reply's body within limits: at most `maxBytes`, counted as they arrive
// (and refused at once when Content-Length announces more), and no pause without data longer
// than `stallTimeout`. Owns the reply.
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
        TooLarge,  // more than maxBytes
    };

    BoundedReply(QNetworkReply *reply, qint64 maxBytes, std::chrono::milliseconds stallTimeout,
                 QObject *parent = nullptr);
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

    void checkContentLength();
    void readBody();
    void abortWith(Outcome outcome);

    std::unique_ptr<QNetworkReply, ReplyDeleter> m_reply;
    qint64 m_maxBytes;
    QTimer m_stallTimer;
    QByteArray m_body;
    Outcome m_outcome = Outcome::Finished;
};

} // namespace kombo
