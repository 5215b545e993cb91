#pragma once

#include <QDateTime>
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

// The ready-to-paste message for the customer: the code, until when it is valid, the
// extension link and the four steps. In the customer's language, whatever the app's own
// language is: that is why these texts live here and not in the translation catalogues,
// whose translator serves one language per process. Unknown languages get pt_BR.
QString customerMessage(const QString &language, const QString &code, const QDateTime &validUntil,
                        qint64 remainingMs);

} // namespace PartnerDesk::ExtensionFlow
