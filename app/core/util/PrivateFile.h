#pragma once

#include "Error.h"

#include <QByteArray>
#include <QString>

namespace PartnerDesk::PrivateFile {

// Creates `path` (and its parents) readable by its owner only: the profile directory holds
// customers' names and phones, and the vault.
bool makeDirectory(const QString &path);

// Replaces `path` with `bytes` atomically (QSaveFile), owner-only. A short write (a full
// disk) leaves the old file in place: Qt 6.4's commit() alone would report success.
// On failure, returns `failure` with the reason as detail.
Error write(const QString &path, const QByteArray &bytes, ErrorCode failure);

} // namespace PartnerDesk::PrivateFile
