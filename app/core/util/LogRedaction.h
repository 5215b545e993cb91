#pragma once

#include <QString>

namespace PartnerDesk::LogRedaction {

// A second line of defence behind "never log a secret": the process remembers every secret it
// holds (the vault registers what it decrypts or saves), and the message handler that install()
// puts in front of Qt's replaces each one with "[secret]" before anything reaches stderr, the
// journal or a test log. It matters most for messages we do not write ourselves: Qt's network
// categories can print request URLs, and the URL path carries the instance ID and token.

// Secrets shorter than this are not remembered: replacing every "abc" in every message would
// make logs unreadable, and no Z-API credential is that short.
constexpr qsizetype minimumSecretLength = 6;

void remember(const QString &secret);
// What a message looks like once every remembered secret is replaced. Public for the tests.
QString redacted(const QString &message);
// Chains in front of the current message handler; call once, early in main().
void install();

} // namespace PartnerDesk::LogRedaction
