#include "HttpConnection.h"

#include <QTcpSocket>

namespace PartnerDesk::Sandbox {

HttpConnection::HttpConnection(QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readAvailable);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
}

void HttpConnection::respond(const HttpResponse &response)
{
    if (m_responded || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_responded = true;
    const bool includeBody = m_parser.request().method != "HEAD";
    m_socket->write(response.toWire(includeBody));
    if (includeBody && !response.endlessChunk.isEmpty()) {
        sendForever(response.wireChunk());
        return;
    }
    m_socket->disconnectFromHost();
}

void HttpConnection::sendForever(const QByteArray &chunk)
{
    // Topped up as the client reads, so the sandbox itself never holds more than a few chunks.
    const auto topUp = [this, chunk] {
        while (m_socket->bytesToWrite() < 4 * chunk.size()) {
            if (m_socket->write(chunk) <= 0)
                return; // the client has gone
        }
    };
    connect(m_socket, &QTcpSocket::bytesWritten, this, topUp);
    topUp();
}

void HttpConnection::readAvailable()
{
    // Draining everything, even after the request, keeps the kernel buffer empty so
    // that closing sends FIN rather than a RST that could destroy the response in flight.
    const QByteArray data = m_socket->readAll();
    if (m_parser.state() != HttpRequestParser::State::Incomplete)
        return;
    switch (m_parser.feed(data)) {
    case HttpRequestParser::State::Incomplete:
        break;
    case HttpRequestParser::State::Complete:
        emit requestReceived(m_parser.request());
        break;
    case HttpRequestParser::State::Invalid:
        emit requestRejected(m_parser.errorStatus(), m_parser.errorMessage());
        break;
    }
}

} // namespace PartnerDesk::Sandbox
