#pragma once

#include <QList>
#include <QString>

#include <limits>

class QLineEdit;

namespace PartnerDesk {

class Clock;

// What the app puts on the clipboard for the agent to paste: a connection code and the
// message that carries it live only minutes, so they do not stay there after that (nor in
// a clipboard manager's history, nor for the next person at the desk).
//
// The texts one window copied, each good until a time on that window's Clock (the
// workspace's; a hand-moved one in tests). The window calls removeExpired() on its countdown
// tick and removeAll() when the code is used up. Only text the clipboard still holds exactly
// is taken off: whatever the agent copied since is never touched.
//
// A window closed before its code expired still has it taken off at expiry: the agent often
// copies the message, closes the window and pastes it a minute later, so clearing on close
// would take away what they are about to paste. copy() therefore also arms an
// application-wide timer for the real time left, which outlives the window. Only when the
// application quits is unexpired text taken off early: after that nothing could take it off,
// and on Windows and with X11 clipboard managers the clipboard keeps it after the app is gone.
class ExpiringCopies
{
public:
    explicit ExpiringCopies(const Clock &clock);

    // For text whose lifetime the app does not know (WhatsApp's phone pairing code): it goes
    // when removeAll() is called or the application quits.
    static constexpr qint64 untilUsed = std::numeric_limits<qint64>::max();

    // Puts `text` on the clipboard until `expiresAtMs` (the Clock's milliseconds since epoch).
    void copy(const QString &text, qint64 expiresAtMs);
    // Takes off the texts whose time has come, if the clipboard still holds them.
    void removeExpired();
    // Takes off every text still on the clipboard now (the customer has connected: the code
    // is spent).
    void removeAll();

    // Takes `text` off the clipboard if it is exactly what the clipboard holds; true if it did.
    static bool removeIfStillThere(const QString &text);

private:
    struct Copied
    {
        QString text;
        qint64 expiresAtMs;
    };
    const Clock &m_clock;
    QList<Copied> m_copied;
};

// A revealed secret in a line edit ("Show token") can be selected and copied on purpose, but
// must never land in the X11 primary selection by merely being selected: every other window
// can read that selection, a middle click pastes it anywhere, and clipboard managers keep it.
// QLineEdit puts any selection of a normal (unmasked) field there where the platform has one
// (X11); this takes it off again at once, before any other client can ask for it. Ctrl+C
// and the context menu still copy to the clipboard as the agent asked.
void keepOutOfPrimarySelection(QLineEdit *edit);

} // namespace PartnerDesk
