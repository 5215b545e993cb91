#pragma once

#include "CommandContext.h"
#include "store/InstanceRecord.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace PartnerDesk::Cli {

// The option names more than one command uses.
namespace Options {
inline const QString json = QStringLiteral("json");
inline const QString phone = QStringLiteral("phone");
inline const QString note = QStringLiteral("note");
inline const QString name = QStringLiteral("name");
inline const QString credentials = QStringLiteral("credentials");
inline const QString all = QStringLiteral("all");
inline const QString prune = QStringLiteral("prune");
inline const QString language = QStringLiteral("lang");
inline const QString out = QStringLiteral("out");
inline const QString force = QStringLiteral("force");
} // namespace Options

// The commands of partnerdesk-cli (the table of them is commands(), in Commands.cpp). Each
// one: read its input, open the profile, make one call into the core, wait for it, report.
// Commands.cpp: the profile's own commands; ZApiCommands.cpp: one instance and Z-API;
// AccountCommands.cpp: the whole account (sync, status --all).
class Commands
{
    Q_DECLARE_TR_FUNCTIONS(PartnerDesk::Cli::Commands)
public:
    static int clientTokenSet(CommandContext &context);
    static int clientTokenClear(CommandContext &context);
    static int partnerTokenSet(CommandContext &context);
    static int partnerTokenClear(CommandContext &context);
    static int add(CommandContext &context);
    static int edit(CommandContext &context);
    static int list(CommandContext &context);
    static int remove(CommandContext &context);
    static int import(CommandContext &context);
    static int sync(CommandContext &context);
    static int status(CommandContext &context);
    static int code(CommandContext &context);
    static int message(CommandContext &context);
    static int qr(CommandContext &context);
    static int phoneCode(CommandContext &context);
    static int recover(CommandContext &context);

    // How NAME may pick an instance: any of recordsMatching()'s ways, or only its whole name
    // (any case, accents optional), for a command that cannot be undone.
    enum class NameMatch { AnyWords, WholeName };
    // The instance the command's NAME (its first argument) means, the one way every command
    // finds it: ExitSuccess and `record` filled; or, having said why, the exit status: none
    // (UnknownInstance: 3, as always), several (a list of them: usage error, 2).
    static int resolveInstance(CommandContext &context, InstanceRecord *record,
                               NameMatch match = NameMatch::AnyWords);

    static QString jsonLine(const QJsonObject &object);
    static QString statusText(ConnectionStatus status);
    // Terminal columns `text` takes; `text` padded with spaces to `width` of them.
    static qsizetype displayWidth(const QString &text);
    static QString padded(const QString &text, qsizetype width);
    // Rows of columns, each but the last padded to its widest cell plus two spaces.
    static void printColumns(const QList<QStringList> &rows);
    // "There are no instances in this profile yet…", with the profile option to repeat.
    static QString noInstancesText(const CommandContext &context);

private:
    static int storeAccountSecret(CommandContext &context, bool partner, const QString &token);
    static int setAccountSecret(CommandContext &context, bool partner);
    static void printTable(const QList<InstanceRecord> &records);
    static int statusOfAll(CommandContext &context);
    static int statusOfOne(CommandContext &context);
    // --lang, or the customer's language of Settings; a usage error when --lang names none.
    static int customerLanguage(CommandContext &context, QString *language);
};

} // namespace PartnerDesk::Cli
