#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace PartnerDesk::ExtensionFlow {

// Where the customer installs the "Z-API Conector" extension, and where they use it.
QUrl extensionUrl();
QUrl whatsAppWebUrl();

struct Language
{
    QString code;       // "pt_BR", as stored in Settings::customerLanguage()
    QString nativeName; // "Português (Brasil)": the customer's language, named in itself
};
// The languages the message for the customer is written in; pt_BR first (most customers).
QList<Language> customerLanguages();

// Ready-to-paste messages for the customer, in the customer's language whatever the app's
// own language is: that is why these texts live here and not in the translation
// catalogues, whose translator serves one language per process. Unknown languages get pt_BR.
//
// What to get ready before there is a code (a computer with Chrome, the extension, WhatsApp
// Web open), so the code's few minutes are not spent installing things.
QString preparationMessage(const QString &language);
// The code, how long it is still valid, the extension link and the four steps. The validity
// is time left, never a clock time: the customer may be in another time zone (Brazil has
// four), and the chat shows when the message was sent.
QString customerMessage(const QString &language, const QString &code, qint64 remainingMs);
// The phone-number code and where to type it in WhatsApp. Z-API does not say how long such
// a code lasts, so the message asks for it to be typed at once instead of naming a time.
QString phoneCodeMessage(const QString &language, const QString &code);

} // namespace PartnerDesk::ExtensionFlow
