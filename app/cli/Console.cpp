#include "Console.h"

#include <QtGlobal>

#include <algorithm>

#include <csignal>
#include <cstdio>

#if defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#endif

namespace PartnerDesk::Cli::Console {

namespace {

// A single line longer than this is not a token; stop reading rather than grow without end.
constexpr qsizetype maximumLineLength = 64 * 1024;

void write(std::FILE *stream, const QString &text)
{
    clearProgress(); // a line never starts in the middle of the progress line
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

bool isTerminal(std::FILE *stream)
{
#if defined(Q_OS_UNIX)
    return ::isatty(::fileno(stream)) == 1;
#elif defined(Q_OS_WIN)
    return ::_isatty(::_fileno(stream)) != 0;
#else
    Q_UNUSED(stream);
    return false;
#endif
}

bool stdinIsTerminal()
{
    return isTerminal(stdin);
}

// Characters of the progress line on screen now (0: none).
qsizetype progressWidth = 0;

// Turns terminal echo off for its lifetime, and puts it back even when the user presses
// Ctrl+C while typing a secret.
class EchoOff
{
public:
    EchoOff()
    {
#if defined(Q_OS_UNIX)
        if (::tcgetattr(STDIN_FILENO, &saved()) != 0)
            return;
        termios quiet = saved();
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        hasSaved() = true;
        m_previousInt = std::signal(SIGINT, restoreAndReraise);
        m_previousTerm = std::signal(SIGTERM, restoreAndReraise);
        m_active = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
#elif defined(Q_OS_WIN)
        m_handle = ::GetStdHandle(STD_INPUT_HANDLE);
        if (::GetConsoleMode(m_handle, &m_mode))
            m_active = ::SetConsoleMode(m_handle, m_mode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT));
#endif
    }
    ~EchoOff()
    {
#if defined(Q_OS_UNIX)
        if (hasSaved()) {
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved());
            hasSaved() = false;
            std::signal(SIGINT, m_previousInt);
            std::signal(SIGTERM, m_previousTerm);
        }
#elif defined(Q_OS_WIN)
        if (m_active)
            ::SetConsoleMode(m_handle, m_mode);
#endif
        if (m_active)
            std::fputc('\n', stderr); // the user's Enter was not echoed
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
#if defined(Q_OS_UNIX)
    static termios &saved()
    {
        static termios settings{};
        return settings;
    }
    static volatile std::sig_atomic_t &hasSaved()
    {
        static volatile std::sig_atomic_t flag = 0;
        return flag;
    }
    static void restoreAndReraise(int signal)
    {
        if (hasSaved())
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved());
        std::signal(signal, SIG_DFL);
        std::raise(signal);
    }
    using Handler = void (*)(int);
    Handler m_previousInt = SIG_DFL;
    Handler m_previousTerm = SIG_DFL;
#elif defined(Q_OS_WIN)
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#endif
    bool m_active = false;
};

} // namespace

void printLine(const QString &text)
{
    write(stdout, text);
}

void printErrorLine(const QString &text)
{
    write(stderr, text);
}

void printError(const QString &message)
{
    QString line = printable(message);
    line.replace(QChar(0xFFFD), u' ');
    write(stderr, QStringLiteral("partnerdesk-cli: ") + line.simplified());
}

bool standardErrorIsTerminal()
{
    static const bool terminal = isTerminal(stderr);
    return terminal;
}

void printProgress(const QString &text)
{
    if (!standardErrorIsTerminal())
        return;
    const QString line = printable(text);
    // Spaces over what is left of a longer line before it.
    const QByteArray bytes = (u'\r' + line + QString(std::max<qsizetype>(0, progressWidth - line.size()), u' ')).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
    std::fflush(stderr);
    progressWidth = line.size();
}

void clearProgress()
{
    if (progressWidth == 0)
        return;
    const QByteArray bytes = ('\r' + QByteArray(progressWidth, ' ') + '\r');
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
    std::fflush(stderr);
    progressWidth = 0;
}

std::optional<QByteArray> readLine(const QString &prompt, bool secret)
{
    const bool terminal = stdinIsTerminal();
    if (terminal && !prompt.isEmpty()) {
        const QByteArray bytes = prompt.toUtf8();
        std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
        std::fflush(stderr);
    }
    std::optional<EchoOff> echoOff;
    if (terminal && secret)
        echoOff.emplace();

    // Standard input carries secrets (tokens, instance credentials): unbuffered, so that no
    // stdio buffer of them outlives the line, which the caller wipes. Set before the first read,
    // as setvbuf() must be; a line is a few dozen read()s. Room for the longest line up front:
    // growing it would leave copies of the first bytes behind.
    static const bool unbuffered = std::setvbuf(stdin, nullptr, _IONBF, 0) == 0;
    Q_UNUSED(unbuffered);
    QByteArray line;
    line.reserve(maximumLineLength);
    bool sawAnything = false;
    for (int c = std::getc(stdin); c != EOF; c = std::getc(stdin)) {
        sawAnything = true;
        if (c == '\n')
            break;
        if (line.size() < maximumLineLength)
            line.append(static_cast<char>(c));
    }
    if (!sawAnything)
        return std::nullopt;
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

QString printable(const QString &text)
{
    QString result = text;
    for (QChar &c : result) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph)
            c = QChar(0xFFFD);
    }
    return result;
}

} // namespace PartnerDesk::Cli::Console
