#include "ExtensionFlow.h"

#include <QLocale>

namespace PartnerDesk::ExtensionFlow {

QUrl extensionUrl()
{
    return QUrl(QStringLiteral("https://chromewebstore.google.com/detail/iopmkohngoecmepoheapifkafbeomphn"));
}

QUrl whatsAppWebUrl()
{
    return QUrl(QStringLiteral("https://web.whatsapp.com/"));
}

QList<Language> customerLanguages()
{
    return {
        {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("en"), QStringLiteral("English")},
    };
}

namespace {

// One language's message. In the body: %1 the extension link, %2 WhatsApp Web, %3 the code,
// %4 the validity sentence. The validity sentences take the minutes left and the time.
struct MessageTexts
{
    QString body;
    QString validForOneMinute;   // %1 until
    QString validForMinutes;     // %1 minutes, %2 until
    QString validForLessThanOne; // %1 until
    QString timeFormat;
};

MessageTexts messageTexts(const QString &language)
{
    if (language == QLatin1String("en")) {
        return {QStringLiteral("Hello! To connect your WhatsApp, use the Z-API Conector extension in Google Chrome:\n\n"
                               "1. Install the Z-API Conector extension: %1\n"
                               "2. Open %2 in Chrome, logged in with the number you are connecting.\n"
                               "3. Click the extension's icon and type this code: %3\n"
                               "4. Confirm on the extension's screen by clicking \"Conectar na Z-API\".\n\n%4"),
                QStringLiteral("This code is valid for 1 more minute (until %1)."),
                QStringLiteral("This code is valid for %1 more minutes (until %2)."),
                QStringLiteral("This code is valid for less than a minute (until %1)."),
                QStringLiteral("h:mm AP")};
    }
    if (language == QLatin1String("es")) {
        return {QStringLiteral("¡Hola! Para conectar tu WhatsApp, usa la extensión Z-API Conector en Google Chrome:\n\n"
                               "1. Instala la extensión Z-API Conector: %1\n"
                               "2. Abre %2 en Chrome, con la sesión iniciada en el número que vas a conectar.\n"
                               "3. Haz clic en el icono de la extensión y escribe este código: %3\n"
                               "4. Confirma en la pantalla de la extensión haciendo clic en \"Conectar na Z-API\".\n\n%4"),
                QStringLiteral("Este código vale por 1 minuto más (hasta las %1)."),
                QStringLiteral("Este código vale por %1 minutos más (hasta las %2)."),
                QStringLiteral("Este código vale por menos de un minuto (hasta las %1)."),
                QStringLiteral("HH:mm")};
    }
    return {QStringLiteral("Olá! Para conectar o seu WhatsApp, use a extensão Z-API Conector no Google Chrome:\n\n"
                           "1. Instale a extensão Z-API Conector: %1\n"
                           "2. Abra %2 no Chrome, conectado com o número que você vai conectar.\n"
                           "3. Clique no ícone da extensão e digite este código: %3\n"
                           "4. Confirme na tela da extensão clicando em \"Conectar na Z-API\".\n\n%4"),
            QStringLiteral("Este código vale por mais 1 minuto (até as %1)."),
            QStringLiteral("Este código vale por mais %1 minutos (até as %2)."),
            QStringLiteral("Este código vale por menos de um minuto (até as %1)."),
            QStringLiteral("HH:mm")};
}

} // namespace

QString customerMessage(const QString &language, const QString &code, const QDateTime &validUntil,
                        qint64 remainingMs)
{
    const MessageTexts texts = messageTexts(language);
    const QString until = QLocale::c().toString(validUntil.time(), texts.timeFormat);
    // Whole minutes left, rounded down, so the customer is never promised more than there is.
    const qint64 minutes = remainingMs / 60000;
    const QString validity = minutes > 1 ? texts.validForMinutes.arg(minutes).arg(until)
        : minutes == 1                   ? texts.validForOneMinute.arg(until)
                                         : texts.validForLessThanOne.arg(until);
    return texts.body.arg(extensionUrl().toString(), whatsAppWebUrl().toString(), code, validity);
}

} // namespace PartnerDesk::ExtensionFlow
