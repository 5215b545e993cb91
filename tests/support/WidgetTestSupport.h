#pragma once

// Helpers for tests that drive real widgets. Header-only, like CoreTestSupport.h.

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

namespace PartnerDesk::Test {

// The child of that type and object name; a missing one is a broken test, not a failure.
template<typename T>
T *child(const QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child named %s", name);
    return found;
}

// The visible top-level windows of type T, oldest first.
template<typename T>
QList<T *> openWindows()
{
    QList<T *> found;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<T *>(widget); window && window->isVisible())
            found.append(window);
    }
    return found;
}

// Runs `interact` on the window of type T that `open` shows: a new one, or (asking again for
// the same thing) the one already open once it is the active window. Windows open without a
// nested event loop, so `open` returns first and the window is found afterwards, the way a
// user finds it.
template<typename T>
void withDialog(const std::function<void()> &open, const std::function<void(T *)> &interact)
{
    const QList<T *> before = openWindows<T>();
    open();
    T *dialog = nullptr;
    const bool opened = QTest::qWaitFor([&] {
        T *raised = nullptr;
        for (T *window : openWindows<T>()) {
            if (!before.contains(window)) {
                dialog = window; // a new window wins over one that happens to be active
                return true;
            }
            if (window->isActiveWindow())
                raised = window;
        }
        dialog = raised;
        return dialog != nullptr;
    }, 5000);
    QVERIFY2(opened, "the expected window did not open");
    const QPointer<T> stillThere(dialog); // windows delete themselves once closed
    interact(dialog);
    // After a failed check: a window left open would confuse the next test.
    if (QTest::currentTestFailed() && stillThere && stillThere->isVisible())
        stillThere->close();
}

inline void clickSave(QDialog *dialog)
{
    auto *box = child<QDialogButtonBox>(dialog, "buttonBox");
    QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
}

// Saves, and waits for the dialog to have saved and closed: saving is asynchronous (the
// keychain), and the dialog closes only once it succeeded.
inline void saveAndWaitUntilClosed(QDialog *dialog)
{
    const QPointer<QDialog> open(dialog);
    clickSave(dialog);
    QTRY_VERIFY2(!open || !open->isVisible(), "the dialog did not close after Save");
}

} // namespace PartnerDesk::Test
