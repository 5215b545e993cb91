// LogRedaction: every remembered secret is replaced wherever it stands in a message, and only
// remembered secrets are; the installed handler scrubs messages before the next handler sees them.
#include "util/LogRedaction.h"

#include <QLoggingCategory>
#include <QTest>

using namespace PartnerDesk;

namespace {

const QString instanceId = QStringLiteral("3C1A2B4D5E6F708192A3B4C5D6E7F809");
const QString instanceToken = QStringLiteral("F1A2B3C4D5E6F7G8H9I0J1K2");
// Starts like the token: the longer one must be replaced whole.
const QString longerToken = QStringLiteral("F1A2B3C4D5E6F7G8H9I0J1K2-and-more");
const QString clientToken = QStringLiteral("Fe1d2c3b4a5968778695a4b3c2d1e0fS");

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
    void shortValuesAreNotRemembered();
    void manySecretsStillFound();
    void installedHandlerScrubsEveryMessage();
};

void TestLogRedaction::initTestCase()
{
    for (const QString &secret : {instanceId, instanceToken, longerToken, clientToken})
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

void TestLogRedaction::shortValuesAreNotRemembered()
{
    const QString shortValue = QString(LogRedaction::minimumSecretLength - 1, u'q');
    LogRedaction::remember(shortValue);
    QCOMPARE(LogRedaction::redacted(QStringLiteral("a qqqqq b")), QStringLiteral("a qqqqq b"));
    LogRedaction::remember(QString());
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

QTEST_GUILESS_MAIN(TestLogRedaction)
#include "tst_logredaction.moc"
