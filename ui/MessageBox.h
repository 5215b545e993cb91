#pragma once

#include <QMessageBox>

namespace PartnerDesk::MessageBox {

// Thin wrappers over QMessageBox so GUI tests can answer the next question without a modal
// loop (KeePassXC's approach). Every text shown is plain text: it may carry user data.
QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons,
                                     QMessageBox::StandardButton defaultButton);
void warning(QWidget *parent, const QString &title, const QString &text);
void information(QWidget *parent, const QString &title, const QString &text);

// Test hooks: answers the next message boxes get, in order, without showing anything (one
// call per box), and the text of the last message shown (or that would have been shown).
void setNextAnswer(QMessageBox::StandardButton answer);
QString lastMessage();

} // namespace PartnerDesk::MessageBox
