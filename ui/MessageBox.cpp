#include "MessageBox.h"

namespace PartnerDesk::MessageBox {

namespace {
QMessageBox::StandardButton nextAnswer = QMessageBox::NoButton;
QString lastText;

QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                 const QString &text, QMessageBox::StandardButtons buttons,
                                 QMessageBox::StandardButton defaultButton)
{
    lastText = text;
    if (nextAnswer != QMessageBox::NoButton)
        return std::exchange(nextAnswer, QMessageBox::NoButton);
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}
} // namespace

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons,
                                     QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

void warning(QWidget *parent, const QString &title, const QString &text)
{
    show(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void information(QWidget *parent, const QString &title, const QString &text)
{
    show(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer = answer;
}

QString lastMessage()
{
    return lastText;
}

} // namespace PartnerDesk::MessageBox
