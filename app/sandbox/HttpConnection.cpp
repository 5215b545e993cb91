#include "HttpConnection.h"

#include <QTcpSocket>
#include <QTimer>

namespace PartnerDesk::Sandbox {

HttpConnection::HttpConnection(QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readAvailable);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        emit closed();
        deleteLater();
    });
}

void HttpConnection::respond(const HttpResponse &response)
{
    if (m_responded || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_responded = true;
    const bool includeBody = m_parser.request().method != "HEAD";
    const bool byteByByte = includeBody && response.byteIntervalMs > 0 && !response.body.isEmpty();
    m_socket->write(response.toWire(includeBody && !byteByByte));
    if (includeBody && !response.endlessChunk.isEmpty()) {
        sendForever(response.wireChunk());
        return;
    }
    if (byteByByte) {
        sendByteByByte(response.body, response.byteIntervalMs);
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

void HttpConnection::sendByteByByte(const QByteArray &body, int intervalMs)
{
    // Nagle's algorithm would hold a byte back while the previous one is unacknowledged and
    // send several together: each byte must leave when it is written.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // A child of this connection, which deletes itself once the client hangs up: no tick can
    // outlive the socket, and the state check covers the ticks in between.
    auto *ticker = new QTimer(this);
    connect(ticker, &QTimer::timeout, this, [this, ticker, body, sent = qsizetype(0)]() mutable {
        if (m_socket->state() != QAbstractSocket::ConnectedState) {
            ticker->stop();
            return;
        }
        m_socket->write(body.constData() + sent, 1);
        if (++sent < body.size())
            return;
        ticker->stop();
        m_socket->disconnectFromHost();
    });
    ticker->start(intervalMs);
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
