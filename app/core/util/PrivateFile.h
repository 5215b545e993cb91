#pragma once

#include "Error.h"

#include <QString>

namespace PartnerDesk::PrivateFile {

// What is at a path, looked at without following a symbolic link there: a link is
// SomethingElse, whatever it points to (or whether it points anywhere).
enum class Found { Nothing, RegularFile, SomethingElse };
Found whatIsAt(const QString &path);

// Creates `path` readable by its owner only: the profile directory holds customers' names and
// phones, and their sealed credentials. Owner-only also when it already existed (an older
// version, or a copy, may have left it open to others): what group and others may do is taken
// away, what the owner may do is left as it was. The parents this call creates are
// owner-only too, those that existed are left alone. A symbolic link or a file at `path` is
// refused with StoreNotARegularFile (nothing is created through it), anything else that stops
// it with StoreAccessFailed.
Error makeDirectory(const QString &path);

// Creates an empty file at `path`, owner-only, never through a symbolic link. `*created`
// false: something (of whatever kind) was already there, and was left alone.
Error createEmpty(const QString &path, bool *created);

} // namespace PartnerDesk::PrivateFile
