#pragma once

#include "util/Error.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace PartnerDesk {

// What came back from Z-API before it is understood: the pieces the parsers need, nothing
// of the request (which carries the credentials).
struct ZApiAnswer
{
    int httpStatus = 0;
    QByteArray body;            // at most ZApiClient::maximumBodyBytes
    QByteArray retryAfter;      // the Retry-After header, as sent
    qint64 serverDateMs = -1;   // the Date header, -1 when absent or unreadable
    qint64 receivedAtMs = 0;    // local clock when the answer arrived
};

// An extension connection code. `expiresAtMs` is on the server's clock; the local clock
// may differ, so every "how long is left" goes through localExpiresAtMs().
struct ExtensionCode
{
    QString code;            // "FA48-HS63"
    qint64 expiresAtMs = 0;  // as sent by Z-API
    qint64 serverSkewMs = 0; // server clock minus local clock, from the Date header
    qint64 receivedAtMs = 0; // local clock

    qint64 localExpiresAtMs() const { return expiresAtMs - serverSkewMs; }
    qint64 remainingMs(qint64 localNowMs) const { return qMax<qint64>(0, localExpiresAtMs() - localNowMs); }
    // The validity Z-API gave the code when it was issued (about five minutes).
    qint64 lifetimeMs() const { return qMax<qint64>(1, localExpiresAtMs() - receivedAtMs); }
};

struct InstanceStatus
{
    bool connected = false;
    bool smartphoneConnected = false;
    QString serverMessage; // Z-API's own words ("You are not connected"); plain text
};

struct QrCode
{
    QByteArray png;
};

struct PhoneCode
{
    QString code; // "A1B2C3D4E5", typed by the customer in WhatsApp
};

// Pure functions from an answer to a typed result, kept apart from the network so they can
// be tested and fuzzed on their own. Every failure is an Error whose detail never contains
// the body: a hostile server must not be able to put text in front of the user.
namespace ZApiReplies {

// The error an HTTP status (and the documented error bodies) stand for; None for 2xx.
Error statusError(const ZApiAnswer &answer);
// Server clock minus local clock, ignored below the Date header's one-second resolution.
qint64 clockSkewMs(const ZApiAnswer &answer);
// An HTTP date ("Sat, 21 Nov 2026 14:03:09 GMT", the Date and Retry-After headers) in ms
// since the epoch; -1 when it is not one.
qint64 parseHttpDate(const QByteArray &value);

Error parseExtensionCode(const ZApiAnswer &answer, ExtensionCode *code);
Error parseInstanceStatus(const ZApiAnswer &answer, InstanceStatus *status);
Error parseQrCode(const ZApiAnswer &answer, QrCode *qrCode);
Error parsePhoneCode(const ZApiAnswer &answer, PhoneCode *phoneCode);

// Longest validity accepted for an extension code. Z-API documents "up to 5 minutes"; an
// hour leaves room for a change on their side while still catching a garbled timestamp.
constexpr qint64 maximumCodeLifetimeMs = 60 * 60 * 1000;

} // namespace ZApiReplies

} // namespace PartnerDesk
