#include "HttpMessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>

namespace PartnerDesk::Sandbox {

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(const QByteArray &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), isTokenChar);
}

// Visible ASCII, space, tab and obs-text; no other control characters (RFC 9110 5.5).
bool isFieldValue(const QByteArray &value)
{
    return std::all_of(value.cbegin(), value.cend(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte == '\t' || (byte >= 0x20 && byte != 0x7f);
    });
}

bool isRequestTarget(const QByteArray &target)
{
    return target.startsWith('/') && std::all_of(target.cbegin(), target.cend(), [](char c) {
               const auto byte = static_cast<unsigned char>(c);
               return byte > 0x20 && byte < 0x7f;
           });
}

// Whether what arrived so far can begin a request line: a method (a token) first, then
// only visible ASCII and spaces up to the CRLF that ends the line. A bare LF is left to
// splitLines(), which judges the whole head.
bool isRequestLineStart(const QByteArray &received)
{
    if (received.isEmpty())
        return true;
    if (!isTokenChar(received.front()))
        return false;
    const auto lineEnd = received.indexOf("\r\n");
    QByteArrayView line(received.constData(), lineEnd < 0 ? received.size() : lineEnd);
    if (lineEnd < 0 && line.endsWith('\r'))
        line.chop(1); // its LF may be in the next packet
    return std::all_of(line.cbegin(), line.cend(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte == '\n' || (byte >= 0x20 && byte < 0x7f);
    });
}

// Splits on CRLF; an empty list means a bare LF was found, which RFC 9112 lets a server reject.
QByteArrayList splitLines(const QByteArray &head)
{
    QByteArrayList lines;
    qsizetype start = 0;
    for (auto end = head.indexOf("\r\n"); end >= 0; end = head.indexOf("\r\n", start)) {
        lines.append(head.mid(start, end - start));
        start = end + 2;
    }
    lines.append(head.mid(start));
    const bool bareLineFeed = std::any_of(lines.cbegin(), lines.cend(),
                                          [](const QByteArray &line) { return line.contains('\n'); });
    return bareLineFeed ? QByteArrayList() : lines;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 302: return QByteArrayLiteral("Found");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 411: return QByteArrayLiteral("Length Required");
    case 413: return QByteArrayLiteral("Content Too Large");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 431: return QByteArrayLiteral("Request Header Fields Too Large");
    case 500: return QByteArrayLiteral("Internal Server Error");
    default: return QByteArrayLiteral("Unknown");
    }
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const
{
    QByteArrayList values;
    for (const auto &[headerName, value] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0)
            values.append(value);
    }
    return values.join(", ");
}

bool HttpRequest::hasHeader(const QByteArray &name) const
{
    return std::any_of(headers.cbegin(), headers.cend(), [&name](const auto &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

QByteArray HttpRequest::path() const
{
    const auto question = target.indexOf('?');
    return question < 0 ? target : target.left(question);
}

QByteArray HttpRequest::query() const
{
    const auto question = target.indexOf('?');
    return question < 0 ? QByteArray() : target.mid(question + 1);
}

HttpResponse HttpResponse::json(int status, const QJsonValue &value)
{
    HttpResponse response;
    response.status = status;
    response.headers.append({QByteArrayLiteral("Content-Type"),
                             QByteArrayLiteral("application/json; charset=utf-8")});
    response.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                    : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::error(int status, const QString &message)
{
    return json(status, QJsonObject{{QStringLiteral("error"), message}});
}

QByteArray HttpResponse::toWire(bool includeBody) const
{
    QByteArray wire = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers)
        wire += name + ": " + value + "\r\n";
    if (!endlessChunk.isEmpty())
        return wire + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
    wire += "Content-Length: " + QByteArray::number(announcedLength >= 0 ? announcedLength : body.size())
            + "\r\nConnection: close\r\n\r\n";
    if (includeBody)
        wire += body;
    return wire;
}

QByteArray HttpResponse::wireChunk() const
{
    return QByteArray::number(endlessChunk.size(), 16) + "\r\n" + endlessChunk + "\r\n";
}

HttpRequestParser::State HttpRequestParser::feed(const QByteArray &data)
{
    if (m_state != State::Incomplete)
        return m_state;
    m_buffer += data;

    if (m_bodyLength < 0) {
        // Something that is not HTTP at all (a TLS hello sent to the plain port) would
        // otherwise be held until its sender gave up waiting for an answer.
        if (!isRequestLineStart(m_buffer))
            return fail(400, QStringLiteral("Not an HTTP request"));
        const auto headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            return m_buffer.size() > MaxHeaderBytes
                       ? fail(431, QStringLiteral("Request header larger than 16 KiB"))
                       : State::Incomplete;
        }
        if (headEnd > MaxHeaderBytes)
            return fail(431, QStringLiteral("Request header larger than 16 KiB"));
        if (parseHead(m_buffer.left(headEnd)) == State::Invalid)
            return m_state;
        m_buffer.remove(0, headEnd + 4);
    }

    if (m_buffer.size() < m_bodyLength)
        return State::Incomplete;
    // Bytes past Content-Length would be a pipelined request; with Connection: close they are ignored.
    m_request.body = m_buffer.left(m_bodyLength);
    m_buffer.clear();
    m_state = State::Complete;
    return m_state;
}

HttpRequestParser::State HttpRequestParser::fail(int status, const QString &message)
{
    m_state = State::Invalid;
    m_errorStatus = status;
    m_errorMessage = message;
    m_buffer.clear();
    return m_state;
}

HttpRequestParser::State HttpRequestParser::parseHead(const QByteArray &head)
{
    const QByteArrayList lines = splitLines(head);
    if (lines.isEmpty())
        return fail(400, QStringLiteral("Lines must end with CRLF"));

    const QByteArrayList requestLine = lines.first().split(' ');
    if (requestLine.size() != 3)
        return fail(400, QStringLiteral("Malformed request line"));
    m_request.method = requestLine.at(0);
    m_request.target = requestLine.at(1);
    const QByteArray &version = requestLine.at(2);
    if (!isToken(m_request.method))
        return fail(400, QStringLiteral("Malformed method"));
    if (!isRequestTarget(m_request.target))
        return fail(400, QStringLiteral("Malformed request target"));
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return fail(400, QStringLiteral("Unsupported HTTP version"));

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const auto colon = line.indexOf(':');
        if (colon <= 0)
            return fail(400, QStringLiteral("Malformed header line"));
        const QByteArray name = line.left(colon);
        const QByteArray value = line.mid(colon + 1).trimmed();
        // Rejecting whitespace before the colon also rejects obsolete line folding.
        if (!isToken(name))
            return fail(400, QStringLiteral("Malformed header name"));
        if (!isFieldValue(value))
            return fail(400, QStringLiteral("Malformed header value"));
        m_request.headers.append({name, value});
    }

    if (version == "HTTP/1.1" && !m_request.hasHeader("Host"))
        return fail(400, QStringLiteral("HTTP/1.1 requests need a Host header"));
    if (m_request.hasHeader("Transfer-Encoding"))
        return fail(411, QStringLiteral("Transfer-Encoding is not supported; send Content-Length"));

    m_bodyLength = 0;
    if (m_request.hasHeader("Content-Length")) {
        // Repeated equal values arrive joined ("5, 5") and are rejected like conflicting ones.
        const QByteArray length = m_request.header("Content-Length");
        bool ok = std::all_of(length.cbegin(), length.cend(), [](char c) { return c >= '0' && c <= '9'; });
        const qlonglong value = ok ? length.toLongLong(&ok) : -1;
        if (!ok)
            return fail(400, QStringLiteral("Malformed Content-Length"));
        if (value > MaxBodyBytes)
            return fail(413, QStringLiteral("Request body larger than 64 KiB"));
        m_bodyLength = value;
    }
    return State::Incomplete;
}

} // namespace PartnerDesk::Sandbox
