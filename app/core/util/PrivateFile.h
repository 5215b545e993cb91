#pragma once

#include <QString>

namespace PartnerDesk::PrivateFile {

// Creates `path` (and its parents) readable by its owner only: the profile directory holds
// customers' names and phones, and their sealed credentials.
bool makeDirectory(const QString &path);

} // namespace PartnerDesk::PrivateFile
