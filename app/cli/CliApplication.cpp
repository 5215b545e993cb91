#include "CliApplication.h"

#include "Console.h"
#include "util/Validation.h"

#include <QCommandLineParser>

#include <algorithm>

namespace PartnerDesk::Cli {

namespace {

const QString profileOptionName = QStringLiteral("profile");
const QString apiBaseOptionName = QStringLiteral("api-base");
const QString helpOptionName = QStringLiteral("help");
const QString versionOptionName = QStringLiteral("version");

QString commandTranslation(const char *text)
{
    return QCoreApplication::translate("PartnerDesk::Cli::Commands", text);
}

QString optionSynopsis(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names.append(name.size() == 1 ? QStringLiteral("-") + name : QStringLiteral("--") + name);
    QString synopsis = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        synopsis += u' ' + option.valueName();
    return synopsis;
}

// Two aligned columns, indented by two spaces. With `wrapAt`, the second column is folded at
// spaces so that no line is longer, and goes on under itself.
QStringList table(const QList<QPair<QString, QString>> &rows, qsizetype wrapAt = 0)
{
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    const qsizetype indent = 2 + width + 2;
    QStringList lines;
    for (const auto &row : rows) {
        QString line = QStringLiteral("  ") + row.first.leftJustified(width + 2);
        qsizetype used = indent;
        bool first = true;
        for (const QString &word : row.second.split(u' ', Qt::SkipEmptyParts)) {
            if (wrapAt > 0 && !first && used + 1 + word.size() > wrapAt) {
                lines.append(line);
                line = QString(indent, u' ');
                used = indent;
                first = true;
            }
            if (!first) {
                line += u' ';
                ++used;
            }
            line += word;
            used += word.size();
            first = false;
        }
        lines.append(line);
    }
    return lines;
}

// Where help text is folded: the width of the commands' own paragraphs.
constexpr qsizetype helpWidth = 110;

QStringList optionTable(const QList<QCommandLineOption> &options)
{
    QList<QPair<QString, QString>> rows;
    for (const QCommandLineOption &option : options)
        rows.append({optionSynopsis(option), option.description()});
    return table(rows, helpWidth);
}

// "status NAME | --all": how the command list in --help shows it.
QString commandSynopsis(const Command &command)
{
    QStringList parts{command.name};
    if (!command.usages.isEmpty())
        parts += command.usages.join(QStringLiteral(" | "));
    else
        parts += command.argumentNames;
    return parts.join(u' ');
}

QString argumentName(const QString &declared)
{
    return declared.startsWith(u'[') && declared.endsWith(u']') ? declared.mid(1, declared.size() - 2) : declared;
}

} // namespace

int Command::requiredArgumentCount() const
{
    return static_cast<int>(std::count_if(argumentNames.cbegin(), argumentNames.cend(),
                                          [](const QString &argument) { return !argument.startsWith(u'['); }));
}

CliApplication::CliApplication(QStringList arguments)
    : m_arguments(std::move(arguments)), m_commands(commands())
{
}

QList<QCommandLineOption> CliApplication::globalOptions() const
{
    QCommandLineOption profile(profileOptionName,
                               tr("Use the profile NAME (default: \"%1\").").arg(QLatin1String(Profile::defaultName)),
                               QStringLiteral("NAME"), QLatin1String(Profile::defaultName));
    QCommandLineOption apiBase(apiBaseOptionName,
                               tr("Z-API address for this run only (default: the profile's setting)."),
                               QStringLiteral("URL"));
    QCommandLineOption help({QStringLiteral("h"), helpOptionName},
                            tr("Show this help, or a command's help when given after the command."));
    QCommandLineOption version(versionOptionName, tr("Show the version."));
    return {profile, apiBase, help, version};
}

const Command *CliApplication::findCommand(const QStringList &words) const
{
    const Command *found = nullptr;
    for (const Command &command : m_commands) {
        const QStringList own = command.words();
        if (words.size() >= own.size() && words.mid(0, own.size()) == own
            && (!found || own.size() > found->words().size()))
            found = &command;
    }
    return found;
}

int CliApplication::usageError(const QString &message, const Command *command) const
{
    return printUsageError(message, command ? command->name : QString());
}

int CliApplication::run()
{
    // First pass: the global options before the command, then the command's words.
    QCommandLineParser global;
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    global.addOptions(globalOptions());
    if (!global.parse(m_arguments))
        return usageError(global.errorText(), nullptr);
    const QStringList words = global.positionalArguments();
    const Command *command = findCommand(words);

    if (!command) {
        if (global.isSet(helpOptionName)) {
            printHelp();
            return ExitSuccess;
        }
        if (global.isSet(versionOptionName)) {
            printVersion();
            return ExitSuccess;
        }
        if (words.isEmpty())
            return usageError(tr("No command given."), nullptr);
        // "client-token" alone, or with a word that is not one of its subcommands.
        QStringList subcommands;
        for (const Command &candidate : std::as_const(m_commands)) {
            const QStringList own = candidate.words();
            if (own.size() > 1 && own.first() == words.first())
                subcommands.append(own.at(1));
        }
        if (subcommands.isEmpty())
            return usageError(tr("Unknown command \"%1\".").arg(words.first()), nullptr);
        if (words.size() > 1 && (words.at(1) == QLatin1String("--help") || words.at(1) == QLatin1String("-h"))) {
            printGroupHelp(words.first());
            return ExitSuccess;
        }
        return usageError(tr("\"%1\" needs one of: %2.").arg(words.first(), subcommands.join(QStringLiteral(", "))),
                          nullptr);
    }

    // Second pass: global and command options anywhere on the line.
    QCommandLineParser parser;
    parser.addOptions(globalOptions());
    if (command->options)
        parser.addOptions(command->options());
    if (!parser.parse(m_arguments))
        return usageError(parser.errorText(), command);
    if (parser.isSet(helpOptionName)) {
        printCommandHelp(*command);
        return ExitSuccess;
    }
    if (parser.isSet(versionOptionName)) {
        printVersion();
        return ExitSuccess;
    }

    const qsizetype wordCount = command->words().size();
    const QStringList arguments = parser.positionalArguments().mid(wordCount);
    if (arguments.size() < command->requiredArgumentCount()) {
        return usageError(
            tr("Missing %1 for \"%2\".").arg(argumentName(command->argumentNames.at(arguments.size())), command->name),
            command);
    }
    if (arguments.size() > command->argumentNames.size()) {
        // Never repeat the extra argument: it may be a secret typed in the wrong place.
        QString message = tr("Too many arguments for \"%1\".").arg(command->name);
        if (command->readsSecrets)
            message += u' ' + tr("Secrets are read from standard input, never from the command line.");
        return usageError(message, command);
    }

    // The global options are checked before the command touches anything. Both are part
    // of the command line the user typed, so a bad value is a usage error (exit 2), even
    // though the same check on a stored setting would be a configuration error (exit 3).
    Profile profile;
    if (Error error = Profile::make(parser.value(profileOptionName), &profile))
        return usageError(QStringLiteral("--profile: ") + error.message(), command);
    QUrl apiBase;
    if (parser.isSet(apiBaseOptionName)) {
        apiBase = QUrl(parser.value(apiBaseOptionName), QUrl::StrictMode);
        if (Error error = Validation::checkApiBaseUrl(apiBase))
            return usageError(QStringLiteral("--api-base: ") + error.message(), command);
    }

    CommandContext context(*command, parser, arguments, profile, apiBase);
    return command->run(context);
}

void CliApplication::printHelp() const
{
    QStringList lines;
    lines << tr("Usage: partnerdesk-cli [--profile NAME] [--api-base URL] COMMAND [ARGUMENTS]")
          << QString()
          << tr("Manages the Z-API customer instances of a Partner Desk profile. Secrets (instance IDs and tokens,\n"
                "the Client-Token, the partner token) are read from standard input, never from the command line, and\n"
                "are kept in the profile's encrypted vault. NAME is an instance's name in any case, with or without\n"
                "accents, or enough of its words to pick one instance.")
          << QString() << tr("Commands:");
    QList<QPair<QString, QString>> rows;
    for (const Command &command : m_commands)
        rows.append({commandSynopsis(command), commandTranslation(command.summary)});
    lines << table(rows, helpWidth) << QString() << tr("Options:") << optionTable(globalOptions()) << QString()
          << tr("Exit codes:")
          << table({{QStringLiteral("0"), tr("success")},
                    {QStringLiteral("1"), tr("Z-API or network error")},
                    {QStringLiteral("2"), tr("usage error: unknown command or option, missing or extra argument, bad option value or input")},
                    {QStringLiteral("3"), tr("keychain, vault, instance list, data or configuration error, a missing Client-Token or partner token included (the message says what to fix)")}},
                   helpWidth)
          << QString() << tr("Run 'partnerdesk-cli COMMAND --help' for a command's options.");
    Console::printLine(lines.join(u'\n'));
}

void CliApplication::printCommandHelp(const Command &command) const
{
    const QList<QCommandLineOption> own = command.options ? command.options() : QList<QCommandLineOption>();
    QStringList lines;
    const QStringList forms = command.usages.isEmpty() ? QStringList{command.argumentNames.join(u' ')} : command.usages;
    for (qsizetype i = 0; i < forms.size(); ++i) {
        QStringList usage{QStringLiteral("partnerdesk-cli"), command.name};
        if (!own.isEmpty())
            usage << tr("[options]");
        if (!forms.at(i).isEmpty())
            usage << forms.at(i);
        lines << (i == 0 ? tr("Usage: %1") : tr("   or: %1")).arg(usage.join(u' '));
    }
    lines << QString() << commandTranslation(command.summary);
    if (command.details)
        lines << QString() << commandTranslation(command.details);
    if (!own.isEmpty())
        lines << QString() << tr("Options:") << optionTable(own);
    if (!command.exitCodes.isEmpty()) {
        QList<QPair<QString, QString>> rows;
        for (const auto &[code, meaning] : command.exitCodes)
            rows.append({QString::number(code), commandTranslation(meaning)});
        lines << QString() << tr("Exit codes:") << table(rows, helpWidth);
    }
    lines << QString() << tr("Global options:") << optionTable(globalOptions());
    Console::printLine(lines.join(u'\n'));
}

void CliApplication::printGroupHelp(const QString &group) const
{
    QStringList lines;
    QList<QPair<QString, QString>> rows;
    QStringList names;
    for (const Command &command : m_commands) {
        if (command.words().size() > 1 && command.words().first() == group) {
            rows.append({commandSynopsis(command), commandTranslation(command.summary)});
            names.append(command.words().at(1));
        }
    }
    lines << tr("Usage: %1").arg(QStringLiteral("partnerdesk-cli %1 %2").arg(group, names.join(u'|'))) << QString()
          << tr("Commands:") << table(rows, helpWidth) << QString()
          << tr("Run 'partnerdesk-cli %1 COMMAND --help' for a command's help.").arg(group);
    Console::printLine(lines.join(u'\n'));
}

void CliApplication::printVersion()
{
    Console::printLine(QStringLiteral("partnerdesk-cli %1").arg(QStringLiteral(PARTNERDESK_VERSION)));
}

} // namespace PartnerDesk::Cli
