// The commands that help one customer connect: each finds the instance, asks Z-API through a
// ConnectionSession, like the window, so it records what it learns in the same way, and
// prints the answer.

#include "Commands.h"

#include "CliApplication.h"
#include "Console.h"
#include "store/InstanceRepository.h"
#include "Workspace.h"
#include "util/Clock.h"
#include "util/PhoneNumbers.h"
#include "zapi/ConnectionSession.h"
#include "zapi/ExtensionFlow.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace PartnerDesk::Cli {

namespace {

// Runs one request of `session` to its answer: `ready` or `failed` (a signal each), started
// by `request`. Returns the error, or the answer.
template<typename T, typename Ready, typename Failed, typename Request>
std::tuple<Error, T> ask(CommandContext &context, ConnectionSession &session, Ready ready, Failed failed,
                         Request request)
{
    return context.wait<Error, T>([&](QObject *waitContext, auto done) {
        QObject::connect(&session, ready, waitContext, [done](const T &answer) { done(Error(), answer); });
        QObject::connect(&session, failed, waitContext, [done](const Error &failure) { done(failure, T()); });
        request();
    });
}

} // namespace

int Commands::customerLanguage(CommandContext &context, QString *language)
{
    if (!context.parser().isSet(Options::language)) {
        *language = context.workspace().settings().customerLanguage();
        return ExitSuccess;
    }
    // "pt_BR", and as people also write it: "pt-br", "pt".
    QString wanted = context.parser().value(Options::language).trimmed();
    wanted.replace(u'-', u'_');
    QStringList codes;
    for (const ExtensionFlow::Language &known : ExtensionFlow::customerLanguages()) {
        codes.append(known.code);
        if (wanted.compare(known.code, Qt::CaseInsensitive) == 0
            || wanted.compare(known.code.section(u'_', 0, 0), Qt::CaseInsensitive) == 0) {
            *language = known.code;
            return ExitSuccess;
        }
    }
    return context.usageError(tr("--lang: the customer's message can be written in %1, not \"%2\".")
                                  .arg(codes.join(QStringLiteral(", ")), context.parser().value(Options::language)));
}

int Commands::code(CommandContext &context)
{
    InstanceRecord record;
    if (const int status = resolveInstance(context, &record); status != ExitSuccess)
        return status;
    Workspace &workspace = context.workspace();
    ConnectionSession session(workspace.repository(), workspace.client(), workspace.clock(), record.key);
    const auto [error, extensionCode] =
        ask<ExtensionCode>(context, session, &ConnectionSession::extensionCodeReady,
                           &ConnectionSession::extensionCodeFailed, [&] { session.requestExtensionCode(); });
    if (error)
        return context.fail(error);

    // Z-API's expiresAt is on its clock; what is left is counted on ours, skew removed.
    const qint64 secondsLeft = extensionCode.remainingMs(workspace.clock().currentMSecsSinceEpoch()) / 1000;
    if (context.parser().isSet(Options::json)) {
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

int Commands::message(CommandContext &context)
{
    QString language;
    if (const int status = customerLanguage(context, &language); status != ExitSuccess)
        return status;
    InstanceRecord record;
    if (const int status = resolveInstance(context, &record); status != ExitSuccess)
        return status;
    Workspace &workspace = context.workspace();
    ConnectionSession session(workspace.repository(), workspace.client(), workspace.clock(), record.key);
    const auto [error, extensionCode] =
        ask<ExtensionCode>(context, session, &ConnectionSession::extensionCodeReady,
                           &ConnectionSession::extensionCodeFailed, [&] { session.requestExtensionCode(); });
    if (error)
        return context.fail(error);
    // Only the message: it goes to the customer as it is (a pipe to the clipboard, say).
    const qint64 remainingMs = extensionCode.remainingMs(workspace.clock().currentMSecsSinceEpoch());
    Console::printLine(ExtensionFlow::customerMessage(language, Console::printable(extensionCode.code), remainingMs));
    return ExitSuccess;
}

int Commands::status(CommandContext &context)
{
    const bool all = context.parser().isSet(Options::all);
    if (all && !context.arguments().isEmpty())
        return context.usageError(tr("Give NAME or --all, not both."));
    if (!all && context.arguments().isEmpty())
        return context.usageError(tr("Missing NAME for \"status\" (or --all for every instance)."));
    return all ? statusOfAll(context) : statusOfOne(context);
}

int Commands::statusOfOne(CommandContext &context)
{
    InstanceRecord record;
    if (const int status = resolveInstance(context, &record); status != ExitSuccess)
        return status;
    Workspace &workspace = context.workspace();
    ConnectionSession session(workspace.repository(), workspace.client(), workspace.clock(), record.key);
    const auto [error, answer] = ask<InstanceStatus>(context, session, &ConnectionSession::statusReady,
                                                     &ConnectionSession::statusFailed, [&] { session.requestStatus(); });
    if (error)
        return context.fail(error);

    if (context.parser().isSet(Options::json)) {
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

int Commands::qr(CommandContext &context)
{
    const QString path = context.parser().value(Options::out);
    if (path.isEmpty())
        return context.usageError(tr("Say where to write the QR code: --out FILE.png."));
    const bool replace = context.parser().isSet(Options::force);
    // Looked at before asking Z-API, so a mistake costs no request. A symbolic link counts as
    // there even when what it points to is not.
    const QFileInfo target(path);
    const bool exists = target.isSymLink() || target.exists();
    if (exists && target.isDir() && !target.isSymLink())
        return context.usageError(tr("--out: %1 is a folder; name the file to write.").arg(path));
    if (exists && !replace)
        return context.usageError(tr("--out: %1 already exists. Choose another name, or add --force to replace it.").arg(path));

    InstanceRecord record;
    if (const int status = resolveInstance(context, &record); status != ExitSuccess)
        return status;
    Workspace &workspace = context.workspace();
    ConnectionSession session(workspace.repository(), workspace.client(), workspace.clock(), record.key);
    const auto [error, qrCode] = ask<QrCode>(context, session, &ConnectionSession::qrCodeReady,
                                             &ConnectionSession::qrCodeFailed, [&] { session.requestQrCode(); });
    if (error)
        return context.fail(error);

    // Never through a link, never over a file that appeared meanwhile: what is there is
    // removed (a link itself, not what it points to) only when --force said so, and the
    // file is then created anew, failing if anything took its place (O_EXCL). Readable by
    // the owner only: whoever scans the code links their WhatsApp to the instance.
    if (replace && (target.isSymLink() || QFileInfo::exists(path)) && !QFile::remove(path)) {
        Console::printError(tr("Could not replace %1: %2").arg(path, QFile(path).errorString()));
        return ExitStoreError;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        Console::printError(tr("Could not write %1: %2").arg(path, file.errorString()));
        return ExitStoreError;
    }
    if (file.write(qrCode.png) != qrCode.png.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.close();
        file.remove();
        Console::printError(tr("Could not write %1: %2").arg(path, reason));
        return ExitStoreError;
    }
    file.close();
    Console::printLine(tr("Saved the QR code of %1 to %2. The customer scans it in WhatsApp (Linked devices, Link a "
                          "device) at once: it changes about every 20 seconds.")
                           .arg(Console::printable(record.name), Console::printable(path)));
    return ExitSuccess;
}

int Commands::phoneCode(CommandContext &context)
{
    QString language;
    if (const int status = customerLanguage(context, &language); status != ExitSuccess)
        return status;
    InstanceRecord record;
    if (const int status = resolveInstance(context, &record); status != ExitSuccess)
        return status;
    if (record.phone.isEmpty()) {
        Console::printError(tr("%1 has no phone number, and the code is made for the customer's number. Save it "
                               "first: partnerdesk-cli edit \"%1\" --phone NUMBER")
                                .arg(record.name));
        return ExitStoreError;
    }
    Workspace &workspace = context.workspace();
    ConnectionSession session(workspace.repository(), workspace.client(), workspace.clock(), record.key);
    const auto [error, phoneCode] = context.wait<Error, PhoneCode>([&](QObject *waitContext, auto done) {
        QObject::connect(&session, &ConnectionSession::phoneCodeReady, waitContext,
                         [done](const PhoneCode &answer) { done(Error(), answer); });
        QObject::connect(&session, &ConnectionSession::phoneCodeFailed, waitContext,
                         [done](const Error &failure) { done(failure, PhoneCode()); });
        // A saved phone that cannot be a WhatsApp number is refused here, and no signal comes.
        if (Error refused = session.requestPhoneCode(record.phone))
            done(refused, PhoneCode());
    });
    if (error)
        return context.fail(error);

    const QString code = Console::printable(phoneCode.code);
    const QString customerText = ExtensionFlow::phoneCodeMessage(language, code);
    if (context.parser().isSet(Options::json)) {
        Console::printLine(jsonLine(QJsonObject{
            {QStringLiteral("instance"), record.name},
            {QStringLiteral("phone"), record.phone},
            {QStringLiteral("code"), phoneCode.code},
            {QStringLiteral("message"), customerText},
        }));
        return ExitSuccess;
    }
    Console::printLine(code);
    Console::printLine(tr("For %1: the customer types it in WhatsApp (Linked devices, Link a device, Link with phone "
                          "number instead) at once. The message for them:")
                           .arg(Console::printable(PhoneNumbers::display(record.phone))));
    Console::printLine(QString());
    Console::printLine(customerText);
    return ExitSuccess;
}

} // namespace PartnerDesk::Cli
