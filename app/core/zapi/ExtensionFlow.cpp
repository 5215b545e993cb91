#include "ExtensionFlow.h"

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

// One language's messages. Links are arguments, so that each lives in one place.
struct MessageTexts
{
    QString preparation;          // %1 the extension link, %2 WhatsApp Web
    QString code;                 // %1 the extension link, %2 WhatsApp Web, %3 the code, %4 the validity
    QString validForMinutes;      // %1 whole minutes left, two or more
    QString validForOneMinute;
    QString validForLessThanAMinute;
    QString phoneCode;            // %1 the code
};

MessageTexts messageTexts(const QString &language)
{
    if (language == QLatin1String("en")) {
        return {QStringLiteral("Hello! To connect your WhatsApp we will use the Z-API Conector extension. "
                               "Before I send you the connection code, please get everything ready:\n\n"
                               "1. Use a computer with Google Chrome (the extension does not work on a phone).\n"
                               "2. Install the Z-API Conector extension in Chrome: %1\n"
                               "3. In Chrome, open %2 and log in to WhatsApp with the number you are connecting.\n\n"
                               "When everything is ready, let me know: I will send you the code, valid for a few "
                               "minutes, to type in the extension."),
                QStringLiteral("Hello! To connect your WhatsApp, use the Z-API Conector extension on a computer with "
                               "Google Chrome (it does not work on a phone):\n\n"
                               "1. Install the Z-API Conector extension in Chrome: %1\n"
                               "2. In Chrome, open %2 and log in to WhatsApp with the number you are connecting.\n"
                               "3. Click the extension's icon and type this code: %3\n"
                               "4. Confirm on the extension's screen by clicking \"Conectar na Z-API\".\n\n%4"),
                QStringLiteral("This code is valid for %1 minutes."),
                QStringLiteral("This code is valid for 1 minute."),
                QStringLiteral("This code is valid for less than a minute: type it now or ask me for a new one."),
                QStringLiteral("Hello! To connect your WhatsApp, on the phone that has WhatsApp:\n\n"
                               "1. Open WhatsApp and go to Settings (on Android: the ⋮ menu).\n"
                               "2. Tap Linked devices, then Link a device.\n"
                               "3. Tap Link with phone number instead.\n"
                               "4. Type this code: %1\n\n"
                               "Type it right away: the code is only valid for a few minutes. If WhatsApp does not "
                               "accept it, let me know and I will send you a new one.")};
    }
    if (language == QLatin1String("es")) {
        return {QStringLiteral("¡Hola! Para conectar tu WhatsApp vamos a usar la extensión Z-API Conector. "
                               "Antes de que te envíe el código de conexión, deja todo listo:\n\n"
                               "1. Usa una computadora con Google Chrome (la extensión no funciona en el celular).\n"
                               "2. Instala la extensión Z-API Conector en Chrome: %1\n"
                               "3. En Chrome, abre %2 e inicia sesión en WhatsApp con el número que se va a conectar.\n\n"
                               "Cuando tengas todo listo, avísame: te envío el código, que vale por pocos minutos, "
                               "para que lo escribas en la extensión."),
                QStringLiteral("¡Hola! Para conectar tu WhatsApp, usa la extensión Z-API Conector en una computadora "
                               "con Google Chrome (no funciona en el celular):\n\n"
                               "1. Instala la extensión Z-API Conector en Chrome: %1\n"
                               "2. En Chrome, abre %2 e inicia sesión en WhatsApp con el número que se va a conectar.\n"
                               "3. Haz clic en el icono de la extensión y escribe este código: %3\n"
                               "4. Confirma en la pantalla de la extensión haciendo clic en \"Conectar na Z-API\".\n\n%4"),
                QStringLiteral("Este código es válido por %1 minutos."),
                QStringLiteral("Este código es válido por 1 minuto."),
                QStringLiteral("Este código es válido por menos de 1 minuto: escríbelo ahora o pídeme uno nuevo."),
                QStringLiteral("¡Hola! Para conectar tu WhatsApp, en el celular que tiene WhatsApp:\n\n"
                               "1. Abre WhatsApp y ve a Ajustes (en Android: el menú ⋮).\n"
                               "2. Toca Dispositivos vinculados y luego Vincular un dispositivo.\n"
                               "3. Toca Vincular con el número de teléfono.\n"
                               "4. Escribe este código: %1\n\n"
                               "Escríbelo ahora: el código vale solo por unos minutos. Si WhatsApp no lo acepta, "
                               "avísame y te envío uno nuevo.")};
    }
    return {QStringLiteral("Olá! Para conectar o seu WhatsApp, vamos usar a extensão Z-API Conector. "
                           "Antes de eu enviar o código de conexão, deixe tudo pronto:\n\n"
                           "1. Use um computador com o Google Chrome (a extensão não funciona no celular).\n"
                           "2. Instale a extensão Z-API Conector no Chrome: %1\n"
                           "3. No Chrome, abra %2 e entre no WhatsApp com o número que vai ser conectado.\n\n"
                           "Quando estiver tudo pronto, me avise: eu envio o código, que vale por poucos minutos, "
                           "para você digitar na extensão."),
            QStringLiteral("Olá! Para conectar o seu WhatsApp, use a extensão Z-API Conector em um computador com o "
                           "Google Chrome (não funciona no celular):\n\n"
                           "1. Instale a extensão Z-API Conector no Chrome: %1\n"
                           "2. No Chrome, abra %2 e entre no WhatsApp com o número que vai ser conectado.\n"
                           "3. Clique no ícone da extensão e digite este código: %3\n"
                           "4. Confirme na tela da extensão clicando em \"Conectar na Z-API\".\n\n%4"),
            QStringLiteral("Este código é válido por %1 minutos."),
            QStringLiteral("Este código é válido por 1 minuto."),
            QStringLiteral("Este código é válido por menos de 1 minuto: digite agora ou me peça um novo."),
            QStringLiteral("Olá! Para conectar o seu WhatsApp, no celular que tem o WhatsApp:\n\n"
                           "1. Abra o WhatsApp e vá em Configurações (no Android: no menu ⋮).\n"
                           "2. Toque em Dispositivos conectados e depois em Conectar dispositivo.\n"
                           "3. Toque em Conectar com número de telefone.\n"
                           "4. Digite este código: %1\n\n"
                           "Digite o código agora: ele vale só por alguns minutos. Se o WhatsApp não aceitar, "
                           "me avise que eu envio um novo.")};
}

} // namespace

QString preparationMessage(const QString &language)
{
    return messageTexts(language).preparation.arg(extensionUrl().toString(), whatsAppWebUrl().toString());
}

QString customerMessage(const QString &language, const QString &code, qint64 remainingMs)
{
    const MessageTexts texts = messageTexts(language);
    // Whole minutes left, rounded down, so the customer is never promised more than there is.
    const qint64 minutes = remainingMs / 60000;
    const QString validity = minutes > 1 ? texts.validForMinutes.arg(minutes)
        : minutes == 1                   ? texts.validForOneMinute
                                         : texts.validForLessThanAMinute;
    return texts.code.arg(extensionUrl().toString(), whatsAppWebUrl().toString(), code, validity);
}

QString phoneCodeMessage(const QString &language, const QString &code)
{
    return messageTexts(language).phoneCode.arg(code);
}

} // namespace PartnerDesk::ExtensionFlow
