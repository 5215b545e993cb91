#pragma once

#include "util/Error.h"
#include "util/Profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>
#include <tuple>

namespace PartnerDesk {
class InstanceRepository;
class Workspace;
} // namespace PartnerDesk

namespace PartnerDesk::Cli {

// partnerdesk-cli's exit statuses. Errors from the core map through Error::exitCode().
enum ExitCode : int {
    ExitSuccess = 0,
    ExitApiError = 1,    // Z-API answered with an error, or the network failed
    ExitUsageError = 2,  // the command line or standard input is wrong: fix the command
    ExitStoreError = 3,  // keychain, vault, instance list or data: the message says what to fix
};

struct Command;

// "partnerdesk-cli: <message>" and "Try 'partnerdesk-cli [COMMAND] --help'." on standard
// error; returns ExitUsageError. `commandName` empty: the general help.
int printUsageError(const QString &message, const QString &commandName);

// What a running command gets: its parsed command line, the profile, and the profile's
// workspace, created only when the command asks for it (so --help and usage errors touch
// no file).
class CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(PartnerDesk::Cli::CommandContext)
public:
    CommandContext(const Command &command, const QCommandLineParser &parser, QStringList arguments,
                   Profile profile, QUrl apiBaseOverride);
    ~CommandContext();
    CommandContext(const CommandContext &) = delete;
    CommandContext &operator=(const CommandContext &) = delete;

    const Command &command() const { return m_command; }
    const QCommandLineParser &parser() const { return m_parser; }
    // The positional arguments after the command's own words, as many as it declares.
    const QStringList &arguments() const { return m_arguments; }
    const Profile &profile() const { return m_profile; }

    // The profile's settings, vault and instances; nothing is read until asked for. Its
    // settings carry --api-base (already validated) as this run's override, so commands that
    // call Z-API take the address from workspace().settings().apiBaseUrl().
    Workspace &workspace();
    // The profile's instances, its database opened (and a Partner Desk 0.1 profile moved in):
    // no keychain. Every command that reads or changes the profile starts here.
    Error loadRepository(InstanceRepository **repository);

    // Prints the error's message on one line and returns its exit status.
    int fail(const Error &error) const;
    // Prints `message` and the hint to this command's --help; returns ExitUsageError.
    int usageError(const QString &message) const;

    // Runs one asynchronous core call to completion. `start(context, done)` starts it; the
    // values `done` is called with are returned. Callbacks that come synchronously (input
    // refused before any keychain work) are fine too.
    template<typename... Results, typename Start>
    std::tuple<Results...> wait(Start start)
    {
        QEventLoop loop;
        std::optional<std::tuple<Results...>> results;
        start(&loop, [&results, &loop](const Results &...values) {
            results.emplace(values...);
            loop.quit();
        });
        if (!results)
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        return std::move(*results);
    }

private:
    const Command &m_command;
    const QCommandLineParser &m_parser;
    QStringList m_arguments;
    Profile m_profile;
    QUrl m_apiBaseOverride;
    std::unique_ptr<Workspace> m_workspace;
    bool m_opened = false;
};

} // namespace PartnerDesk::Cli
