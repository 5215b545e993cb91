#pragma once

#include "CommandContext.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>

#include <functional>

namespace PartnerDesk::Cli {

// One command of partnerdesk-cli. Adding a command is adding one of these to commands()
// (Commands.cpp): the dispatcher parses its options, checks its argument count, validates
// the global options and hands it a CommandContext.
struct Command
{
    // The words that select it: "list", or "client-token set" for a command with a subcommand.
    QString name;
    // Positional arguments, for usage lines and the argument count ("NAME"). One written in
    // brackets ("[NAME]") may be left out; optional ones come last.
    QStringList argumentNames;
    // One line for the command list in --help; QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands").
    const char *summary = nullptr;
    // A paragraph for "partnerdesk-cli COMMAND --help" (same context), may be null.
    const char *details = nullptr;
    // The command reads secrets from standard input: an extra argument is probably a secret
    // typed on the command line, so the error says where secrets go and never repeats it.
    bool readsSecrets = false;
    // The command's own options, made when needed (their help text is translated).
    std::function<QList<QCommandLineOption>()> options;
    std::function<int(CommandContext &)> run;
    // How the command is written, when it has more than one form ("--all [--json]"): each
    // follows "partnerdesk-cli NAME" in its help. Empty: its name, [options] and its arguments.
    QStringList usages;
    // The exit statuses it can end with, each with what it means for this command
    // (QT_TRANSLATE_NOOP("PartnerDesk::Cli::Commands")), shown in its --help.
    QList<QPair<int, const char *>> exitCodes;

    QStringList words() const { return name.split(u' '); }
    int requiredArgumentCount() const;
};

// Every command, in the order --help lists them.
QList<Command> commands();

// Parses the command line, answers --help and --version, and runs the chosen command.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(PartnerDesk::Cli::CliApplication)
public:
    explicit CliApplication(QStringList arguments);
    // The process exit status (ExitCode).
    int run();

private:
    QList<QCommandLineOption> globalOptions() const;
    const Command *findCommand(const QStringList &words) const;
    int usageError(const QString &message, const Command *command) const;
    void printHelp() const;
    void printCommandHelp(const Command &command) const;
    // "partnerdesk-cli client-token --help": the group's commands.
    void printGroupHelp(const QString &group) const;
    static void printVersion();

    QStringList m_arguments;
    QList<Command> m_commands;
};

} // namespace PartnerDesk::Cli
