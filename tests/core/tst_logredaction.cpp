// LogRedaction: every remembered secret is replaced wherever it stands in a message, in the
// forms a message can carry it in (as QDebug quotes it, percent-encoded, base64, hex), and only
// remembered secrets are; a short one only where it stands as a word of its own. The installed
// handler scrubs messages before the next handler sees them, GLib's (libsecret's) included.
#include "util/LogRedaction.h"

#include <QDebug>
#include <QLoggingCategory>
#include <QTest>
#include <QUrl>

#ifdef Q_OS_LINUX
#include <dlfcn.h>
#endif

using namespace PartnerDesk;

namespace {

const QString instanceId = QStringLiteral("3C1A2B4D5E6F708192A3B4C5D6E7F809");
const QString instanceToken = QStringLiteral("F1A2B3C4D5E6F7G8H9I0J1K2");
// Starts like the token: the longer one must be replaced whole.
const QString longerToken = QStringLiteral("F1A2B3C4D5E6F7G8H9I0J1K2-and-more");
const QString clientToken = QStringLiteral("Fe1d2c3b4a5968778695a4b3c2d1e0fS");
// A Client-Token may be any printable ASCII: one that QDebug escapes, a URL percent-encodes and
// whose base64 differs from base64url ("?>~" gives '+' and '/').
const QString punctuatedToken = QStringLiteral("Tk\"q\\u?>~/%9x");
// Not what Z-API hands out, but nothing stops remember() from being given one.
const QString nonAsciiSecret = QStringLiteral(u"Ação-secreta-9");
// Validation takes a one-character token; it must not pass through the logs either.
const QString shortSecret = QStringLiteral("k9Z");

// What `qDebug() << value` puts in a message.
template <typename Value>
QString debugPrinted(const Value &value)
{
    QString printed;
    QDebug(&printed).nospace() << value;
    return printed;
}

// The part of base64(bytes before + secret + bytes after) that depends on the secret alone,
// with `before` bytes before it: what a base64 blob holding the secret always contains.
QString base64Inside(const QString &secret, int before)
{
    const QByteArray encoded = (QByteArray(before, 'x') + secret.toUtf8() + "!").toBase64();
    const qsizetype first = (before * 8 + 5) / 6;
    const qsizetype end = (before + secret.toUtf8().size()) * 8 / 6;
    return QString::fromLatin1(encoded.mid(first, end - first));
}

QStringList received;
QtMessageHandler qtestHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    received.append(message);
    qtestHandler(type, context, message);
}

Q_LOGGING_CATEGORY(lcTest, "partnerdesk.test.redaction")

} // namespace

class TestLogRedaction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void replacesRememberedSecrets_data();
    void replacesRememberedSecrets();
    void encodedFormsAreReplaced_data();
    void encodedFormsAreReplaced();
    void base64AroundOtherBytes_data();
    void base64AroundOtherBytes();
    void shortSecretsOnlyAsWholeWords_data();
    void shortSecretsOnlyAsWholeWords();
    void blankValuesAreNotRemembered();
    void manySecretsStillFound();
    void installedHandlerScrubsEveryMessage();
    void glibMessagesGoThroughTheHandler();
};

void TestLogRedaction::initTestCase()
{
    for (const QString &secret : {instanceId, instanceToken, longerToken, clientToken, punctuatedToken, nonAsciiSecret,
                                  shortSecret})
        LogRedaction::remember(secret);
}

void TestLogRedaction::replacesRememberedSecrets_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nothing secret") << QStringLiteral("GET extension-token -> 200 in 12 ms")
                                    << QStringLiteral("GET extension-token -> 200 in 12 ms");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("URL path") << QStringLiteral("https://api.z-api.io/instances/%1/token/%2/status").arg(instanceId, instanceToken)
                              << QStringLiteral("https://api.z-api.io/instances/[secret]/token/[secret]/status");
    QTest::newRow("whole message") << clientToken << QStringLiteral("[secret]");
    QTest::newRow("header") << QStringLiteral("Client-Token: %1").arg(clientToken)
                            << QStringLiteral("Client-Token: [secret]");
    QTest::newRow("back to back") << instanceId + clientToken << QStringLiteral("[secret][secret]");
    QTest::newRow("twice") << QStringLiteral("%1 and %1.").arg(clientToken)
                           << QStringLiteral("[secret] and [secret].");
    QTest::newRow("longer secret with a shared start") << QStringLiteral("t=%1;").arg(longerToken)
                                                       << QStringLiteral("t=[secret];");
    QTest::newRow("inside a word") << QStringLiteral("x%1y").arg(instanceToken) << QStringLiteral("x[secret]y");
    QTest::newRow("next to non-ASCII") << QStringLiteral("Açaí→%1←").arg(instanceToken)
                                       << QStringLiteral("Açaí→[secret]←");
    // Only what was remembered: a similar value is kept, as is a cut-off secret.
    QTest::newRow("one character different") << QString(instanceToken).replace(0, 1, u'X')
                                             << QString(instanceToken).replace(0, 1, u'X');
    QTest::newRow("cut off") << instanceToken.left(instanceToken.size() - 1)
                             << instanceToken.left(instanceToken.size() - 1);
    QTest::newRow("other case") << clientToken.toLower() << clientToken.toLower();
}

void TestLogRedaction::replacesRememberedSecrets()
{
    QFETCH(QString, message);
    QFETCH(QString, expected);
    QCOMPARE(LogRedaction::redacted(message), expected);
}

void TestLogRedaction::encodedFormsAreReplaced_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("expected");

    const auto base64 = [](const QString &secret, QByteArray::Base64Options options) {
        return QString::fromLatin1(secret.toUtf8().toBase64(options));
    };
    // QDebug puts quotes around a string and escapes '"' and '\\' inside, and (for bytes) every
    // non-ASCII byte as \xNN: the text of the secret is no longer in the message.
    QTest::newRow("qDebug() << QString") << QStringLiteral("token ") + debugPrinted(punctuatedToken)
                                         << QStringLiteral("token \"[secret]\"");
    QTest::newRow("qDebug() << QByteArray") << QStringLiteral("token ") + debugPrinted(punctuatedToken.toUtf8())
                                            << QStringLiteral("token \"[secret]\"");
    QTest::newRow("qDebug() << non-ASCII bytes") << debugPrinted(nonAsciiSecret.toUtf8()) << QStringLiteral("\"[secret]\"");
    QTest::newRow("qDebug() << non-ASCII text") << debugPrinted(nonAsciiSecret) << QStringLiteral("\"[secret]\"");
    QTest::newRow("percent-encoded in a query")
            << QStringLiteral("GET /x?t=%1&y=1").arg(QString::fromLatin1(QUrl::toPercentEncoding(punctuatedToken)))
            << QStringLiteral("GET /x?t=[secret]&y=1");
    // As other encoders write it.
    QTest::newRow("percent-encoded, lower-case hex") << QStringLiteral("Tk%22q%5cu%3f%3e~%2f%259x")
                                                     << QStringLiteral("[secret]");
    QTest::newRow("base64 with padding") << QStringLiteral("b64=") + base64(clientToken, QByteArray::Base64Encoding)
                                         << QStringLiteral("b64=[secret]");
    QTest::newRow("base64 without padding")
            << QStringLiteral("b64=") + base64(clientToken, QByteArray::OmitTrailingEquals) + u';'
            << QStringLiteral("b64=[secret];");
    QTest::newRow("base64url") << base64(punctuatedToken, QByteArray::Base64UrlEncoding) << QStringLiteral("[secret]");
    QTest::newRow("base64url without padding")
            << base64(punctuatedToken, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
            << QStringLiteral("[secret]");
    QTest::newRow("hex") << QStringLiteral("id=") + QString::fromLatin1(instanceId.toUtf8().toHex())
                         << QStringLiteral("id=[secret]");
    QTest::newRow("HEX") << QString::fromLatin1(instanceToken.toUtf8().toHex().toUpper()) + u'.'
                         << QStringLiteral("[secret].");
}

void TestLogRedaction::encodedFormsAreReplaced()
{
    QFETCH(QString, message);
    QFETCH(QString, expected);
    QVERIFY2(message != expected, "the row must hold an encoded secret");
    QCOMPARE(LogRedaction::redacted(message), expected);
}

// "Authorization: Basic base64(user:token)": the secret's base64 depends on where it starts in
// the encoded bytes, so each of the three alignments.
void TestLogRedaction::base64AroundOtherBytes_data()
{
    QTest::addColumn<int>("before");
    for (int before : {0, 1, 2, 5, 7})
        QTest::addRow("%d bytes before", before) << before;
}

void TestLogRedaction::base64AroundOtherBytes()
{
    QFETCH(int, before);
    for (const QString &secret : {instanceToken, clientToken, punctuatedToken}) {
        const QString message = QStringLiteral("Basic ")
                + QString::fromLatin1((QByteArray(before, 'u') + secret.toUtf8() + ":rest").toBase64());
        const QString result = LogRedaction::redacted(message);
        QVERIFY2(result.contains(QStringLiteral("[secret]")), qPrintable(result));
        QVERIFY2(!result.contains(base64Inside(secret, before)), qPrintable(result));
    }
}

// A secret under LogRedaction::minimumSecretLength is replaced where it stands alone, between
// characters that are not letters or digits, and nowhere else: replacing every "k9Z" inside
// other words would garble every log without hiding anything.
void TestLogRedaction::shortSecretsOnlyAsWholeWords_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("expected");

    QTest::newRow("alone") << shortSecret << QStringLiteral("[secret]");
    QTest::newRow("in a URL path") << QStringLiteral("/token/k9Z/status") << QStringLiteral("/token/[secret]/status");
    QTest::newRow("header") << QStringLiteral("Client-Token: k9Z") << QStringLiteral("Client-Token: [secret]");
    QTest::newRow("quoted") << debugPrinted(shortSecret) << QStringLiteral("\"[secret]\"");
    QTest::newRow("hex") << QStringLiteral("x=") + QString::fromLatin1(shortSecret.toUtf8().toHex())
                         << QStringLiteral("x=[secret]");
    QTest::newRow("base64") << QStringLiteral("Basic ") + QString::fromLatin1(shortSecret.toUtf8().toBase64())
                            << QStringLiteral("Basic [secret]");
    QTest::newRow("inside a word") << QStringLiteral("k9Zebra ak9Z 1k9Z") << QStringLiteral("k9Zebra ak9Z 1k9Z");
    QTest::newRow("inside a longer secret") << QStringLiteral("xk9Z-%1").arg(instanceToken)
                                            << QStringLiteral("xk9Z-[secret]");
}

void TestLogRedaction::shortSecretsOnlyAsWholeWords()
{
    QFETCH(QString, message);
    QFETCH(QString, expected);
    QCOMPARE(LogRedaction::redacted(message), expected);
}

// Nothing is a secret for being empty or blank, and "[secret]" for every space would leave no log.
void TestLogRedaction::blankValuesAreNotRemembered()
{
    LogRedaction::remember(QString());
    LogRedaction::remember(QStringLiteral(" "));
    LogRedaction::remember(QStringLiteral("\t\n"));
    const QString message = QStringLiteral("a b\t\nc  d");
    QCOMPARE(LogRedaction::redacted(message), message);
}

// A large vault: 20,000 secrets, many sharing their first characters.
void TestLogRedaction::manySecretsStillFound()
{
    for (int i = 0; i < 20000; ++i)
        LogRedaction::remember(QStringLiteral("SAME%1").arg(i, 20, 10, QLatin1Char('0')));
    const QString last = QStringLiteral("SAME%1").arg(19999, 20, 10, QLatin1Char('0'));
    const QString first = QStringLiteral("SAME%1").arg(0, 20, 10, QLatin1Char('0'));
    QCOMPARE(LogRedaction::redacted(QStringLiteral("/%1/%2/").arg(first, last)), QStringLiteral("/[secret]/[secret]/"));
    QCOMPARE(LogRedaction::redacted(instanceToken), QStringLiteral("[secret]"));
}

void TestLogRedaction::installedHandlerScrubsEveryMessage()
{
    qtestHandler = qInstallMessageHandler(recordMessage);
    LogRedaction::install();
    qCWarning(lcTest).noquote() << "token" << instanceToken;
    qWarning("%s", qPrintable(QStringLiteral("id=%1").arg(instanceId)));
    qInstallMessageHandler(qtestHandler);
    QCOMPARE(received, (QStringList{QStringLiteral("token [secret]"), QStringLiteral("id=[secret]")}));
}

// libsecret (under QtKeychain) and GLib speak through GLib's log, not Qt's: install() sends
// that through the same handler. Called through the GLib the process already has (Qt's), as
// libsecret would; the product does the same, so neither needs GLib's headers.
void TestLogRedaction::glibMessagesGoThroughTheHandler()
{
#ifndef Q_OS_LINUX
    QSKIP("GLib is a Linux matter");
#else
    using GLogFunction = void (*)(const char *domain, int level, const char *format, ...);
    using GLogStructuredFunction = void (*)(const char *domain, int level, ...);
    constexpr int glibWarning = 1 << 4;  // G_LOG_LEVEL_WARNING
    constexpr int glibMessage = 1 << 5;  // G_LOG_LEVEL_MESSAGE
    const auto gLog = reinterpret_cast<GLogFunction>(dlsym(RTLD_DEFAULT, "g_log"));
    const auto gLogStructured = reinterpret_cast<GLogStructuredFunction>(dlsym(RTLD_DEFAULT, "g_log_structured"));
    QVERIFY2(gLog && gLogStructured, "GLib is not in this process");

    received.clear();
    qtestHandler = qInstallMessageHandler(recordMessage);
    // A second time, as installedHandlerScrubsEveryMessage took its handler away again.
    LogRedaction::install();
    gLog("libsecret", glibWarning, "could not unlock item %s", qPrintable(instanceToken));
    gLogStructured("GLib-GIO", glibMessage, "MESSAGE", "token=%s", qPrintable(clientToken), nullptr);
    qInstallMessageHandler(qtestHandler);
    QCOMPARE(received, (QStringList{QStringLiteral("libsecret: could not unlock item [secret]"),
                                    QStringLiteral("GLib-GIO: token=[secret]")}));
#endif
}

QTEST_GUILESS_MAIN(TestLogRedaction)
#include "tst_logredaction.moc"
