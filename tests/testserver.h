// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <memory>
#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>
#include <vector>

class QTcpServer;
class QTcpSocket;

// A scripted HTTP/1.1 server on 127.0.0.1 (port 0), plain or TLS, for tests: it answers each
// request with the next scripted response (the last one repeats), injects faults on purpose,
// and records every request it receives.
class TestServer final : public QObject
{
    Q_OBJECT

public:
    enum class Fault
    {
        None,
        StallAfterHeaders, // headers promise a body that never comes
        ResetMidBody,      // half the body, then a TCP reset
        ShortBody,         // half the body, then a clean close: less than Content-Length
        EndlessBody,       // no Content-Length, data until the client hangs up
        DripBody,          // one byte of the body every 100 ms: never stalled, never done
    };

    struct Response
    {
        int status = 200;
        QByteArray body;
        std::vector<std::pair<QByteArray, QByteArray>> headers;
        Fault fault = Fault::None;
        int delayMs = 0; // before the answer starts

        // Copies that differ in one respect, for scripting answers in one expression.
        Response withFault(Fault newFault) const;
        Response withHeader(const QByteArray &name, const QByteArray &value) const;
        Response withDelay(int milliseconds) const;
    };

    struct Request
    {
        QByteArray method;
        QByteArray target; // as on the request line, still percent-encoded
        QByteArray version;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        qint64 receivedMs = 0;                 // since the server started
    };

    enum class Transport
    {
        Plain,
        SelfSignedTls
    };

    explicit TestServer(Transport transport = Transport::Plain, QObject *parent = nullptr);
    ~TestServer() override;

    // http(s)://127.0.0.1:<port>/v1
    QUrl baseUrl() const;
    QUrl origin() const;

    void enqueue(const Response &response);
    void setResponder(std::function<Response(const Request &)> responder);

    const QList<Request> &requests() const { return m_requests; }
    int maxConcurrentRequests() const { return m_maxConcurrent; }

    // Helpers for common answers.
    static Response json(int status, const QByteArray &body);
    static Response redirect(int status, const QByteArray &location);
    static Response apiError(int status, const QByteArray &code, const QByteArray &title,
                             const QByteArray &message);

private:
    void accept(QTcpSocket *socket);
    void readRequest(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const Response &response);
    void answered(QTcpSocket *socket);
    Response nextResponse(const Request &request);

    Transport m_transport;
    std::unique_ptr<QTcpServer> m_server;
    QElapsedTimer m_clock;
    QList<Response> m_script;
    std::function<Response(const Request &)> m_responder;
    QList<Request> m_requests;
    int m_concurrent = 0;
    int m_maxConcurrent = 0;
};
