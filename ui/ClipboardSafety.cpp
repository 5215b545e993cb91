#include "ClipboardSafety.h"

#include "util/Clock.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace PartnerDesk {

namespace {

// The application's own watch over copied text, for when the window that copied it is
// closed before the text expires. It counts real time (QDeadlineTimer), not a window's
// Clock: the window, and with it the clock it was given, may be gone by then.
class ExpiryWatch : public QObject
{
public:
    static ExpiryWatch *instance()
    {
        static QPointer<ExpiryWatch> watch;
        if (!watch)
            watch = new ExpiryWatch(QCoreApplication::instance());
        return watch;
    }

    void watch(const QString &text, qint64 validForMs)
    {
        m_pending.append({text, validForMs == ExpiringCopies::untilUsed ? QDeadlineTimer(QDeadlineTimer::Forever)
                                                                        : QDeadlineTimer(std::max<qint64>(0, validForMs))});
        arm();
    }

    // Taken care of by the window that copied it.
    void forget(const QString &text)
    {
        m_pending.removeIf([&](const Pending &pending) { return pending.text == text; });
        arm();
    }

private:
    explicit ExpiryWatch(QObject *parent) : QObject(parent)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &ExpiryWatch::removeDue);
        // Nothing can take the text off once the application is gone, and the clipboard may
        // keep it (Windows, X11 clipboard managers): off now, expired or not.
        connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, [this] {
            for (const Pending &pending : std::as_const(m_pending))
                ExpiringCopies::removeIfStillThere(pending.text);
            m_pending.clear();
            m_timer.stop();
        });
    }

    void removeDue()
    {
        for (auto it = m_pending.begin(); it != m_pending.end();) {
            if (it->deadline.hasExpired()) {
                ExpiringCopies::removeIfStillThere(it->text);
                it = m_pending.erase(it);
            } else {
                ++it;
            }
        }
        arm();
    }

    // One timer, for the next text due.
    void arm()
    {
        // Text kept until used has no deadline (remainingTime() -1): only quitting takes it off.
        qint64 nextMs = -1;
        for (const Pending &pending : std::as_const(m_pending)) {
            if (!pending.deadline.isForever())
                nextMs = nextMs < 0 ? pending.deadline.remainingTime() : std::min(nextMs, pending.deadline.remainingTime());
        }
        if (nextMs < 0)
            m_timer.stop();
        else
            m_timer.start(static_cast<int>(std::min<qint64>(nextMs, std::numeric_limits<int>::max())));
    }

    struct Pending
    {
        QString text;
        QDeadlineTimer deadline;
    };
    QList<Pending> m_pending;
    QTimer m_timer;
};

} // namespace

ExpiringCopies::ExpiringCopies(const Clock &clock)
    : m_clock(clock)
{
}

void ExpiringCopies::copy(const QString &text, qint64 expiresAtMs)
{
    QGuiApplication::clipboard()->setText(text);
    m_copied.append({text, expiresAtMs});
    ExpiryWatch::instance()->watch(text, expiresAtMs == untilUsed ? untilUsed : expiresAtMs - m_clock.currentMSecsSinceEpoch());
}

void ExpiringCopies::removeExpired()
{
    const qint64 now = m_clock.currentMSecsSinceEpoch();
    for (auto it = m_copied.begin(); it != m_copied.end();) {
        if (it->expiresAtMs <= now) {
            removeIfStillThere(it->text);
            ExpiryWatch::instance()->forget(it->text);
            it = m_copied.erase(it);
        } else {
            ++it;
        }
    }
}

void ExpiringCopies::removeAll()
{
    for (const Copied &copied : std::as_const(m_copied)) {
        removeIfStillThere(copied.text);
        ExpiryWatch::instance()->forget(copied.text);
    }
    m_copied.clear();
}

bool ExpiringCopies::removeIfStillThere(const QString &text)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (text.isEmpty() || clipboard->text() != text)
        return false;
    clipboard->clear();
    return true;
}

void keepOutOfPrimarySelection(QLineEdit *edit)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    // Windows, macOS, Wayland without the primary-selection protocol: nothing to keep out of.
    if (!clipboard->supportsSelection())
        return;
    // QLineEdit sets the selection from inside its own mouse and key handling; the change is
    // announced synchronously, so the text is withdrawn before the event loop could answer
    // another client's request for it. Masked, QLineEdit copies nothing, so only a revealed
    // field's own selected text is withdrawn: a selection made elsewhere stays.
    QObject::connect(clipboard, &QClipboard::selectionChanged, edit, [edit, clipboard] {
        if (edit->echoMode() != QLineEdit::Normal || !edit->hasSelectedText() || !clipboard->ownsSelection())
            return;
        if (clipboard->text(QClipboard::Selection) == edit->selectedText())
            clipboard->clear(QClipboard::Selection);
    });
}

} // namespace PartnerDesk
