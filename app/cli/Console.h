#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace PartnerDesk::Cli {

// The CLI's three streams. Results go to standard output, diagnostics to standard error,
// secrets come only from standard input (never argv, so they stay out of `ps` and shell
// history). Everything is written as UTF-8.
namespace Console {

// Writes `text` and a newline to standard output.
void printLine(const QString &text);
// Writes `text` and a newline to standard error, as it is.
void printErrorLine(const QString &text);
// "partnerdesk-cli: <message>" on standard error, folded onto one line.
void printError(const QString &message);

// Whether standard error is a terminal: progress is shown there only, never in a log or a pipe.
bool standardErrorIsTerminal();
// Shows `text` as the progress line on standard error, in place of the one before (a carriage
// return, no newline); does nothing unless standard error is a terminal.
void printProgress(const QString &text);
// Blanks the progress line, if one is shown, so what follows starts on a clean line.
void clearProgress();

// One line of standard input without its line break, or nullopt at end of input. When
// standard input is a terminal, `prompt` is shown on standard error and, for a secret,
// echo is turned off while the user types. The caller wipes the returned bytes after use.
std::optional<QByteArray> readLine(const QString &prompt, bool secret);

// Text from outside (instance names, notes, file contents) made safe for a terminal:
// control characters, which could move the cursor or fake output, become U+FFFD.
QString printable(const QString &text);

} // namespace Console
} // namespace PartnerDesk::Cli
