#pragma once

#include "util/Error.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace PartnerDesk {

struct RecoveredSecrets;

// The copies "start over" keeps aside (CredentialVault::startOver), and what the CLI's
// `recover` and the window say about bringing credentials back from one
// (InstanceRepository::recoverKeptSecrets).
namespace KeptAside {

// The copies kept aside beside the database at `databasePath`, newest first, as paths.
QStringList copiesOf(const QString &databasePath);
// When `copy` (a path or a name) was kept, from its name; invalid when it holds no date.
QDateTime keptAt(const QString &copy);
// What a recovery from the copy named `copyName` did, a sentence a line.
QStringList report(const RecoveredSecrets &recovered, const QString &copyName);
// Why nothing could be brought back from `copyName`: the words for the errors only a
// recovery has, the error's own message otherwise.
QString failure(const Error &error, const QString &copyName);

} // namespace KeptAside
} // namespace PartnerDesk
