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
// The partner token goes into the Authorization header the same way. Longer than a
// Client-Token is allowed: bearer tokens are often JWTs, which run to hundreds of characters.
Error checkPartnerToken(const QString &partnerToken);
Error checkProfileName(const QString &profileName);
// https:// anywhere, http:// only for loopback; no user info, query or fragment.
Error checkApiBaseUrl(const QUrl &url);

} // namespace PartnerDesk::Validation
