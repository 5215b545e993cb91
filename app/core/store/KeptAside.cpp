#include "KeptAside.h"

#include "InstanceRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace PartnerDesk::KeptAside {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("PartnerDesk::KeptAside", text, disambiguation, n);
}
} // namespace

QStringList copiesOf(const QString &databasePath)
{
    if (databasePath.isEmpty()) // in memory (demo): nothing is ever kept aside
        return {};
    const QFileInfo database(databasePath);
    const QDir directory = database.absoluteDir();
    QStringList copies;
    // Their names end in the date they were made: newest first by name.
    const QStringList names = directory.entryList({database.fileName() + QStringLiteral(".unreadable-*")}, QDir::Files,
                                                  QDir::Name | QDir::Reversed);
    for (const QString &name : names) {
        // SQLite's own files beside a copy that is open right now.
        if (!name.endsWith(QLatin1String("-wal")) && !name.endsWith(QLatin1String("-shm"))
            && !name.endsWith(QLatin1String("-journal")))
            copies.append(directory.filePath(name));
    }
    return copies;
}

QDateTime keptAt(const QString &copy)
{
    // "….unreadable-20261121-221500", or "-2" after it for a second copy in the same second.
    const QString stamp = QFileInfo(copy).fileName().section(QStringLiteral(".unreadable-"), 1).left(15);
    return QDateTime::fromString(stamp, QStringLiteral("yyyyMMdd-HHmmss"));
}

QStringList report(const RecoveredSecrets &recovered, const QString &copyName)
{
    QStringList lines{tr("Brought back from %1: the ID and token of %n instance(s).",
                                                  nullptr, recovered.instances)
                          .arg(copyName)};
    if (recovered.clientToken)
        lines.append(tr("The Client-Token was brought back."));
    if (recovered.partnerToken)
        lines.append(tr("The partner token was brought back."));
    if (recovered.notUsed > 0)
        lines.append(tr("Left out %n kept instance(s): removed since, or given new credentials since.", nullptr,
            recovered.notUsed));
    if (recovered.unreadable > 0)
        lines.append(tr("Left out %n kept value(s) that could not be opened.", nullptr,
                                                 recovered.unreadable));
    return lines;
}

QString failure(const Error &error, const QString &copyName)
{
    switch (error.code) {
    case ErrorCode::VaultKeyMissing:
        return tr("No key was kept for %1: the system keychain held none when this "
                                                    "profile was started over, so the credentials in it cannot be opened.")
            .arg(copyName);
    case ErrorCode::VaultUnreadable:
        return tr("The key kept for %1 does not open it: it is not the key its "
                                                    "credentials were saved with, so they cannot be brought back.")
            .arg(copyName);
    case ErrorCode::VaultKeyWrongSize:
        return tr("What the keychain held for %1 is not a Partner Desk key (%2 bytes), "
                                                    "so the credentials in it cannot be opened.")
            .arg(copyName, error.detail);
    case ErrorCode::StoreUnreadable: // the copy is damaged
        return tr("%1 could not be read (%2); it was left as it is.").arg(copyName, error.detail);
    default:
        return error.message();
    }
}

} // namespace PartnerDesk::KeptAside
