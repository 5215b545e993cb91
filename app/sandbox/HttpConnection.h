#pragma once

#include "HttpMessage.h"

#include <QObject>

class QTcpSocket;

namespace PartnerDesk::Sandbox {

// One accepted socket carrying exactly one request and one response. It deletes
// itself when the peer disconnects, so timers parented to it die with it.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    explicit HttpConnection(QTcpSocket *socket, QObject *parent = nullptr);

    // Writes the response and closes once it has been flushed (an endless body: never; a
    // body sent byte by byte: after its last byte); later calls are ignored.
    void respond(const HttpResponse &response);

signals:
    void requestReceived(const PartnerDesk::Sandbox::HttpRequest &request);
    void requestRejected(int status, const QString &reason);
    // The socket has closed: the response went out whole, or the client gave up first.
    void closed();

private:
    void readAvailable();
    void sendForever(const QByteArray &chunk);
    void sendByteByByte(const QByteArray &body, int intervalMs);

    QTcpSocket *m_socket;
    HttpRequestParser m_parser;
    bool m_responded = false;
};

} // namespace PartnerDesk::Sandbox
