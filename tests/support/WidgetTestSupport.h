#pragma once

// Helpers for tests that drive real widgets. Header-only, like CoreTestSupport.h.

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
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

// Runs `interact` on the next modal dialog of type T once `open` shows it.
template<typename T>
void withDialog(const std::function<void()> &open, const std::function<void(T *)> &interact)
{
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        QVERIFY2(dialog, "the expected dialog did not open");
        seen = true;
        interact(dialog);
        // After a failed check: a modal dialog left open would hang the test.
        if (QTest::currentTestFailed() && dialog->isVisible())
            dialog->reject();
    });
    open();
    QVERIFY(seen);
}

inline void clickSave(QDialog *dialog)
{
    auto *box = child<QDialogButtonBox>(dialog, "buttonBox");
    QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
}

} // namespace PartnerDesk::Test
