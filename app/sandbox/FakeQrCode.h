#pragma once

#include <QByteArray>

namespace PartnerDesk::Sandbox {

// A PNG that looks like a version-3 QR code (29x29 modules with the three finder
// squares and timing lines, 8 px per module, 4-module quiet zone) but encodes nothing:
// the data modules are noise from seed. Nobody can scan it, and nobody needs to:
// it only has to exercise the client's image handling and refresh loop.
QByteArray fakeQrCodePng(quint32 seed);

} // namespace PartnerDesk::Sandbox
