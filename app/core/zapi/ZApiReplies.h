#pragma once

#include "store/InstanceRecord.h"
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
    QByteArray body;            // at most ZApiClient::maximumBodyBytes (the partner list: maximumAccountPageBytes)
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

// Who is linked to the instance's WhatsApp (GET /device). Nobody linked is an answer, not an
// error: `connected` is false, the device fields are empty and `serverMessage` holds Z-API's
// own words. Every text is plain text, cleaned of control characters.
struct DeviceInfo
{
    bool connected = false;
    QString phone;          // international digits as Z-API sends them ("5511987654321")
    QString name;           // the WhatsApp profile name; may be empty
    QString deviceModel;    // as the phone reports itself ("iPhone 13"); may be empty
    QString originalDevice; // "iphone", "android", or "smbi"/"smba" (WhatsApp Business); may be empty
    bool isBusiness = false;
    QString serverMessage;  // not connected: "You are not connected"
};

// Pure functions from an answer to a typed result, kept apart from the network so they can
// be tested and fuzzed on their own. Every failure is an Error whose detail never contains
// the body: a hostile server must not be able to put text in front of the user.
namespace ZApiReplies {

// The error an HTTP status (and the documented error bodies) stand for; None for 2xx.
// statusError() reads answers to instance requests (Client-Token, instance credentials,
// expired subscription); partnerStatusError() answers of the partner list, where 401 and 403
// are about the partner token.
Error statusError(const ZApiAnswer &answer);
Error partnerStatusError(const ZApiAnswer &answer);
// Server clock minus local clock, ignored below the Date header's one-second resolution.
qint64 clockSkewMs(const ZApiAnswer &answer);
// An HTTP date ("Sat, 21 Nov 2026 14:03:09 GMT", the Date and Retry-After headers) in ms
// since the epoch; -1 when it is not one.
qint64 parseHttpDate(const QByteArray &value);

Error parseExtensionCode(const ZApiAnswer &answer, ExtensionCode *code);
Error parseInstanceStatus(const ZApiAnswer &answer, InstanceStatus *status);
Error parseQrCode(const ZApiAnswer &answer, QrCode *qrCode);
Error parsePhoneCode(const ZApiAnswer &answer, PhoneCode *phoneCode);
Error parseDeviceInfo(const ZApiAnswer &answer, DeviceInfo *device);
// {"value":true}: whether Z-API says it did it.
Error parseRestart(const ZApiAnswer &answer, bool *restarted);
// Z-API documents no body: an empty one means done, {"value":...} is read like restart's.
Error parseDisconnect(const ZApiAnswer &answer, bool *disconnected);
// One page of the partner list, all or nothing: an instance with an ID or token that could
// not be used in a request, or listed twice, makes the whole page MalformedResponse (a page
// read without it would tell a sync that the instance no longer exists). Only the paging
// numbers and the credentials are required; a name, payment status, due date or connection
// state that is missing or unreadable is left empty.
Error parseAccountPage(const ZApiAnswer &answer, AccountPage *page);

// Longest validity accepted for an extension code. Z-API documents "up to 5 minutes"; an
// hour leaves room for a change on their side while still catching a garbled timestamp.
constexpr qint64 maximumCodeLifetimeMs = 60 * 60 * 1000;

} // namespace ZApiReplies

} // namespace PartnerDesk
