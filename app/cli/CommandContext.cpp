#include "CommandContext.h"

#include "CliApplication.h"
#include "Console.h"
#include "Workspace.h"
#include "util/Clock.h"

namespace PartnerDesk::Cli {

int printUsageError(const QString &message, const QString &commandName)
{
    Console::printError(message);
    const QString command = commandName.isEmpty() ? QStringLiteral("partnerdesk-cli")
                                                  : QStringLiteral("partnerdesk-cli ") + commandName;
    Console::printErrorLine(CommandContext::tr("Try '%1 --help'.").arg(command));
    return ExitUsageError;
}

CommandContext::CommandContext(const Command &command, const QCommandLineParser &parser,
                               QStringList arguments, Profile profile, QUrl apiBaseOverride)
    : m_command(command), m_parser(parser), m_arguments(std::move(arguments)),
      m_profile(std::move(profile)), m_apiBaseOverride(std::move(apiBaseOverride))
{
}

CommandContext::~CommandContext() = default;

Workspace &CommandContext::workspace()
{
    if (!m_workspace) {
        m_workspace = std::make_unique<Workspace>(m_profile, Clock::system());
        if (!m_apiBaseOverride.isEmpty())
            m_workspace->settings().setApiBaseUrlOverride(m_apiBaseOverride);
    }
    return *m_workspace;
}

Error CommandContext::loadRepository(InstanceRepository **repository)
{
    *repository = workspace().repository();
    if (m_opened)
        return {};
    // A damaged database is an error here, not a warning as in the window: a script must not
    // carry on as if the profile had no instances.
    if (Error error = workspace().open())
        return error;
    m_opened = true;
    return {};
}

int CommandContext::fail(const Error &error) const
{
    Console::printError(error.message());
    // The messages are shared with the window and point to its Settings; say where it is here.
    if (error.code == ErrorCode::ClientTokenMissing || error.code == ErrorCode::ClientTokenRejected
        || error.code == ErrorCode::ClientTokenUnreadable)
        Console::printError(tr("From the command line: partnerdesk-cli client-token set (reads the token from standard input)."));
    if (error.code == ErrorCode::PartnerTokenMissing || error.code == ErrorCode::PartnerTokenRejected
        || error.code == ErrorCode::PartnerTokenUnreadable)
        Console::printError(tr("From the command line: partnerdesk-cli partner-token set (reads the token from standard input)."));
    return error.exitCode();
}

int CommandContext::usageError(const QString &message) const
{
    return printUsageError(message, m_command.name);
}

} // namespace PartnerDesk::Cli
