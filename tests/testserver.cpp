// SPDX-License-Identifier: MIT
#include "testserver.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <sys/socket.h>

namespace {

constexpr qint64 kEndlessChunk = 64 * 1024;
constexpr int kDripIntervalMs = 100;
constexpr char kInFlight[] = "inFlight"; // a socket property: answer not yet complete

QByteArray readTestFile(const QString &name)
{
    QFile file(QStringLiteral(KOMBO_TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(name));
    return file.readAll();
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

// Sends a TCP reset rather than a clean close when the socket is closed.
void setResetOnClose(QTcpSocket *socket)
{
    const linger resetAtOnce{1, 0};
    setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &resetAtOnce,
               sizeof resetAtOnce);
}

} // namespace

TestServer::Response TestServer::Response::withFault(Fault newFault) const
{
    Response copy = *this;
    copy.fault = newFault;
    return copy;
}

TestServer::Response TestServer::Response::withHeader(const QByteArray &name,
                                                      const QByteArray &value) const
{
    Response copy = *this;
    copy.headers.push_back({name, value});
    return copy;
}

TestServer::Response TestServer::Response::withDelay(int milliseconds) const
{
    Response copy = *this;
    copy.delayMs = milliseconds;
    return copy;
}

TestServer::TestServer(Transport transport, QObject *parent)
    : QObject(parent), m_transport(transport)
{
    if (transport == Transport::SelfSignedTls) {
        auto server = std::make_unique<QSslServer>();
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(
            QSslCertificate(readTestFile(QStringLiteral("selfsigned-cert.pem"))));
        tls.setPrivateKey(QSslKey(readTestFile(QStringLiteral("selfsigned-key.pem")), QSsl::Rsa));
        server->setSslConfiguration(tls);
        // Encrypted connections are announced as pendingConnectionAvailable after the handshake.
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection())
            accept(socket);
    });
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        qFatal("test server cannot listen: %s", qPrintable(m_server->errorString()));
    m_clock.start();
}

TestServer::~TestServer() = default;

QUrl TestServer::origin() const
{
    QUrl url;
    url.setScheme(m_transport == Transport::Plain ? QStringLiteral("http")
                                                  : QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    return url;
}

QUrl TestServer::baseUrl() const
{
    QUrl url = origin();
    url.setPath(QStringLiteral("/v1"));
    return url;
}

void TestServer::enqueue(const Response &response)
{
    m_script.append(response);
}

void TestServer::setResponder(std::function<Response(const Request &)> responder)
{
    m_responder = std::move(responder);
}

TestServer::Response TestServer::json(int status, const QByteArray &body)
{
    Response response;
    response.status = status;
    response.body = body;
    response.headers.push_back({"Content-Type", "application/json"});
    return response;
}

TestServer::Response TestServer::redirect(int status, const QByteArray &location)
{
    Response response;
    response.status = status;
    return response.withHeader("Location", location);
}

TestServer::Response TestServer::apiError(int status, const QByteArray &code,
                                          const QByteArray &title, const QByteArray &message)
{
    return json(status, R"({"status":"error","error":{"code":")" + code + R"(","title":")" + title +
                            R"(","message":")" + message +
                            R"(","log_url":"https://app.kombo.dev/logs/abc"}})");
}

TestServer::Response TestServer::nextResponse(const Request &request)
{
    if (m_responder)
        return m_responder(request);
    if (m_script.isEmpty())
        return json(500, "no response scripted");
    return m_script.size() > 1 ? m_script.takeFirst() : m_script.first();
}

void TestServer::accept(QTcpSocket *socket)
{
    socket->setParent(this);
    // Each answer leaves in one go: without this, Nagle and the client's delayed ACK can hold
    // the body back 40 ms on loopback, which timings would then measure.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
        buffer->append(socket->readAll());
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer->left(end).split('\n');
        buffer->remove(0, end + 4);
        Request request;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        request.version = requestLine.value(2);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        request.receivedMs = m_clock.elapsed();
        m_requests.append(request);
        m_maxConcurrent = std::max(m_maxConcurrent, ++m_concurrent);
        socket->setProperty(kInFlight, true);
        const Response response = nextResponse(request);
        QTimer::singleShot(response.delayMs, socket,
                           [this, socket, response] { respond(socket, response); });
    });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        answered(socket);
        socket->deleteLater();
    });
}

void TestServer::answered(QTcpSocket *socket)
{
    if (socket->property(kInFlight).toBool()) {
        socket->setProperty(kInFlight, false);
        --m_concurrent;
    }
}

void TestServer::respond(QTcpSocket *socket, const Response &response)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "Connection: close\r\n";
    const bool lengthGiven =
        std::any_of(response.headers.begin(), response.headers.end(), [](const auto &header) {
            return header.first.compare("Content-Length", Qt::CaseInsensitive) == 0;
        });
    if (response.fault != Fault::EndlessBody && !lengthGiven)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += "\r\n";
    socket->write(head);

    auto done = [this, socket] {
        answered(socket);
        socket->disconnectFromHost();
    };
    switch (response.fault) {
    case Fault::None:
        socket->write(response.body);
        return done();
    case Fault::StallAfterHeaders:
        return; // until the client gives up
    case Fault::ResetMidBody:
        socket->write(response.body.left(response.body.size() / 2));
        socket->flush();
        answered(socket);
        setResetOnClose(socket);
        socket->abort();
        return;
    case Fault::ShortBody:
        socket->write(response.body.left(response.body.size() / 2));
        return done();
    case Fault::DripBody: {
        auto *drip = new QTimer(socket);
        connect(drip, &QTimer::timeout, socket, [socket, body = response.body, sent = 0]() mutable {
            if (sent < body.size())
                socket->write(body.mid(sent++, 1));
        });
        drip->start(kDripIntervalMs);
        return;
    }
    case Fault::EndlessBody: {
        const QByteArray chunk(kEndlessChunk, 'x');
        socket->write(chunk);
        // Writes one chunk each time the last has gone, so the server's memory stays small.
        connect(socket, &QTcpSocket::bytesWritten, socket, [socket, chunk] {
            if (socket->bytesToWrite() < kEndlessChunk)
                socket->write(chunk);
        });
        return;
    }
    }
}
