// The commands of partnerdesk-cli. Each one: read its input, open the profile, make one call
// into the core, wait for it, report. The Z-API commands (code, status) go through a
// ConnectionSession, like the window, so they record what they learn in the same way.

#include "CliApplication.h"
#include "Console.h"
#include "store/CsvImport.h"
#include "store/InstanceRepository.h"
#include "Workspace.h"
#include "util/Clock.h"
#include "util/PhoneNumbers.h"
#include "util/SecureBytes.h"
#include "zapi/ConnectionSession.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace PartnerDesk::Cli {

namespace {

const QString jsonOptionName = QStringLiteral("json");
const QString phoneOptionName = QStringLiteral("phone");
const QString noteOptionName = QStringLiteral("note");

// Terminal columns a string takes, near enough for names and phones: one per code point,
// none for combining marks and format characters.
qsizetype displayWidth(const QString &text)
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

QString padded(const QString &text, qsizetype width)
{
    return text + QString(std::max<qsizetype>(0, width - displayWidth(text)), u' ');
}

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

void forget(QString &secret)
{
    secret.fill(QChar(u'\0'));
    secret.clear();
}

} // namespace

class Commands
{
    Q_DECLARE_TR_FUNCTIONS(PartnerDesk::Cli::Commands)
public:
    static int clientTokenSet(CommandContext &context);
    static int clientTokenClear(CommandContext &context);
    static int add(CommandContext &context);
    static int list(CommandContext &context);
    static int remove(CommandContext &context);
    static int import(CommandContext &context);
    static int code(CommandContext &context);
    static int status(CommandContext &context);

private:
    // The instance called like the command's first argument (any case), or UnknownInstance.
    static Error findInstance(CommandContext &context, InstanceRecord *record);
    static QString jsonLine(const QJsonObject &object);
    static QString statusText(ConnectionStatus status);
    static void printTable(const QList<InstanceRecord> &records);
    static int storeClientToken(CommandContext &context, const QString &token);
};

QList<Command> commands()
{
    const auto jsonOption = [] {
        return QList<QCommandLineOption>{QCommandLineOption(
            jsonOptionName, Commands::tr("Print JSON instead of a table, for scripts."))};
    };
    const auto jsonOneLineOption = [] {
        return QList<QCommandLineOption>{QCommandLineOption(
            jsonOptionName, Commands::tr("Print one line of JSON instead of text, for scripts."))};
    };
    return {
        {QStringLiteral("client-token set"), {},
         QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands", "Store your account's Client-Token, read from standard input."),
         QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                           "Reads the Client-Token (Security tab of your Z-API account) from the first line of standard input,\n"
                           "for example from a password manager: pass show z-api | partnerdesk-cli client-token set\n"
                           "When standard input is a terminal it is asked for without echo. It is kept in the profile's encrypted vault."),
         true, {}, &Commands::clientTokenSet},
        {QStringLiteral("client-token clear"), {},
         QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands", "Remove the stored Client-Token."), nullptr, false, {},
         &Commands::clientTokenClear},
        {QStringLiteral("add"), {QStringLiteral("NAME")},
         QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands", "Add an instance; its ID and token are read from standard input."),
         QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                           "Reads the instance ID from the first line of standard input and the instance token from the second\n"
                           "(as shown in the Z-API dashboard). NAME is how you tell your customers' instances apart."),
         true,
         [] {
             return QList<QCommandLineOption>{
                 QCommandLineOption(phoneOptionName,
                                   Commands::tr("The customer's WhatsApp number, written any usual way; one without a "
                                                "country code is in the default country of Settings (Brazil unless "
                                                "changed). Saved as one international number."),
                                   QStringLiteral("PHONE")),
                 QCommandLineOption(noteOptionName, Commands::tr("A note for yourself."), QStringLiteral("TEXT"))};
         },
         &Commands::add},
        {QStringLiteral("list"), {},
         QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands", "List the instances (needs no keychain)."),
         QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                           "Shows what the instance list keeps: name, phone, last known status, when the last code was made\n"
                           "and the last characters of the instance ID. No secret is read or shown.\n"
                           "--json prints an array of {name, phone, notes, status, idSuffix, lastCodeAt}, where status is\n"
                           "connected, disconnected or unknown and lastCodeAt is milliseconds since 1970 (UTC) or null."),
         false, jsonOption, &Commands::list},
        {QStringLiteral("remove"), {QStringLiteral("NAME")},
         QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands", "Remove an instance and its stored ID and token."),
         QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands", "NAME is matched without regard to case."), false, {},
         &Commands::remove},
        {QStringLiteral("import"), {QStringLiteral("FILE.csv")},
         QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands", "Add or update instances from a CSV file."),
         QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                           "The first row names the columns name, instance_id and instance_token, and optionally phone and notes,\n"
                           "separated by ',' or ';' (UTF-8). A row whose instance ID is already known updates that instance.\n"
                           "Rows with a problem are skipped and reported as \"line N: reason\" on standard error; the import\n"
                           "still succeeds (exit 0) unless every row was skipped (exit 3)."),
         false, {}, &Commands::import},
        {QStringLiteral("code"), {QStringLiteral("NAME")},
         QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                           "Get an extension connection code for a customer who cannot link WhatsApp with the QR code."),
         QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                           "Asks Z-API for a new code for the instance called NAME (any case) and prints it with how long it is\n"
                           "valid (about 5 minutes; run the command again for a new one). The customer installs the Z-API Conector\n"
                           "extension in Chrome (https://chromewebstore.google.com/detail/iopmkohngoecmepoheapifkafbeomphn), opens\n"
                           "https://web.whatsapp.com/ with the number to connect, clicks the extension's icon and types the code.\n"
                           "Then 'partnerdesk-cli status NAME' tells whether WhatsApp is linked.\n"
                           "--json prints one line {instance, code, expiresAt, secondsLeft}: expiresAt is milliseconds since 1970\n"
                           "(UTC) on Z-API's clock, as Z-API sent it; secondsLeft is counted on this computer's clock, corrected\n"
                           "for the difference between the two."),
         false, jsonOneLineOption, &Commands::code},
        {QStringLiteral("status"), {QStringLiteral("NAME")},
         QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands", "Ask Z-API whether an instance's WhatsApp is connected."),
         QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands",
                           "Prints \"Connected\" or \"Not connected\" for the instance called NAME (any case), with Z-API's own\n"
                           "message when it sends one, and records the answer in the instance list (the status column of 'list').\n"
                           "Exits with 0 whether the instance is connected or not: the question was answered. Any other exit\n"
                           "code means it could not be asked (see 'partnerdesk-cli --help').\n"
                           "--json prints one line {instance, connected, smartphoneConnected, message}."),
         false, jsonOneLineOption, &Commands::status},
    };
}

QString Commands::statusText(ConnectionStatus status)
{
    switch (status) {
    case ConnectionStatus::Connected:
        return tr("connected");
    case ConnectionStatus::Disconnected:
        return tr("disconnected");
    case ConnectionStatus::Unknown:
        break;
    }
    return tr("unknown");
}

int Commands::storeClientToken(CommandContext &context, const QString &token)
{
    InstanceRepository *repository = nullptr;
    if (Error error = context.loadRepository(&repository))
        return context.fail(error);
    const auto [error] = context.wait<Error>([&](QObject *waitContext, auto done) {
        repository->setClientToken(token, waitContext, done);
    });
    if (error)
        return context.fail(error);
    return ExitSuccess;
}

int Commands::clientTokenSet(CommandContext &context)
{
    QString token = readSecretLine(tr("Client-Token: "));
    if (token.isEmpty())
        return context.usageError(tr("Standard input held no Client-Token; it is read from the first line."));
    const int status = storeClientToken(context, token);
    forget(token);
    if (status == ExitSuccess)
        Console::printLine(tr("Client-Token saved."));
    return status;
}

int Commands::clientTokenClear(CommandContext &context)
{
    const int status = storeClientToken(context, QString());
    if (status == ExitSuccess)
        Console::printLine(tr("Client-Token removed."));
    return status;
}

int Commands::add(CommandContext &context)
{
    const QString name = context.arguments().first().trimmed();
    if (name.isEmpty())
        return context.usageError(tr("The instance name may not be empty."));

    InstanceSecrets secrets;
    secrets.instanceId = readSecretLine(tr("Instance ID: "));
    if (!secrets.instanceId.isEmpty())
        secrets.instanceToken = readSecretLine(tr("Instance token: "));
    if (!secrets.isComplete()) {
        forget(secrets.instanceId);
        forget(secrets.instanceToken);
        return context.usageError(
            tr("Standard input must hold the instance ID on the first line and the instance token on the second."));
    }

    InstanceRepository *repository = nullptr;
    Error error = context.loadRepository(&repository);
    if (!error) {
        InstanceRecord record;
        record.name = name;
        record.phone = context.parser().value(phoneOptionName).trimmed();
        record.notes = context.parser().value(noteOptionName);
        error = std::get<0>(context.wait<Error, QUuid>([&](QObject *waitContext, auto done) {
            repository->addInstance(record, secrets, waitContext, done);
        }));
    }
    forget(secrets.instanceId);
    forget(secrets.instanceToken);
    if (error)
        return context.fail(error);
    Console::printLine(tr("Added %1.").arg(Console::printable(name)));
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
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths.at(column), displayWidth(row.at(column)));
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const bool last = column == row.size() - 1;
            line += last ? row.at(column) : padded(row.at(column), widths.at(column) + 2);
        }
        Console::printLine(line);
    }
}

int Commands::list(CommandContext &context)
{
    InstanceRepository *repository = nullptr;
    if (Error error = context.loadRepository(&repository))
        return context.fail(error);
    const QList<InstanceRecord> records = repository->allRecords();

    if (context.parser().isSet(jsonOptionName)) {
        QJsonArray array;
        for (const InstanceRecord &record : records) {
            array.append(QJsonObject{
                {QStringLiteral("name"), record.name},
                {QStringLiteral("phone"), record.phone},
                {QStringLiteral("notes"), record.notes},
                {QStringLiteral("status"), statusKey(record.status)},
                {QStringLiteral("idSuffix"), record.idSuffix},
                {QStringLiteral("lastCodeAt"), record.lastCodeAt.isValid()
                                                   ? QJsonValue(record.lastCodeAt.toMSecsSinceEpoch())
                                                   : QJsonValue(QJsonValue::Null)},
            });
        }
        Console::printLine(array.isEmpty()
                               ? QStringLiteral("[]")
                               : QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
        return ExitSuccess;
    }

    if (records.isEmpty()) {
        const QString profileOption = context.profile().name() == QLatin1String(Profile::defaultName)
            ? QString()
            : QStringLiteral(" --profile ") + context.profile().name();
        Console::printLine(tr("There are no instances in this profile yet. Add one with "
                              "'partnerdesk-cli%1 add NAME' (ID and token on standard input) or import "
                              "a spreadsheet with 'partnerdesk-cli%1 import FILE.csv'.")
                               .arg(profileOption));
        return ExitSuccess;
    }
    printTable(records);
    return ExitSuccess;
}

Error Commands::findInstance(CommandContext &context, InstanceRecord *record)
{
    const QString name = context.arguments().first();
    InstanceRepository *repository = nullptr;
    if (Error error = context.loadRepository(&repository))
        return error;
    const std::optional<InstanceRecord> found = repository->recordNamed(name);
    if (!found)
        return Error(ErrorCode::UnknownInstance, name.trimmed());
    *record = *found;
    return {};
}

QString Commands::jsonLine(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

int Commands::remove(CommandContext &context)
{
    InstanceRecord record;
    if (Error error = findInstance(context, &record))
        return context.fail(error);
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

int Commands::code(CommandContext &context)
{
    InstanceRecord record;
    if (Error error = findInstance(context, &record))
        return context.fail(error);
    Workspace &workspace = context.workspace();
    ConnectionSession session(workspace.repository(), workspace.client(), workspace.clock(), record.key);
    const auto [error, extensionCode] = context.wait<Error, ExtensionCode>([&](QObject *waitContext, auto done) {
        QObject::connect(&session, &ConnectionSession::extensionCodeReady, waitContext,
                         [done](const ExtensionCode &ready) { done(Error(), ready); });
        QObject::connect(&session, &ConnectionSession::extensionCodeFailed, waitContext,
                         [done](const Error &failure) { done(failure, ExtensionCode()); });
        session.requestExtensionCode();
    });
    if (error)
        return context.fail(error);

    // Z-API's expiresAt is on its clock; what is left is counted on ours, skew removed.
    const qint64 secondsLeft = extensionCode.remainingMs(workspace.clock().currentMSecsSinceEpoch()) / 1000;
    if (context.parser().isSet(jsonOptionName)) {
        Console::printLine(jsonLine(QJsonObject{
            {QStringLiteral("instance"), record.name},
            {QStringLiteral("code"), extensionCode.code},
            {QStringLiteral("expiresAt"), extensionCode.expiresAtMs},
            {QStringLiteral("secondsLeft"), secondsLeft},
        }));
        return ExitSuccess;
    }
    const QString validFor =
        QStringLiteral("%1:%2").arg(secondsLeft / 60).arg(secondsLeft % 60, 2, 10, QLatin1Char('0'));
    const QString until = QDateTime::fromMSecsSinceEpoch(extensionCode.localExpiresAtMs())
                              .toLocalTime()
                              .toString(QStringLiteral("HH:mm:ss"));
    Console::printLine(Console::printable(extensionCode.code));
    Console::printLine(tr("Valid for %1, until %2 (local time).").arg(validFor, until));
    Console::printLine(tr("The customer installs the Z-API Conector extension in Chrome, opens https://web.whatsapp.com/ "
                          "with the number to connect, clicks the extension's icon and types this code."));
    return ExitSuccess;
}

int Commands::status(CommandContext &context)
{
    InstanceRecord record;
    if (Error error = findInstance(context, &record))
        return context.fail(error);
    Workspace &workspace = context.workspace();
    ConnectionSession session(workspace.repository(), workspace.client(), workspace.clock(), record.key);
    const auto [error, answer] = context.wait<Error, InstanceStatus>([&](QObject *waitContext, auto done) {
        QObject::connect(&session, &ConnectionSession::statusReady, waitContext,
                         [done](const InstanceStatus &ready) { done(Error(), ready); });
        QObject::connect(&session, &ConnectionSession::statusFailed, waitContext,
                         [done](const Error &failure) { done(failure, InstanceStatus()); });
        session.requestStatus();
    });
    if (error)
        return context.fail(error);

    if (context.parser().isSet(jsonOptionName)) {
        Console::printLine(jsonLine(QJsonObject{
            {QStringLiteral("instance"), record.name},
            {QStringLiteral("connected"), answer.connected},
            {QStringLiteral("smartphoneConnected"), answer.smartphoneConnected},
            {QStringLiteral("message"), answer.serverMessage},
        }));
        return ExitSuccess;
    }
    Console::printLine(answer.connected ? tr("Connected") : tr("Not connected"));
    if (!answer.serverMessage.isEmpty())
        Console::printLine(tr("Z-API says: %1").arg(Console::printable(answer.serverMessage)));
    return ExitSuccess;
}

} // namespace PartnerDesk::Cli
