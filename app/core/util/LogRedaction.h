#pragma once

#include <QString>

namespace PartnerDesk::LogRedaction {

// A second line of defence behind "never log a secret": the process remembers every secret it
// holds (the vault registers what it decrypts or saves; by keyed hash, never a plain copy), and the message handler that install()
// puts in front of Qt's replaces each one with "[secret]" before anything reaches stderr, the
// journal or a test log. It matters most for messages we do not write ourselves: Qt's network
// categories can print request URLs, and the URL path carries the instance ID and token.

// Each secret is also looked for in the forms a message can carry it in: as QDebug quotes a
// string or bytes, percent-encoded, hex, base64 and base64url (see formsOf in the .cpp).
// A secret, or a form of one, shorter than this is replaced only where it stands as a word of
// its own (between characters that are not letters or digits): replacing every "abc" inside
// every word would make logs unreadable without hiding anything, and no Z-API credential is
// that short, but Validation accepts a one-character token and it must not reach a log either.
constexpr qsizetype minimumSecretLength = 6;

void remember(const QString &secret);
// What a message looks like once every remembered secret is replaced. Public for the tests.
QString redacted(const QString &message);
// Chains in front of the current message handler, and on Linux sends GLib's messages
// (libsecret's) through it under the category partnerdesk.glib; call early in main().
void install();

} // namespace PartnerDesk::LogRedaction
