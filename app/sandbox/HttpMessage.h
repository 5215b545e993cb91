#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

class QJsonValue;

namespace PartnerDesk::Sandbox {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method;
    QByteArray target; // origin-form, exactly as received: path plus optional "?query"
    HttpHeaders headers; // names as received; look them up with header()
    QByteArray body;

    // Case-insensitive; repeated headers are joined with ", " (RFC 9110 5.3).
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    QByteArray path() const;
    QByteArray query() const;
};

struct HttpResponse
{
    int status = 200;
    HttpHeaders headers;
    QByteArray body;
    // Only the truncated fault sets this: it announces more bytes than the body holds.
    qint64 announcedLength = -1;
    // Only the oversized-chunked fault sets this: instead of the body, this chunk is sent
    // over and over (Transfer-Encoding: chunked, no Content-Length) until the client hangs up.
    QByteArray endlessChunk;
    // Only the slow-body fault sets this: the head goes out at once, then the body one byte
    // every this many milliseconds.
    int byteIntervalMs = 0;

    static HttpResponse json(int status, const QJsonValue &value);
    static HttpResponse error(int status, const QString &message);

    // Adds Content-Length (or Transfer-Encoding: chunked) and Connection: close; HEAD
    // responses keep the headers but drop the body, as RFC 9110 9.3.2 requires. An endless
    // body is not part of it (the connection keeps writing wireChunk()), nor is a body sent
    // byte by byte (the connection asks for the head alone).
    QByteArray toWire(bool includeBody) const;
    QByteArray wireChunk() const;
};

// Incremental parser for one request per connection. It is strict on purpose:
// the sandbox exists to catch client bugs, not to paper over them.
class HttpRequestParser
{
public:
    enum class State { Incomplete, Complete, Invalid };

    static constexpr qsizetype MaxHeaderBytes = 16 * 1024;
    static constexpr qsizetype MaxBodyBytes = 64 * 1024;

    State feed(const QByteArray &data);

    State state() const { return m_state; }

    const HttpRequest &request() const { return m_request; }
    int errorStatus() const { return m_errorStatus; }
    const QString &errorMessage() const { return m_errorMessage; }

private:
    State fail(int status, const QString &message);
    State parseHead(const QByteArray &head);

    QByteArray m_buffer;
    HttpRequest m_request;
    qsizetype m_bodyLength = -1; // -1 until the head has been parsed
    State m_state = State::Incomplete;
    int m_errorStatus = 0;
    QString m_errorMessage;
};

} // namespace PartnerDesk::Sandbox
