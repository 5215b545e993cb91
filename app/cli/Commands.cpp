// The command table of partnerdesk-cli, and the commands that work on the profile alone:
// the account's tokens, adding, editing, listing, removing and importing instances, and the
// one way every command finds the instance a NAME means.

#include "Commands.h"

#include "CliApplication.h"
#include "Console.h"
#include "store/CsvImport.h"
#include "store/InstanceRepository.h"
#include "store/KeptAside.h"
#include "Workspace.h"
#include "util/Folding.h"
#include "util/PhoneNumbers.h"
#include "util/SecureBytes.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

namespace PartnerDesk::Cli {

namespace {

// The ambiguity list stops here: more candidates than this means NAME was far too short.
constexpr int maximumCandidatesShown = 20;

// Reads one secret line of standard input, trimmed; the raw bytes are wiped.
QString readSecretLine(const QString &prompt)
{
    std::optional<QByteArray> line = Console::readLine(prompt, true);
    if (!line)
        return {};
    const QString text = QString::fromUtf8(*line).trimmed();
    wipe(*line);
    return text;
}

// In place, in the buffer every copy shares (QString::fill() would detach a shared one and
// zero a fresh copy): the caller's copies go too, so only once the command is done with it.
void forget(QString &secret)
{
    wipe(secret);
}

// An instance ID and token, the first two lines of standard input; incomplete when either is
// missing or blank (and then nothing is kept).
InstanceSecrets readInstanceSecrets()
{
    InstanceSecrets secrets;
    secrets.instanceId = readSecretLine(Commands::tr("Instance ID: "));
    if (!secrets.instanceId.isEmpty())
        secrets.instanceToken = readSecretLine(Commands::tr("Instance token: "));
    if (!secrets.isComplete()) {
        forget(secrets.instanceId);
        forget(secrets.instanceToken);
    }
    return secrets;
}

void forget(InstanceSecrets &secrets)
{
    forget(secrets.instanceId);
    forget(secrets.instanceToken);
}

QCommandLineOption jsonOption(const QString &description)
{
    return QCommandLineOption(Options::json, description);
}

QCommandLineOption phoneOption(const QString &description)
{
    return QCommandLineOption(Options::phone, description, QStringLiteral("PHONE"));
}

QCommandLineOption noteOption(const QString &description)
{
    return QCommandLineOption({Options::note, QStringLiteral("notes")}, description, QStringLiteral("TEXT"));
}

QCommandLineOption languageOption()
{
    return QCommandLineOption(Options::language,
                              Commands::tr("The language of the customer's message: pt_BR, es or en (default: the "
                                           "customer's language in Settings, Portuguese unless changed)."),
                              QStringLiteral("LANGUAGE"));
}

// What the exit statuses mean, for the commands' --help. Shared where commands share them.
const char *const exitSaved = QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands", "done");
const char *const exitApi = QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                                              "Z-API answered with an error, or the network failed");
const char *const exitSecretUsage = QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                                                      "standard input held no token, or an argument was given");
const char *const exitVault = QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                                                "the keychain, the vault or the instance list failed, or the token is "
                                                "not valid (the message says which)");
const char *const exitNameUsage = QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                                                    "usage error, or NAME matches several instances (they are listed)");
const char *const exitNameApi = QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                                                  "no instance is called NAME, no Client-Token is set, or the keychain, "
                                                  "the vault or the instance list failed");

} // namespace

QList<Command> commands()
{
    QList<Command> all;
    const auto add = [&all](QString name, QStringList argumentNames, const char *summary, const char *details,
                            int (*run)(CommandContext &)) -> Command & {
        Command command;
        command.name = std::move(name);
        command.argumentNames = std::move(argumentNames);
        command.summary = summary;
        command.details = details;
        command.run = run;
        all.append(command);
        return all.last();
    };

    // ---- the account's tokens ----
    {
        Command &command = add(
            QStringLiteral("client-token set"), {},
            QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands", "Store your account's Client-Token, read from standard input."),
            QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                              "Reads the Client-Token (Security tab of your Z-API account) from the first line of standard input,\n"
                              "for example from a password manager: pass show z-api | partnerdesk-cli client-token set\n"
                              "When standard input is a terminal it is asked for without echo. It is kept in the profile's encrypted vault."),
            &Commands::clientTokenSet);
        command.readsSecrets = true;
        command.exitCodes = {{ExitSuccess, exitSaved}, {ExitUsageError, exitSecretUsage}, {ExitStoreError, exitVault}};
    }
    add(QStringLiteral("client-token clear"), {},
        QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands", "Remove the stored Client-Token."), nullptr,
        &Commands::clientTokenClear)
        .exitCodes = {{ExitSuccess, exitSaved}, {ExitStoreError, exitVault}};
    {
        Command &command = add(
            QStringLiteral("partner-token set"), {},
            QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                              "Store your Z-API partner token (for 'sync'), read from standard input."),
            QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                              "Reads the partner (integrator) token of your Z-API account from the first line of standard input,\n"
                              "for example: pass show z-api-partner | partnerdesk-cli partner-token set\n"
                              "When standard input is a terminal it is asked for without echo. It is kept in the profile's encrypted\n"
                              "vault, and sent only to Z-API's list of the account's instances (never with an instance's requests)."),
            &Commands::partnerTokenSet);
        command.readsSecrets = true;
        command.exitCodes = {{ExitSuccess, exitSaved}, {ExitUsageError, exitSecretUsage}, {ExitStoreError, exitVault}};
    }
    add(QStringLiteral("partner-token clear"), {},
        QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands", "Remove the stored partner token."), nullptr,
        &Commands::partnerTokenClear)
        .exitCodes = {{ExitSuccess, exitSaved}, {ExitStoreError, exitVault}};

    {
        Command &command = add(
            QStringLiteral("recover"), {QStringLiteral("[COPY]")},
            QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands", "Bring back the credentials that starting over kept aside."),
            QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                              "When the saved credentials could not be opened and you started over, Partner Desk kept a copy of the\n"
                              "profile's database (partnerdesk.db.unreadable-DATE, in the profile's folder) and, under the same\n"
                              "date, the key the system keychain held then. Without COPY, lists those copies, newest first.\n"
                              "With COPY (its name or its date, as listed), opens it with the key kept for it and saves again, with\n"
                              "today's key, what is missing now: the ID and token of each instance still listed that has none, and\n"
                              "the Client-Token and partner token if they are not set. Whatever was entered since is kept. The\n"
                              "copy and the kept key are left as they are, so this can be run again."),
            &Commands::recover);
        command.exitCodes = {
            {ExitSuccess, QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                                            "listed, or brought back (also when nothing was missing any more)")},
            {ExitUsageError, QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                                               "usage error, or no copy is called COPY (the copies are listed)")},
            {ExitStoreError, QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                                               "no key was kept for COPY or it does not open it, or the keychain, the vault or "
                                               "the instance list failed (the message says which)")}};
    }

    // ---- the instances in the profile ----
    {
        Command &command = add(
            QStringLiteral("add"), {QStringLiteral("NAME")},
            QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands", "Add an instance; its ID and token are read from standard input."),
            QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                              "Reads the instance ID from the first line of standard input and the instance token from the second\n"
                              "(as shown in the Z-API dashboard). NAME is how you tell your customers' instances apart."),
            &Commands::add);
        command.readsSecrets = true;
        command.options = [] {
            return QList<QCommandLineOption>{
                phoneOption(Commands::tr("The customer's WhatsApp number, written any usual way; one without a "
                                         "country code is in the default country of Settings (Brazil unless "
                                         "changed). Saved as one international number.")),
                noteOption(Commands::tr("A note for yourself."))};
        };
        command.exitCodes = {
            {ExitSuccess, QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands", "the instance was added")},
            {ExitUsageError, QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                                               "usage error: no NAME, or standard input did not hold the ID and the token")},
            {ExitStoreError, QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                                               "the name or the instance ID is already saved, a value is not valid (the "
                                               "phone, the ID, the token), or the keychain, the vault or the instance "
                                               "list failed")}};
    }
    {
        Command &command = add(
            QStringLiteral("edit"), {QStringLiteral("NAME")},
            QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                              "Change an instance's name, phone or notes, or its ID and token (from standard input)."),
            QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                              "Changes only what is given. --phone \"\" and --note \"\" clear the phone and the notes. With\n"
                              "--credentials, reads the new instance ID from the first line of standard input and the new instance\n"
                              "token from the second, as 'add' does; nothing else is read from standard input.\n"
                              "NAME is the instance's name in any case, with or without accents, or enough of its words to pick one."),
            &Commands::edit);
        command.readsSecrets = true; // with --credentials
        command.options = [] {
            return QList<QCommandLineOption>{
                QCommandLineOption(Options::name, Commands::tr("The new name."), QStringLiteral("NEW-NAME")),
                phoneOption(Commands::tr("The customer's WhatsApp number, written any usual way (empty: none).")),
                noteOption(Commands::tr("The new notes (empty: none).")),
                QCommandLineOption(Options::credentials,
                                   Commands::tr("Read a new instance ID and token from standard input, one a line."))};
        };
        command.exitCodes = {
            {ExitSuccess, QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands", "the instance was changed")},
            {ExitUsageError, QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                                               "usage error: nothing to change, a blank --name, --credentials without "
                                               "the ID and the token on standard input, or NAME matches several "
                                               "instances (they are listed)")},
            {ExitStoreError, QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                                               "no instance is called NAME, the new name or ID is already saved, a "
                                               "value is not valid, or the keychain, the vault or the instance list failed")}};
    }
    {
        Command &command = add(
            QStringLiteral("list"), {},
            QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands", "List the instances (needs no keychain)."),
            QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                              "Shows what the instance list keeps: name, phone, last known status, when the last code was made\n"
                              "and the last characters of the instance ID. No secret is read or shown.\n"
                              "--json prints an array of {name, phone, notes, status, idSuffix, lastCodeAt, paymentStatus, due,\n"
                              "goneSince}, where status is connected, disconnected or unknown; lastCodeAt, due (the subscription's\n"
                              "due date, from the last sync) and goneSince (when a sync first found the instance missing from the\n"
                              "account) are milliseconds since 1970 (UTC) or null; paymentStatus is Z-API's word, or empty."),
            &Commands::list);
        command.options = [] {
            return QList<QCommandLineOption>{jsonOption(Commands::tr("Print JSON instead of a table, for scripts."))};
        };
        command.exitCodes = {
            {ExitSuccess, QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands", "listed (an empty list too)")},
            {ExitStoreError, QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands", "the instance list could not be read")}};
    }
    add(QStringLiteral("remove"), {QStringLiteral("NAME")},
        QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands", "Remove an instance and its stored ID and token."),
        QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                          "NAME is the instance's whole name, in any case, with or without accents: as removing cannot be\n"
                          "undone, a few of its words are not enough. Needs no keychain."),
        &Commands::remove)
        .exitCodes = {
        {ExitSuccess, QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands", "the instance was removed")},
        {ExitUsageError, QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                                           "usage error, or NAME is only part of a name or matches several instances "
                                           "(they are listed)")},
        {ExitStoreError, QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                                           "no instance is called NAME, or the instance list could not be changed")}};
    add(QStringLiteral("import"), {QStringLiteral("FILE.csv")},
        QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands", "Add or update instances from a CSV file."),
        QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                          "The first row names the columns name, instance_id and instance_token, and optionally phone and notes,\n"
                          "separated by ',' or ';' (UTF-8). A row whose instance ID is already known updates that instance.\n"
                          "Rows with a problem are skipped and reported as \"line N: reason\" on standard error; the import\n"
                          "still succeeds (exit 0) unless every row was skipped (exit 3)."),
        &Commands::import)
        .exitCodes = {
        {ExitSuccess, QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands", "imported, even when some rows were skipped")},
        {ExitUsageError, QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands", "usage error")},
        {ExitStoreError, QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                                           "the file could not be read, every row was skipped, or the keychain, the "
                                           "vault or the instance list failed")}};

    // ---- the partner's account ----
    {
        Command &command = add(
            QStringLiteral("sync"), {},
            QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                              "Bring in every instance of your Z-API account (needs the partner token)."),
            QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                              "Reads the account's list of instances from Z-API, page by page, with the partner token (see\n"
                              "'partnerdesk-cli partner-token set'), and adds or updates each instance by its ID: a new one gets the\n"
                              "account's name for it, a rotated token is updated, a name you gave is kept. While it runs on a\n"
                              "terminal, standard error shows how far it got. At the end it prints one line: how many instances\n"
                              "were added, updated, unchanged, gone (in the list but no longer in the account) and failed (sent by\n"
                              "Z-API but impossible to store). Standard error names the gone and the failed ones. Gone instances\n"
                              "are kept unless --prune is given. A sync stopped part-way (Z-API or the network failing) keeps the\n"
                              "pages it read, marks nothing as gone, and says how far it got; run it again to finish.\n"
                              "--json prints one line {added, updated, unchanged, gone, failed} (numbers) instead of the summary."),
            &Commands::sync);
        command.options = [] {
            return QList<QCommandLineOption>{
                QCommandLineOption(Options::prune,
                                   Commands::tr("Remove the instances no longer in the account (only after a complete sync).")),
                jsonOption(Commands::tr("Print one line of JSON instead of the summary, for scripts."))};
        };
        command.exitCodes = {
            {ExitSuccess, QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                                            "every page was read and applied (entries that could not be stored are "
                                            "counted as failed and listed)")},
            {ExitApiError, QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                                             "stopped part-way: Z-API answered with an error (a rejected partner token "
                                             "included) or the network failed; the pages read before are kept")},
            {ExitUsageError, QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands", "usage error")},
            {ExitStoreError, QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                                               "no partner token is set, or the keychain, the vault or the instance list failed")}};
    }
    {
        Command &command = add(
            QStringLiteral("status"), {QStringLiteral("[NAME]")},
            QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                              "Ask Z-API whether an instance's WhatsApp is connected, or every instance's (--all)."),
            QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                              "Prints \"Connected\" or \"Not connected\" for the instance called NAME, with Z-API's own message when\n"
                              "it sends one, and records the answer in the instance list (the status column of 'list').\n"
                              "Exits with 0 whether the instance is connected or not: the question was answered. Any other exit\n"
                              "code means it could not be asked.\n"
                              "--all asks for every instance, at most 4 requests at a time, shows how far it got on a terminal,\n"
                              "and prints a table (name, status, Z-API's message or why that instance failed) and a summary\n"
                              "line. An instance that fails (its ID or token rejected, a timeout) fails in its own row; the check\n"
                              "goes on. A failure that would hit every instance (no Client-Token) stops it.\n"
                              "--json prints one line {instance, connected, smartphoneConnected, message}; with --all, an array\n"
                              "of {name, status, connected, message} in name order, where status is connected, disconnected or\n"
                              "unknown, connected is true, false or null, and a failed instance also has \"error\" (why)."),
            &Commands::status);
        command.usages = {QStringLiteral("NAME"), QStringLiteral("--all")};
        command.options = [] {
            return QList<QCommandLineOption>{
                QCommandLineOption(Options::all, Commands::tr("Every instance of the profile, instead of NAME.")),
                jsonOption(Commands::tr("Print JSON instead of text, for scripts."))};
        };
        command.exitCodes = {
            {ExitSuccess, QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                                            "answered, connected or not; with --all, at least one instance answered "
                                            "(the rows of the others say why they failed), or there are none")},
            {ExitApiError, QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                                             "Z-API answered with an error or the network failed (with --all: for every instance)")},
            {ExitUsageError, QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                                               "usage error (NAME and --all together, or neither), or NAME matches "
                                               "several instances (they are listed)")},
            {ExitStoreError, exitNameApi}};
    }

    // ---- helping one customer connect ----
    {
        Command &command = add(
            QStringLiteral("code"), {QStringLiteral("NAME")},
            QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                              "Get an extension connection code for a customer who cannot link WhatsApp with the QR code."),
            QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                              "Asks Z-API for a new code for the instance called NAME (any case) and prints it with how long it is\n"
                              "valid (about 5 minutes; run the command again for a new one). The customer installs the Z-API Conector\n"
                              "extension in Chrome (https://chromewebstore.google.com/detail/iopmkohngoecmepoheapifkafbeomphn), opens\n"
                              "https://web.whatsapp.com/ with the number to connect, clicks the extension's icon and types the code.\n"
                              "Then 'partnerdesk-cli status NAME' tells whether WhatsApp is linked; 'partnerdesk-cli message NAME'\n"
                              "prints a ready-to-send message for the customer instead.\n"
                              "--json prints one line {instance, code, expiresAt, secondsLeft}: expiresAt is milliseconds since 1970\n"
                              "(UTC) on Z-API's clock, as Z-API sent it; secondsLeft is counted on this computer's clock, corrected\n"
                              "for the difference between the two."),
            &Commands::code);
        command.options = [] {
            return QList<QCommandLineOption>{jsonOption(Commands::tr("Print one line of JSON instead of text, for scripts."))};
        };
        command.exitCodes = {
            {ExitSuccess, QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands", "the code was printed")},
            {ExitApiError, exitApi},
            {ExitUsageError, exitNameUsage},
            {ExitStoreError, exitNameApi}};
    }
    {
        Command &command = add(
            QStringLiteral("message"), {QStringLiteral("NAME")},
            QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                              "Print a ready-to-send message for the customer, with a fresh extension connection code."),
            QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                              "Asks Z-API for a new extension connection code for the instance called NAME, as 'code' does, and\n"
                              "prints only the message the customer needs: the code, how long it is still valid, the link to the\n"
                              "Z-API Conector extension, https://web.whatsapp.com/ and the four steps. It is written in the\n"
                              "customer's language, whatever language the command line speaks: --lang, or Settings' choice.\n"
                              "For example: partnerdesk-cli message \"Padaria Pão de Mel\" --lang es | xclip -selection clipboard"),
            &Commands::message);
        command.options = [] { return QList<QCommandLineOption>{languageOption()}; };
        command.exitCodes = {
            {ExitSuccess, QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands", "the message was printed")},
            {ExitApiError, exitApi},
            {ExitUsageError, QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                                               "usage error (a --lang that is not pt_BR, es or en), or NAME matches "
                                               "several instances (they are listed)")},
            {ExitStoreError, exitNameApi}};
    }
    {
        Command &command = add(
            QStringLiteral("qr"), {QStringLiteral("NAME")},
            QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands", "Save the QR code the customer scans to link WhatsApp, as a PNG file."),
            QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                              "Asks Z-API for the instance's QR code and writes it to the file --out names, readable by you only\n"
                              "(whoever scans it links their WhatsApp to the instance). The customer scans it in WhatsApp: Linked\n"
                              "devices, Link a device. WhatsApp changes the code about every 20 seconds: send it at once, and run\n"
                              "the command again for a fresh one. An existing file is left alone unless --force is given; then it\n"
                              "is replaced (a symbolic link is replaced itself: what it points to is never written)."),
            &Commands::qr);
        command.usages = {QStringLiteral("NAME --out FILE.png")};
        command.options = [] {
            return QList<QCommandLineOption>{
                QCommandLineOption(Options::out, Commands::tr("Where to write the PNG image (required)."),
                                   QStringLiteral("FILE.png")),
                QCommandLineOption(Options::force, Commands::tr("Replace the file if it exists."))};
        };
        command.exitCodes = {
            {ExitSuccess, QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands", "the QR code was written")},
            {ExitApiError, exitApi},
            {ExitUsageError, QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                                               "usage error (no --out, or its file exists and --force was not given, "
                                               "or it is a folder), or NAME matches several instances (they are listed)")},
            {ExitStoreError, QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                                               "no instance is called NAME, no Client-Token is set, the file could not be "
                                               "written, or the keychain, the vault or the instance list failed")}};
    }
    {
        Command &command = add(
            QStringLiteral("phone-code"), {QStringLiteral("NAME")},
            QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                              "Get the code the customer types in WhatsApp to link it with their phone number."),
            QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                              "Asks Z-API for a phone-number code for the instance called NAME, for the phone number saved with it\n"
                              "(set one with 'partnerdesk-cli edit NAME --phone NUMBER'). Prints the code, then a ready-to-send\n"
                              "message for the customer in their language (--lang, or Settings' choice): on the phone with\n"
                              "WhatsApp, Linked devices, Link a device, Link with phone number instead, and type the code.\n"
                              "--json prints one line {instance, phone, code, message}; phone is the international number used."),
            &Commands::phoneCode);
        command.options = [] {
            return QList<QCommandLineOption>{
                languageOption(), jsonOption(Commands::tr("Print one line of JSON instead of text, for scripts."))};
        };
        command.exitCodes = {
            {ExitSuccess, QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands", "the code was printed")},
            {ExitApiError, exitApi},
            {ExitUsageError, QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                                               "usage error (a --lang that is not pt_BR, es or en), or NAME matches "
                                               "several instances (they are listed)")},
            {ExitStoreError, QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                                               "no instance is called NAME, it has no phone number (or one that cannot "
                                               "be a WhatsApp number), no Client-Token is set, or the keychain, the vault "
                                               "or the instance list failed")}};
    }
    return all;
}

// ---- helpers ----

QString Commands::statusText(ConnectionStatus status)
{
    switch (status) {
    case ConnectionStatus::Connected:
        return tr("connected");
    case ConnectionStatus::Disconnected:
        return tr("not connected"); // as the window says; --json keeps "disconnected"
    case ConnectionStatus::Unknown:
        break;
    }
    return tr("unknown");
}

QString Commands::jsonLine(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Near enough for names and phones: one column per code point, none for combining marks and
// format characters.
qsizetype Commands::displayWidth(const QString &text)
{
    qsizetype width = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t codePoint = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        const QChar::Category category = QChar::category(codePoint);
        if (category != QChar::Mark_NonSpacing && category != QChar::Mark_Enclosing
            && category != QChar::Other_Format)
            ++width;
    }
    return width;
}

QString Commands::padded(const QString &text, qsizetype width)
{
    return text + QString(std::max<qsizetype>(0, width - displayWidth(text)), u' ');
}

void Commands::printColumns(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        widths.resize(std::max(widths.size(), row.size()), 0);
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths.at(column), displayWidth(row.at(column)));
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const bool last = column == row.size() - 1;
            line += last ? row.at(column) : padded(row.at(column), widths.at(column) + 2);
        }
        Console::printLine(line);
    }
}

QString Commands::noInstancesText(const CommandContext &context)
{
    const QString profileOption = context.profile().name() == QLatin1String(Profile::defaultName)
        ? QString()
        : QStringLiteral(" --profile ") + context.profile().name();
    return tr("There are no instances in this profile yet. Add one with "
              "'partnerdesk-cli%1 add NAME' (ID and token on standard input) or import "
              "a spreadsheet with 'partnerdesk-cli%1 import FILE.csv'.")
        .arg(profileOption);
}

int Commands::resolveInstance(CommandContext &context, InstanceRecord *record, NameMatch match)
{
    const QString name = context.arguments().first().simplified();
    if (name.isEmpty())
        return context.usageError(tr("The instance name may not be empty."));
    InstanceRepository *repository = nullptr;
    if (Error error = context.loadRepository(&repository))
        return context.fail(error);
    const QList<InstanceRecord> found = repository->recordsMatching(name);
    if (found.isEmpty())
        return context.fail(Error(ErrorCode::UnknownInstance, name));

    if (found.size() == 1) {
        const InstanceRecord &only = found.first();
        if (match == NameMatch::WholeName && foldForSearch(only.name) != foldForSearch(name)) {
            Console::printError(tr("\"%1\" is only part of the name \"%2\". '%3' needs the whole name (in any case, "
                                   "accents optional), as it cannot be undone.")
                                    .arg(name, only.name, context.command().name));
            return ExitUsageError;
        }
        *record = only;
        return ExitSuccess;
    }

    // Several: each with what tells it apart, and never a guess.
    Console::printError(tr("\"%1\" matches %n instances. Give more of the name, or the whole name, of one of them:",
                           nullptr, static_cast<int>(found.size()))
                            .arg(name));
    QList<QStringList> rows;
    for (const InstanceRecord &candidate : found.mid(0, maximumCandidatesShown)) {
        rows.append({QStringLiteral("  ") + Console::printable(candidate.name),
                     candidate.phone.isEmpty() ? QString() : Console::printable(PhoneNumbers::display(candidate.phone)),
                     Console::printable(candidate.idSuffix)});
    }
    // The list goes to standard error, where the message is.
    QList<qsizetype> widths(3, 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths.at(column), displayWidth(row.at(column)));
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line = padded(row.at(0), widths.at(0) + 2);
        if (widths.at(1) > 0)
            line += padded(row.at(1), widths.at(1) + 2);
        Console::printErrorLine(line + row.at(2));
    }
    if (found.size() > maximumCandidatesShown)
        Console::printErrorLine(tr("  and %n more", nullptr, static_cast<int>(found.size() - maximumCandidatesShown)));
    return ExitUsageError;
}

// ---- the account's tokens ----

int Commands::storeAccountSecret(CommandContext &context, bool partner, const QString &token)
{
    InstanceRepository *repository = nullptr;
    if (Error error = context.loadRepository(&repository))
        return context.fail(error);
    const auto [error] = context.wait<Error>([&](QObject *waitContext, auto done) {
        if (partner)
            repository->setPartnerToken(token, waitContext, done);
        else
            repository->setClientToken(token, waitContext, done);
    });
    if (error)
        return context.fail(error);
    return ExitSuccess;
}

int Commands::setAccountSecret(CommandContext &context, bool partner)
{
    QString token = readSecretLine(partner ? tr("Partner token: ") : tr("Client-Token: "));
    if (token.isEmpty()) {
        return context.usageError(partner ? tr("Standard input held no partner token; it is read from the first line.")
                                          : tr("Standard input held no Client-Token; it is read from the first line."));
    }
    const int status = storeAccountSecret(context, partner, token);
    forget(token);
    if (status == ExitSuccess)
        Console::printLine(partner ? tr("Partner token saved.") : tr("Client-Token saved."));
    return status;
}

int Commands::clientTokenSet(CommandContext &context)
{
    return setAccountSecret(context, false);
}

int Commands::clientTokenClear(CommandContext &context)
{
    const int status = storeAccountSecret(context, false, QString());
    if (status == ExitSuccess)
        Console::printLine(tr("Client-Token removed."));
    return status;
}

int Commands::partnerTokenSet(CommandContext &context)
{
    return setAccountSecret(context, true);
}

int Commands::partnerTokenClear(CommandContext &context)
{
    const int status = storeAccountSecret(context, true, QString());
    if (status == ExitSuccess)
        Console::printLine(tr("Partner token removed."));
    return status;
}

int Commands::recover(CommandContext &context)
{
    InstanceRepository *repository = nullptr;
    if (Error error = context.loadRepository(&repository))
        return context.fail(error);
    const QStringList copies = KeptAside::copiesOf(context.profile().databasePath());
    const auto listCopies = [&copies] {
        QList<QStringList> rows;
        for (const QString &copy : copies)
            rows.append({QStringLiteral("  ") + QLocale().toString(KeptAside::keptAt(copy), QLocale::ShortFormat),
                         QFileInfo(copy).fileName()});
        printColumns(rows);
    };
    if (context.arguments().isEmpty()) {
        if (copies.isEmpty()) {
            Console::printLine(tr("No copy was kept aside in this profile: it was never started over."));
            return ExitSuccess;
        }
        Console::printLine(tr("Copies kept aside when this profile was started over, newest first:"));
        listCopies();
        Console::printLine(tr("Bring one back with: partnerdesk-cli recover COPY"));
        return ExitSuccess;
    }

    // Its name, its date ("20261121-221500"), or a path ending in its name.
    const QString wanted = QFileInfo(context.arguments().first()).fileName();
    const auto found = std::find_if(copies.cbegin(), copies.cend(), [&wanted](const QString &copy) {
        const QString name = QFileInfo(copy).fileName();
        return name == wanted || name.endsWith(QStringLiteral(".unreadable-") + wanted);
    });
    if (found == copies.cend()) {
        if (copies.isEmpty())
            return context.usageError(tr("No copy was kept aside in this profile: it was never started over."));
        Console::printError(tr("No copy kept aside is called \"%1\". The copies are:").arg(Console::printable(wanted)));
        listCopies();
        return ExitUsageError;
    }
    const QString copy = QFileInfo(*found).fileName();

    // Today's vault first, so that its own failure is said as for any command.
    if (auto [error] = context.wait<Error>([&](QObject *waitContext, auto done) {
            context.workspace().vault()->open(waitContext, done);
        });
        error)
        return context.fail(error);
    auto [error, recovered] = context.wait<Error, RecoveredSecrets>([&](QObject *waitContext, auto done) {
        repository->recoverKeptSecrets(QDir::toNativeSeparators(*found), waitContext, done);
    });
    if (error) {
        Console::printError(KeptAside::failure(error, copy));
        return ExitStoreError;
    }
    for (const QString &line : KeptAside::report(recovered, copy))
        Console::printLine(line);
    return ExitSuccess;
}

// ---- the instances ----

int Commands::add(CommandContext &context)
{
    const QString name = context.arguments().first().trimmed();
    if (name.isEmpty())
        return context.usageError(tr("The instance name may not be empty."));

    InstanceSecrets secrets = readInstanceSecrets();
    if (!secrets.isComplete()) {
        return context.usageError(
            tr("Standard input must hold the instance ID on the first line and the instance token on the second."));
    }

    InstanceRepository *repository = nullptr;
    Error error = context.loadRepository(&repository);
    if (!error) {
        InstanceRecord record;
        record.name = name;
        record.phone = context.parser().value(Options::phone).trimmed();
        record.notes = context.parser().value(Options::note);
        error = std::get<0>(context.wait<Error, QUuid>([&](QObject *waitContext, auto done) {
            repository->addInstance(record, secrets, waitContext, done);
        }));
    }
    forget(secrets);
    if (error)
        return context.fail(error);
    Console::printLine(tr("Added %1.").arg(Console::printable(name)));
    return ExitSuccess;
}

int Commands::edit(CommandContext &context)
{
    const QCommandLineParser &parser = context.parser();
    const bool rename = parser.isSet(Options::name);
    const bool newPhone = parser.isSet(Options::phone);
    const bool newNotes = parser.isSet(Options::note);
    const bool newCredentials = parser.isSet(Options::credentials);
    // Checked before anything is read, so a mistake costs nothing.
    if (!rename && !newPhone && !newNotes && !newCredentials)
        return context.usageError(tr("Nothing to change: give --name, --phone, --note or --credentials."));
    const QString newName = parser.value(Options::name).simplified();
    if (rename && newName.isEmpty())
        return context.usageError(tr("The instance name may not be empty."));

    InstanceRecord record;
    if (const int status = resolveInstance(context, &record); status != ExitSuccess)
        return status;

    std::optional<InstanceSecrets> secrets;
    if (newCredentials) {
        secrets = readInstanceSecrets();
        if (!secrets->isComplete()) {
            return context.usageError(tr("With --credentials, standard input must hold the new instance ID on the first "
                                         "line and the new instance token on the second."));
        }
    }

    const QString oldName = record.name;
    if (rename)
        record.name = newName;
    if (newPhone)
        record.phone = parser.value(Options::phone).trimmed();
    if (newNotes)
        record.notes = parser.value(Options::note);
    const auto [error] = context.wait<Error>([&](QObject *waitContext, auto done) {
        context.workspace().repository()->updateInstance(record, secrets, waitContext, done);
    });
    if (secrets)
        forget(*secrets);
    if (error)
        return context.fail(error);
    if (rename && record.name != oldName)
        Console::printLine(tr("Updated %1 (was %2).").arg(Console::printable(record.name), Console::printable(oldName)));
    else
        Console::printLine(tr("Updated %1.").arg(Console::printable(record.name)));
    return ExitSuccess;
}

void Commands::printTable(const QList<InstanceRecord> &records)
{
    const QString none = QStringLiteral("-");
    QList<QStringList> rows;
    rows.append({tr("Name"), tr("Phone"), tr("Status"), tr("Last code (local time)"), tr("ID suffix")});
    for (const InstanceRecord &record : records) {
        const QString lastCode = record.lastCodeAt.isValid()
            ? record.lastCodeAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            : none;
        rows.append({Console::printable(record.name),
                     record.phone.isEmpty() ? none : Console::printable(PhoneNumbers::display(record.phone)),
                     statusText(record.status), lastCode,
                     record.idSuffix.isEmpty() ? none : Console::printable(record.idSuffix)});
    }
    printColumns(rows);
}

int Commands::list(CommandContext &context)
{
    InstanceRepository *repository = nullptr;
    if (Error error = context.loadRepository(&repository))
        return context.fail(error);
    const QList<InstanceRecord> records = repository->allRecords();

    if (context.parser().isSet(Options::json)) {
        const auto msecs = [](const QDateTime &when) {
            return when.isValid() ? QJsonValue(when.toMSecsSinceEpoch()) : QJsonValue(QJsonValue::Null);
        };
        QJsonArray array;
        for (const InstanceRecord &record : records) {
            array.append(QJsonObject{
                {QStringLiteral("name"), record.name},
                {QStringLiteral("phone"), record.phone},
                {QStringLiteral("notes"), record.notes},
                {QStringLiteral("status"), statusKey(record.status)},
                {QStringLiteral("idSuffix"), record.idSuffix},
                {QStringLiteral("lastCodeAt"), msecs(record.lastCodeAt)},
                {QStringLiteral("paymentStatus"), record.paymentStatus},
                {QStringLiteral("due"), msecs(record.due)},
                {QStringLiteral("goneSince"), msecs(record.goneSince)},
            });
        }
        Console::printLine(array.isEmpty()
                               ? QStringLiteral("[]")
                               : QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
        return ExitSuccess;
    }

    if (records.isEmpty()) {
        Console::printLine(noInstancesText(context));
        return ExitSuccess;
    }
    printTable(records);
    return ExitSuccess;
}

int Commands::remove(CommandContext &context)
{
    InstanceRecord record;
    if (const int status = resolveInstance(context, &record, NameMatch::WholeName); status != ExitSuccess)
        return status;
    // Needs no secret: the sealed ID and token go with the row, keychain or not.
    if (Error error = context.workspace().repository()->removeInstance(record.key))
        return context.fail(error);
    Console::printLine(tr("Removed %1.").arg(Console::printable(record.name)));
    return ExitSuccess;
}

int Commands::import(CommandContext &context)
{
    const QString path = context.arguments().first();
    const CsvImport::Result parsed = CsvImport::parseFile(path, context.workspace().settings().defaultPhoneRegion());
    if (parsed.error)
        return context.fail(parsed.error);

    ImportSummary summary;
    if (!parsed.rows.isEmpty()) {
        InstanceRepository *repository = nullptr;
        if (Error error = context.loadRepository(&repository))
            return context.fail(error);
        Error error;
        std::tie(error, summary) = context.wait<Error, ImportSummary>([&](QObject *waitContext, auto done) {
            repository->importInstances(parsed.rows, waitContext, done);
        });
        if (error)
            return context.fail(error);
    }

    QList<SkippedRow> skipped = parsed.skipped + summary.skipped;
    std::stable_sort(skipped.begin(), skipped.end(),
                     [](const SkippedRow &a, const SkippedRow &b) { return a.line < b.line; });
    Console::printLine(tr("Imported: %1 added, %2 updated, %3 skipped.")
                           .arg(summary.added)
                           .arg(summary.updated)
                           .arg(skipped.size()));
    for (const SkippedRow &row : std::as_const(skipped))
        Console::printErrorLine(tr("line %1: %2").arg(row.line).arg(Console::printable(row.reason)));

    // Some rows skipped is a normal import; every row skipped means the file needs fixing.
    if (summary.added == 0 && summary.updated == 0 && !skipped.isEmpty()) {
        Console::printError(tr("Nothing was imported from %1: every row was skipped.")
                                .arg(QFileInfo(path).fileName()));
        return ExitStoreError;
    }
    return ExitSuccess;
}

} // namespace PartnerDesk::Cli
