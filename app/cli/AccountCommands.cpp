// The commands on the partner's whole account: sync (AccountSync) and status --all
// (StatusCheck). Results on standard output (a summary line or table, or JSON); how far it
// got on standard error, on a terminal only; the instances a sync found gone or could not
// store on standard error, one a line.

#include "Commands.h"

#include "CliApplication.h"
#include "Console.h"
#include "account/AccountSync.h"
#include "account/StatusCheck.h"
#include "store/InstanceRepository.h"
#include "Workspace.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace PartnerDesk::Cli {

namespace {

// "Loja Centro  …AB12": a name and what tells it apart, for the lists on standard error.
QString instanceLabel(const QString &name, const QString &idSuffix)
{
    const QString shownName = name.isEmpty() ? Commands::tr("(no name)") : Console::printable(name);
    return idSuffix.isEmpty() ? shownName : shownName + QStringLiteral("  ") + Console::printable(idSuffix);
}

// {"added","updated","unchanged","gone","failed"}, in that order (the order of the summary
// line, which QJsonObject, sorting its keys, would not keep).
QString syncJson(int added, int updated, int unchanged, int gone, int failed)
{
    return QStringLiteral("{\"added\":%1,\"updated\":%2,\"unchanged\":%3,\"gone\":%4,\"failed\":%5}")
        .arg(added)
        .arg(updated)
        .arg(unchanged)
        .arg(gone)
        .arg(failed);
}

} // namespace

int Commands::sync(CommandContext &context)
{
    InstanceRepository *repository = nullptr;
    if (Error error = context.loadRepository(&repository))
        return context.fail(error);
    const bool json = context.parser().isSet(Options::json);
    const bool prune = context.parser().isSet(Options::prune);

    AccountSync accountSync(&context.workspace());
    const QLocale locale;
    QObject::connect(&accountSync, &AccountSync::progress, &accountSync,
                     [locale](int pagesRead, int totalPages, int instancesRead, qint64 totalInstances) {
        Console::printProgress(tr("Reading the account: page %1 of %2, %3 of %4 instances")
                                   .arg(locale.toString(pagesRead), locale.toString(totalPages),
                                        locale.toString(instancesRead), locale.toString(totalInstances)));
    });
    const auto [report] = context.wait<AccountSyncReport>([&](QObject *waitContext, auto done) {
        QObject::connect(&accountSync, &AccountSync::finished, waitContext, done);
        accountSync.start();
    });
    Console::clearProgress();

    const int failed = static_cast<int>(report.failed.size());
    const int gone = static_cast<int>(report.gone.size());
    for (const SyncFailure &failure : report.failed) {
        Console::printErrorLine(tr("Not saved: %1: %2")
                                    .arg(instanceLabel(failure.name, failure.idSuffix), Console::printable(failure.reason)));
    }

    if (!report.complete) {
        // Nothing read: nothing to report but why.
        if (report.pagesRead == 0)
            return context.fail(report.error);
        if (json) {
            Console::printLine(syncJson(report.added, report.updated, report.unchanged, 0, failed));
        } else {
            Console::printLine(tr("Sync incomplete: %1 added, %2 updated, %3 unchanged, %4 failed.")
                                   .arg(report.added)
                                   .arg(report.updated)
                                   .arg(report.unchanged)
                                   .arg(failed));
        }
        const int status = context.fail(report.error);
        const QString stopped = prune
            ? tr("The sync stopped after %1 of %2 pages; what they held is saved. The other pages were not read, and "
                 "no instance was marked as gone or removed. Run 'partnerdesk-cli sync' again to finish.")
            : tr("The sync stopped after %1 of %2 pages; what they held is saved. The other pages were not read, and "
                 "no instance was marked as gone. Run 'partnerdesk-cli sync' again to finish.");
        Console::printError(stopped.arg(report.pagesRead).arg(report.totalPages));
        return status;
    }

    int removed = 0;
    Error pruneError;
    if (prune && gone > 0)
        pruneError = accountSync.removeMissing(report.gone, &removed);

    if (json) {
        Console::printLine(syncJson(report.added, report.updated, report.unchanged, gone, failed));
    } else {
        if (prune && gone > 0 && !pruneError) {
            Console::printLine(tr("Synced: %1 added, %2 updated, %3 unchanged, %4 gone (%5 removed), %6 failed.")
                                   .arg(report.added)
                                   .arg(report.updated)
                                   .arg(report.unchanged)
                                   .arg(gone)
                                   .arg(removed)
                                   .arg(failed));
        } else {
            Console::printLine(tr("Synced: %1 added, %2 updated, %3 unchanged, %4 gone, %5 failed.")
                                   .arg(report.added)
                                   .arg(report.updated)
                                   .arg(report.unchanged)
                                   .arg(gone)
                                   .arg(failed));
        }
    }
    for (const InstanceRecord &record : report.gone)
        Console::printErrorLine(tr("No longer in the account: %1").arg(instanceLabel(record.name, record.idSuffix)));
    if (pruneError)
        return context.fail(pruneError);
    if (gone > 0) {
        if (prune)
            Console::printErrorLine(tr("Removed from the list: %1 of %2.").arg(removed).arg(gone));
        else
            Console::printErrorLine(tr("Kept in the list; 'partnerdesk-cli sync --prune' removes them."));
    }
    return ExitSuccess;
}

int Commands::statusOfAll(CommandContext &context)
{
    InstanceRepository *repository = nullptr;
    if (Error error = context.loadRepository(&repository))
        return context.fail(error);
    const bool json = context.parser().isSet(Options::json);
    const QList<InstanceRecord> records = repository->allRecords();
    if (records.isEmpty()) {
        Console::printLine(json ? QStringLiteral("[]") : noInstancesText(context));
        return ExitSuccess;
    }

    QList<QUuid> keys;
    keys.reserve(records.size());
    for (const InstanceRecord &record : records)
        keys.append(record.key);

    StatusCheck check(&context.workspace());
    QHash<QUuid, StatusCheckResult> results;
    QObject::connect(&check, &StatusCheck::checked, &check,
                     [&results](const StatusCheckResult &result) { results.insert(result.key, result); });
    const QLocale locale;
    QObject::connect(&check, &StatusCheck::progress, &check, [locale](int done, int total) {
        Console::printProgress(tr("Checking the instances: %1 of %2").arg(locale.toString(done), locale.toString(total)));
    });
    const auto [connected, disconnected, failed, error] =
        context.wait<int, int, int, Error>([&](QObject *waitContext, auto done) {
            QObject::connect(&check, &StatusCheck::finished, waitContext, done);
            check.start(keys);
        });
    Console::clearProgress();
    if (error) {
        // What stops the check for every instance (no Client-Token, the keychain...).
        const int status = context.fail(error);
        if (connected + disconnected > 0)
            Console::printError(tr("The statuses checked before it (%1) are saved in the list.").arg(connected + disconnected));
        return status;
    }

    // In name order, as the list; an instance removed meanwhile has no answer and no row.
    QJsonArray array;
    QList<QStringList> rows;
    rows.append({tr("Name"), tr("Status"), tr("Z-API says")});
    Error firstFailure;
    for (const InstanceRecord &record : records) {
        const auto found = results.constFind(record.key);
        if (found == results.cend())
            continue;
        const StatusCheckResult &result = *found;
        if (result.error && !firstFailure)
            firstFailure = result.error;
        if (json) {
            QJsonObject object{
                {QStringLiteral("name"), record.name},
                {QStringLiteral("status"), statusKey(result.status)},
                {QStringLiteral("connected"), result.status == ConnectionStatus::Unknown
                                                  ? QJsonValue(QJsonValue::Null)
                                                  : QJsonValue(result.status == ConnectionStatus::Connected)},
                {QStringLiteral("message"), result.serverMessage},
            };
            if (result.error)
                object.insert(QStringLiteral("error"), result.error.message());
            array.append(object);
        } else {
            rows.append({Console::printable(record.name),
                         result.error ? tr("failed") : statusText(result.status),
                         Console::printable(result.error ? result.error.message() : result.serverMessage)});
        }
    }

    if (json) {
        Console::printLine(array.isEmpty()
                               ? QStringLiteral("[]")
                               : QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        printColumns(rows);
        Console::printLine(tr("%1 connected, %2 not connected, %3 failed.").arg(connected).arg(disconnected).arg(failed));
    }
    // Answered at least once: the check ran, and each failure is in its row. Not once: the
    // rows say why, and the exit status says it failed.
    if (connected + disconnected == 0 && firstFailure) {
        Console::printError(tr("No instance could be checked. The first failure: %1").arg(firstFailure.message()));
        return firstFailure.exitCode();
    }
    return ExitSuccess;
}

} // namespace PartnerDesk::Cli
