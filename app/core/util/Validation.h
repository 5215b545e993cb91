#pragma once

#include "Error.h"

#include <QString>
#include <QUrl>

namespace PartnerDesk::Validation {

// Instance IDs and tokens go into the URL path, so they are restricted to the characters
// Z-API uses; anything else ("../", "?", "#", "%2F") is refused before a request is built.
Error checkInstanceId(const QString &instanceId);
Error checkInstanceToken(const QString &instanceToken);
// Goes into a header: printable ASCII without spaces, so it cannot split the header.
Error checkClientToken(const QString &clientToken);
Error checkProfileName(const QString &profileName);
// https:// anywhere, http:// only for loopback; no user info, query or fragment.
Error checkApiBaseUrl(const QUrl &url);

// A customer's WhatsApp number as people type it: digits with the usual separators ("+55 (11)
// 98765-4321"), as many digits as an international number has (country code included).
// Z-API answers a wrong one with an error nobody can act on, so it is checked first.
Error checkPhone(const QString &phone);
// Keeps the digits of a phone number ("+55 (11) 98765-4321" -> "5511987654321").
QString phoneDigits(const QString &phone);
// How a phone is shown: as typed, except bare international digits, which are grouped
// ("5511987654321" -> "+55 11 98765-4321"; other countries: "+" and the digits).
QString displayPhone(const QString &phone);

} // namespace PartnerDesk::Validation
