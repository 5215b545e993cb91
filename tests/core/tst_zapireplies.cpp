// ZApiReplies: the pure parsers between an HTTP answer and a typed result. No network: every
// answer is built here, so each documented shape and each hostile one is a table row.

#include "zapi/ZApiReplies.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace PartnerDesk;

Q_DECLARE_METATYPE(PartnerDesk::ErrorCode)

namespace {

// A whole second, so HTTP dates (one-second resolution) land on it exactly.
qint64 now()
{
    return QDateTime(QDate(2026, 11, 21), QTime(22, 15, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

constexpr qint64 minute = 60 * 1000;

QByteArray httpDate(qint64 msecs)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc());
    return QLocale::c().toString(when, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

ZApiAnswer makeAnswer(int status, const QByteArray &body, qint64 serverDateMs = -1, const QByteArray &retryAfter = {})
{
    ZApiAnswer answer;
    answer.httpStatus = status;
    answer.body = body;
    answer.retryAfter = retryAfter;
    answer.serverDateMs = serverDateMs;
    answer.receivedAtMs = now();
    return answer;
}

QByteArray codeBody(const QJsonValue &token, const QJsonValue &expiresAt)
{
    QJsonObject object;
    if (!token.isUndefined())
        object.insert(QStringLiteral("token"), token);
    if (!expiresAt.isUndefined())
        object.insert(QStringLiteral("expiresAt"), expiresAt);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray withDeepField(const QByteArray &codeBody, int depth)
{
    QByteArray body = codeBody;
    body.chop(1);
    return body + ",\"deep\":" + QByteArray(depth, '[') + QByteArray(depth, ']') + '}';
}

// A real 1x1 PNG.
const QByteArray pngBase64 = QByteArrayLiteral(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

QByteArray jsonValue(const QString &value)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("value"), value}}).toJson(QJsonDocument::Compact);
}

// Whatever a server writes must not reach the user: the detail holds at most the status
// number, and the sentence shown contains nothing of the body.
void verifyNothingOfTheBody(const Error &error, const ZApiAnswer &answer)
{
    QVERIFY2(error.detail.isEmpty() || error.detail == QString::number(answer.httpStatus), qPrintable(error.detail));
    const QString message = error.message();
    const QString bodyText = QString::fromUtf8(answer.body).trimmed();
    if (bodyText.size() >= 4)
        QVERIFY2(!message.contains(bodyText), qPrintable(message));
    const QString errorText = QJsonDocument::fromJson(answer.body).object().value(QLatin1String("error")).toString();
    if (!errorText.isEmpty())
        QVERIFY2(!message.contains(errorText), qPrintable(message));
    QVERIFY(!message.contains(QLatin1String("LEAKED")));
}

} // namespace

class TstZApiReplies : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void statusError_data();
    void statusError();
    void parseHttpDate_data();
    void parseHttpDate();
    void clockSkewMs_data();
    void clockSkewMs();
    void parseExtensionCode_data();
    void parseExtensionCode();
    void extensionCodeCountsDownOnTheLocalClock();
    void parseInstanceStatus_data();
    void parseInstanceStatus();
    void parseQrCode_data();
    void parseQrCode();
    void parsePhoneCode_data();
    void parsePhoneCode();
};

void TstZApiReplies::initTestCase()
{
    // A zone with summer time: an HTTP date read as local time would go wrong in its gaps.
    qputenv("TZ", "Europe/Berlin");
    tzset();
}

void TstZApiReplies::statusError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<qint64>("serverDateMs");
    QTest::addColumn<ErrorCode>("expected");
    QTest::addColumn<int>("expectedRetryAfter");
    QTest::addColumn<QString>("expectedDetail");

    const QByteArray none;
    const auto row = [](const char *name, int status, const QByteArray &body, ErrorCode expected,
                        const QString &detail = {}) {
        QTest::newRow(name) << status << body << QByteArray() << qint64(-1) << expected << -1 << detail;
    };
    row("200", 200, R"({"token":"FA48-HS63"})", ErrorCode::None);
    row("204 empty", 204, none, ErrorCode::None);
    row("299", 299, "<html>", ErrorCode::None);
    row("400 null not allowed", 400, R"({"error":"null not allowed"})", ErrorCode::ClientTokenMissing);
    row("400 Client-Token null not allowed", 400, R"({"error":"Client-Token null not allowed"})",
        ErrorCode::ClientTokenMissing);
    row("400 client-token is not configured", 400, R"({"error":"your client-token is not configured"})",
        ErrorCode::ClientTokenMissing);
    row("403 wrong Client-Token", 403, R"({"error":"Client-Token LEAKED-f00 not allowed"})",
        ErrorCode::ClientTokenRejected);
    // Z-API repeats the wrong token in its answer; one ending in "null" is still wrong, not missing.
    row("403 wrong Client-Token ending in null", 403, R"({"error":"Client-Token LEAKEDnull not allowed"})",
        ErrorCode::ClientTokenRejected);
    row("403 no body", 403, none, ErrorCode::ClientTokenRejected);
    row("401", 401, R"({"error":"Invalid instance token"})", ErrorCode::InstanceCredentialsRejected);
    row("404", 404, R"({"error":"Not found"})", ErrorCode::InstanceCredentialsRejected);
    row("400 Instance not found", 400, R"({"error":"Instance not found"})", ErrorCode::InstanceCredentialsRejected);
    row("400 other", 400, R"({"error":"Invalid phone LEAKED"})", ErrorCode::UnexpectedStatus, QStringLiteral("400"));
    row("400 not JSON", 400, "<html>LEAKED</html>", ErrorCode::UnexpectedStatus, QStringLiteral("400"));
    row("500", 500, R"({"error":"Internal server error"})", ErrorCode::ServerError, QStringLiteral("500"));
    row("502 html", 502, "<html><body>Bad Gateway LEAKED</body></html>", ErrorCode::ServerError,
        QStringLiteral("502"));
    row("503", 503, none, ErrorCode::ServerError, QStringLiteral("503"));
    row("418", 418, R"({"error":"I'm a teapot LEAKED"})", ErrorCode::UnexpectedStatus, QStringLiteral("418"));
    row("302", 302, none, ErrorCode::UnexpectedStatus, QStringLiteral("302"));
    row("no status", 0, none, ErrorCode::UnexpectedStatus, QStringLiteral("0"));

    const QByteArray tooMany = R"({"error":"Too many requests"})";
    const auto rateLimited = [&tooMany](const char *name, const QByteArray &retryAfter, qint64 serverDateMs,
                                        int expectedSeconds) {
        QTest::newRow(name) << 429 << tooMany << retryAfter << serverDateMs << ErrorCode::RateLimited
                            << expectedSeconds << QString();
    };
    rateLimited("429 without Retry-After", {}, -1, -1);
    rateLimited("429 seconds", "17", -1, 17);
    rateLimited("429 seconds with spaces", " 17 ", -1, 17);
    rateLimited("429 zero seconds", "0", -1, 0);
    rateLimited("429 seconds capped at an hour", "86400", -1, 3600);
    rateLimited("429 negative seconds", "-5", -1, -1);
    rateLimited("429 fractional seconds", "1.5", -1, -1);
    rateLimited("429 garbage", "soon LEAKED", -1, -1);
    // The HTTP-date form counts from the server's Date header when there is one...
    rateLimited("429 HTTP date against the Date header", httpDate(now() + 90 * 1000 + 10 * minute),
                now() + 10 * minute, 90);
    // ... and from the local clock otherwise.
    rateLimited("429 HTTP date without Date header", httpDate(now() + 90 * 1000), -1, 90);
    rateLimited("429 HTTP date in the past", httpDate(now() - minute), -1, 0);
    rateLimited("429 HTTP date far ahead", httpDate(now() + 24 * 60 * minute), -1, 3600);
    rateLimited("429 date without GMT", "Sat, 21 Nov 2026 22:16:30", -1, -1);
}

void TstZApiReplies::statusError()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(qint64, serverDateMs);
    QFETCH(ErrorCode, expected);
    QFETCH(int, expectedRetryAfter);
    QFETCH(QString, expectedDetail);

    const ZApiAnswer answer = makeAnswer(status, body, serverDateMs, retryAfter);
    const Error error = ZApiReplies::statusError(answer);
    QCOMPARE(error.code, expected);
    QCOMPARE(error.retryAfterSeconds, expectedRetryAfter);
    QCOMPARE(error.detail, expectedDetail);
    QCOMPARE(bool(error), expected != ErrorCode::None);
    verifyNothingOfTheBody(error, answer);
}

void TstZApiReplies::parseHttpDate_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("RFC 9110 example") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << qint64(784111777000);
    QTest::newRow("as the sandbox sends it") << httpDate(now()) << now();
    QTest::newRow("surrounding spaces") << QByteArray("  Sun, 06 Nov 1994 08:49:37 GMT ") << qint64(784111777000);
    // 02:30 does not exist in Berlin that night; the date is UTC, so that must not matter.
    QTest::newRow("in a local summer-time gap")
        << QByteArray("Sun, 29 Mar 2026 02:30:00 GMT")
        << QDateTime(QDate(2026, 3, 29), QTime(2, 30), QTimeZone::utc()).toMSecsSinceEpoch();
    QTest::newRow("in a local repeated hour")
        << QByteArray("Sun, 25 Oct 2026 02:30:00 GMT")
        << QDateTime(QDate(2026, 10, 25), QTime(2, 30), QTimeZone::utc()).toMSecsSinceEpoch();
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("garbage") << QByteArray("yesterday GMT") << qint64(-1);
    QTest::newRow("no zone") << QByteArray("Sun, 06 Nov 1994 08:49:37") << qint64(-1);
    QTest::newRow("numeric zone") << QByteArray("Sun, 06 Nov 1994 08:49:37 +0000") << qint64(-1);
    QTest::newRow("wrong weekday") << QByteArray("Mon, 06 Nov 1994 08:49:37 GMT") << qint64(-1);
    QTest::newRow("seconds") << QByteArray("120") << qint64(-1);
}

void TstZApiReplies::parseHttpDate()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, expected);
    QCOMPARE(ZApiReplies::parseHttpDate(text), expected);
}

void TstZApiReplies::clockSkewMs_data()
{
    QTest::addColumn<qint64>("serverDateMs");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("no Date header") << qint64(-1) << qint64(0);
    // The Date header drops the milliseconds: the server was somewhere in [Date, Date + 1 s).
    QTest::newRow("same second") << now() << qint64(0);
    QTest::newRow("a second behind") << now() - 1000 << qint64(0);
    QTest::newRow("a second ahead") << now() + 1000 << qint64(0);
    QTest::newRow("two seconds behind") << now() - 2000 << qint64(0);
    QTest::newRow("three seconds ahead") << now() + 3000 << qint64(3500);
    QTest::newRow("ten minutes ahead") << now() + 10 * minute << 10 * minute + 500;
    QTest::newRow("ten minutes behind") << now() - 10 * minute << -10 * minute + 500;
    QTest::newRow("a day behind") << now() - 24 * 60 * minute << -24 * 60 * minute + 500;
}

void TstZApiReplies::clockSkewMs()
{
    QFETCH(qint64, serverDateMs);
    QFETCH(qint64, expected);
    QCOMPARE(ZApiReplies::clockSkewMs(makeAnswer(200, {}, serverDateMs)), expected);
}

void TstZApiReplies::parseExtensionCode_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("serverDateMs");
    QTest::addColumn<ErrorCode>("expected");
    QTest::addColumn<QString>("expectedCode");
    QTest::addColumn<qint64>("expectedLocalExpiresAt");

    const qint64 inFive = now() + 5 * minute;
    const auto good = [](const char *name, const QByteArray &body, qint64 serverDateMs, const QString &code,
                         qint64 localExpiresAt) {
        QTest::newRow(name) << 200 << body << serverDateMs << ErrorCode::None << code << localExpiresAt;
    };
    const auto bad = [](const char *name, const QByteArray &body, ErrorCode expected, int status = 200) {
        QTest::newRow(name) << status << body << qint64(-1) << expected << QString() << qint64(0);
    };
    const QString code = QStringLiteral("FA48-HS63");

    good("documented", codeBody(code, inFive), -1, code, inFive);
    good("field order and extra fields", R"({"extra":{"a":[1,2]},"expiresAt":)" + QByteArray::number(inFive)
                                             + R"(,"token":"FA48-HS63"})", -1, code, inFive);
    good("no group", codeBody(QStringLiteral("FA48HS63"), inFive), -1, QStringLiteral("FA48HS63"), inFive);
    good("three groups in lower case", codeBody(QStringLiteral("fa48-hs63-x1"), inFive), -1,
         QStringLiteral("fa48-hs63-x1"), inFive);
    good("32 characters", codeBody(QString(32, QLatin1Char('A')), inFive), -1, QString(32, QLatin1Char('A')), inFive);
    good("an hour ahead", codeBody(code, now() + 60 * minute), -1, code, now() + 60 * minute);
    good("expiresAt as 1.78e12", R"({"token":"FA48-HS63","expiresAt":)" + QByteArray::number(double(inFive), 'e', 12)
                                     + '}', -1, code, inFive);
    good("Date within a second", codeBody(code, inFive), now(), code, inFive);
    // The server's clock is ten minutes off: its expiresAt is too, and the countdown is not.
    good("server ten minutes ahead", codeBody(code, inFive + 10 * minute), now() + 10 * minute, code, inFive - 500);
    good("server ten minutes behind", codeBody(code, inFive - 10 * minute), now() - 10 * minute, code, inFive - 500);

    bad("missing token", codeBody(QJsonValue::Undefined, inFive), ErrorCode::MalformedResponse);
    bad("missing expiresAt", codeBody(code, QJsonValue::Undefined), ErrorCode::MalformedResponse);
    bad("empty object", "{}", ErrorCode::MalformedResponse);
    bad("token a number", codeBody(1234, inFive), ErrorCode::MalformedResponse);
    bad("token null", codeBody(QJsonValue::Null, inFive), ErrorCode::MalformedResponse);
    bad("token an array", codeBody(QJsonArray{code}, inFive), ErrorCode::MalformedResponse);
    bad("expiresAt a string", codeBody(code, QString::number(inFive)), ErrorCode::MalformedResponse);
    bad("expiresAt a bool", codeBody(code, true), ErrorCode::MalformedResponse);
    bad("expiresAt not an integer", codeBody(code, double(inFive) + 0.5), ErrorCode::MalformedResponse);
    bad("expiresAt 1e300", codeBody(code, 1e300), ErrorCode::MalformedResponse);
    bad("expiresAt beyond 2^53", R"({"token":"FA48-HS63","expiresAt":9007199254740994})",
        ErrorCode::MalformedResponse);
    bad("expiresAt negative", codeBody(code, -5), ErrorCode::MalformedResponse);
    bad("expiresAt zero", codeBody(code, qint64(0)), ErrorCode::MalformedResponse);
    bad("expired a minute ago", codeBody(code, now() - minute), ErrorCode::CodeAlreadyExpired);
    bad("expiring now", codeBody(code, now()), ErrorCode::CodeAlreadyExpired);
    bad("just over an hour ahead", codeBody(code, now() + 60 * minute + 1), ErrorCode::MalformedResponse);
    bad("year 2400", codeBody(code, QDateTime(QDate(2400, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch()),
        ErrorCode::MalformedResponse);
    bad("empty token", codeBody(QString(), inFive), ErrorCode::MalformedResponse);
    bad("33 characters", codeBody(QString(33, QLatin1Char('A')), inFive), ErrorCode::MalformedResponse);
    bad("10,240 characters", codeBody(QStringLiteral("FA48HS63").repeated(1280), inFive), ErrorCode::MalformedResponse);
    bad("space", codeBody(QStringLiteral("FA48 HS63"), inFive), ErrorCode::MalformedResponse);
    bad("markup", codeBody(QStringLiteral("<b>LEAKED</b>"), inFive), ErrorCode::MalformedResponse);
    bad("trailing newline", codeBody(QStringLiteral("FA48-HS63\n"), inFive), ErrorCode::MalformedResponse);
    bad("double dash", codeBody(QStringLiteral("FA48--HS63"), inFive), ErrorCode::MalformedResponse);
    bad("leading dash", codeBody(QStringLiteral("-FA48"), inFive), ErrorCode::MalformedResponse);
    bad("accented letter", codeBody(QStringLiteral("FÁ48-HS63"), inFive), ErrorCode::MalformedResponse);
    bad("right-to-left override", codeBody(QStringLiteral("FA48\u202EHS63"), inFive), ErrorCode::MalformedResponse);
    bad("not JSON", "<html><body>LEAKED maintenance</body></html>", ErrorCode::MalformedResponse);
    bad("cut short", R"({"token": "AB)", ErrorCode::MalformedResponse);
    bad("empty body", {}, ErrorCode::MalformedResponse);
    bad("JSON array", R"([{"token":"FA48-HS63"}])", ErrorCode::MalformedResponse);
    bad("JSON string", R"("FA48-HS63")", ErrorCode::MalformedResponse);
    bad("not UTF-8", "{\"token\":\"FA48-\xC3\x28\xFF\xFE\",\"expiresAt\":" + QByteArray::number(inFive) + '}',
        ErrorCode::MalformedResponse);
    bad("nested 100,000 deep", QByteArray(100000, '[') + QByteArray(100000, ']'), ErrorCode::MalformedResponse);
    bad("a deep field beside a good code", withDeepField(codeBody(code, inFive), 5000), ErrorCode::MalformedResponse);
    // Error bodies that arrive with 200 are read as what they say.
    bad("200 null not allowed", R"({"error":"null not allowed"})", ErrorCode::ClientTokenMissing);
    bad("200 client-token is not configured", R"({"error":"your client-token is not configured"})",
        ErrorCode::ClientTokenMissing);
    bad("200 other error", R"({"error":"Instance not found LEAKED"})", ErrorCode::MalformedResponse);
    // The status goes first, whatever the body says.
    bad("403 with a good body", codeBody(code, inFive), ErrorCode::ClientTokenRejected, 403);
    bad("500 with a good body", codeBody(code, inFive), ErrorCode::ServerError, 500);
}

void TstZApiReplies::parseExtensionCode()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(qint64, serverDateMs);
    QFETCH(ErrorCode, expected);
    QFETCH(QString, expectedCode);
    QFETCH(qint64, expectedLocalExpiresAt);

    const ZApiAnswer answer = makeAnswer(status, body, serverDateMs);
    ExtensionCode code;
    code.code = QStringLiteral("untouched");
    const Error error = ZApiReplies::parseExtensionCode(answer, &code);
    QCOMPARE(error.code, expected);
    verifyNothingOfTheBody(error, answer);
    if (error) {
        QCOMPARE(code.code, QStringLiteral("untouched"));
        return;
    }
    QCOMPARE(code.code, expectedCode);
    QCOMPARE(code.receivedAtMs, now());
    QCOMPARE(code.serverSkewMs, ZApiReplies::clockSkewMs(answer));
    QCOMPARE(code.localExpiresAtMs(), expectedLocalExpiresAt);
    QCOMPARE(code.lifetimeMs(), expectedLocalExpiresAt - now());
}

void TstZApiReplies::extensionCodeCountsDownOnTheLocalClock()
{
    ExtensionCode code;
    const Error error = ZApiReplies::parseExtensionCode(
        makeAnswer(200, codeBody(QStringLiteral("FA48-HS63"), now() + 15 * minute), now() + 10 * minute), &code);
    QCOMPARE(error.code, ErrorCode::None);
    QCOMPARE(code.remainingMs(now()), 5 * minute - 500);
    QCOMPARE(code.remainingMs(now() + minute), 4 * minute - 500);
    QCOMPARE(code.remainingMs(now() + 5 * minute - 500), qint64(0));
    QCOMPARE(code.remainingMs(now() + 60 * minute), qint64(0));
    QCOMPARE(code.lifetimeMs(), 5 * minute - 500);
}

void TstZApiReplies::parseInstanceStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorCode>("expected");
    QTest::addColumn<bool>("connected");
    QTest::addColumn<bool>("smartphoneConnected");
    QTest::addColumn<QString>("message");

    const auto good = [](const char *name, const QByteArray &body, bool connected, bool smartphone,
                         const QString &message) {
        QTest::newRow(name) << 200 << body << ErrorCode::None << connected << smartphone << message;
    };
    const auto bad = [](const char *name, const QByteArray &body, ErrorCode expected, int status = 200) {
        QTest::newRow(name) << status << body << expected << false << false << QString();
    };

    good("not connected", R"({"connected":false,"error":"You are not connected","smartphoneConnected":false})",
         false, false, QStringLiteral("You are not connected"));
    good("connected", R"({"connected":true,"error":"You are already connected","smartphoneConnected":true})", true,
         true, QStringLiteral("You are already connected"));
    good("only connected", R"({"connected":true})", true, false, QString());
    good("error not a string", R"({"connected":false,"error":404,"smartphoneConnected":"no"})", false, false,
         QString());
    good("control characters cleaned",
         "{\"connected\":false,\"error\":\"You need\\u0000 to\\u001b[31m restore\\nthe\\tsession\\u202e\\u0007\"}",
         false, false, QStringLiteral("You need to[31m restore the session"));
    good("surrounding and repeated spaces", R"({"connected":false,"error":"  You are   not\r\n connected  "})", false,
         false, QStringLiteral("You are not connected"));
    good("accents and emoji kept", R"({"connected":false,"error":"Você não está conectado 📱"})", false, false,
         QStringLiteral("Você não está conectado 📱"));
    good("long message cut at 200 characters", R"({"connected":false,"error":")" + QByteArray(500, 'x') + "\"}",
         false, false, QString(200, QLatin1Char('x')));
    good("cut between whole characters", R"({"connected":false,"error":")" + QByteArray(199, 'x') + "📱📱\"}",
         false, false, QString(199, QLatin1Char('x')) + QStringLiteral("📱"));

    bad("connected a string", R"({"connected":"yes","error":"You are not connected"})", ErrorCode::MalformedResponse);
    bad("connected a number", R"({"connected":1})", ErrorCode::MalformedResponse);
    bad("connected null", R"({"connected":null})", ErrorCode::MalformedResponse);
    bad("connected missing", R"({"error":"You are not connected"})", ErrorCode::MalformedResponse);
    bad("not JSON", "<html>LEAKED</html>", ErrorCode::MalformedResponse);
    bad("JSON array", "[true]", ErrorCode::MalformedResponse);
    bad("empty body", {}, ErrorCode::MalformedResponse);
    bad("500", R"({"connected":true})", ErrorCode::ServerError, 500);
    bad("404", R"({"error":"Instance not found"})", ErrorCode::InstanceCredentialsRejected, 404);
}

void TstZApiReplies::parseInstanceStatus()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ErrorCode, expected);
    QFETCH(bool, connected);
    QFETCH(bool, smartphoneConnected);
    QFETCH(QString, message);

    const ZApiAnswer answer = makeAnswer(status, body);
    InstanceStatus parsed;
    parsed.serverMessage = QStringLiteral("untouched");
    const Error error = ZApiReplies::parseInstanceStatus(answer, &parsed);
    QCOMPARE(error.code, expected);
    verifyNothingOfTheBody(error, answer);
    if (error) {
        QCOMPARE(parsed.serverMessage, QStringLiteral("untouched"));
        return;
    }
    QCOMPARE(parsed.connected, connected);
    QCOMPARE(parsed.smartphoneConnected, smartphoneConnected);
    QCOMPARE(parsed.serverMessage, message);
}

void TstZApiReplies::parseQrCode_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorCode>("expected");

    const QByteArray dataUrl = "data:image/png;base64," + pngBase64;
    const QByteArray gifBase64 = QByteArray("GIF89a\x01\x00\x01\x00\x00\x00\x00", 13).toBase64();
    QTest::newRow("JSON data: URL") << 200 << jsonValue(QString::fromLatin1(dataUrl)) << ErrorCode::None;
    QTest::newRow("JSON bare base64") << 200 << jsonValue(QString::fromLatin1(pngBase64)) << ErrorCode::None;
    QTest::newRow("bare base64") << 200 << pngBase64 << ErrorCode::None;
    QTest::newRow("bare base64 and a newline") << 200 << pngBase64 + "\r\n" << ErrorCode::None;
    QTest::newRow("bare data: URL") << 200 << dataUrl << ErrorCode::None;
    QTest::newRow("JSON not PNG") << 200 << jsonValue(QLatin1String("data:image/png;base64,") + QString::fromLatin1(gifBase64))
                                  << ErrorCode::MalformedResponse;
    QTest::newRow("bare not PNG") << 200 << gifBase64 << ErrorCode::MalformedResponse;
    QTest::newRow("JPEG data: URL") << 200 << jsonValue(QLatin1String("data:image/jpeg;base64,") + QString::fromLatin1(pngBase64))
                                    << ErrorCode::MalformedResponse;
    QTest::newRow("bad base64 in JSON") << 200 << jsonValue(QStringLiteral("data:image/png;base64,iVBOR@@@LEAKED"))
                                        << ErrorCode::MalformedResponse;
    QTest::newRow("bad base64 bare") << 200 << QByteArray("iVBORw0KGgo!!!!") << ErrorCode::MalformedResponse;
    QTest::newRow("value a number") << 200 << QByteArray(R"({"value":42})") << ErrorCode::MalformedResponse;
    QTest::newRow("value missing") << 200 << QByteArray(R"({"image":"iVBOR"})") << ErrorCode::MalformedResponse;
    QTest::newRow("broken JSON") << 200 << QByteArray(R"({"value":"data:image)") << ErrorCode::MalformedResponse;
    QTest::newRow("empty body") << 200 << QByteArray() << ErrorCode::MalformedResponse;
    QTest::newRow("html") << 200 << QByteArray("<html>LEAKED</html>") << ErrorCode::MalformedResponse;
    QTest::newRow("401") << 401 << jsonValue(QString::fromLatin1(dataUrl)) << ErrorCode::InstanceCredentialsRejected;
}

void TstZApiReplies::parseQrCode()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ErrorCode, expected);

    const ZApiAnswer answer = makeAnswer(status, body);
    QrCode qrCode{QByteArrayLiteral("untouched")};
    const Error error = ZApiReplies::parseQrCode(answer, &qrCode);
    QCOMPARE(error.code, expected);
    verifyNothingOfTheBody(error, answer);
    QCOMPARE(qrCode.png, error ? QByteArrayLiteral("untouched") : QByteArray::fromBase64(pngBase64));
}

void TstZApiReplies::parsePhoneCode_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorCode>("expected");
    QTest::addColumn<QString>("code");

    QTest::newRow("documented") << 200 << QByteArray(R"({"value":"A1B2C3D4E5"})") << ErrorCode::None
                                << QStringLiteral("A1B2C3D4E5");
    QTest::newRow("grouped") << 200 << QByteArray(R"({"value":"A1B2-C3D4"})") << ErrorCode::None
                             << QStringLiteral("A1B2-C3D4");
    QTest::newRow("value missing") << 200 << QByteArray("{}") << ErrorCode::MalformedResponse << QString();
    QTest::newRow("value an array") << 200 << QByteArray(R"({"value":["A1B2C3D4E5"]})") << ErrorCode::MalformedResponse
                                    << QString();
    QTest::newRow("value a number") << 200 << QByteArray(R"({"value":12345})") << ErrorCode::MalformedResponse
                                    << QString();
    QTest::newRow("value empty") << 200 << QByteArray(R"({"value":""})") << ErrorCode::MalformedResponse << QString();
    QTest::newRow("value too long") << 200 << jsonValue(QString(33, QLatin1Char('A'))) << ErrorCode::MalformedResponse
                                    << QString();
    QTest::newRow("value with markup") << 200 << QByteArray(R"({"value":"<i>LEAKED</i>"})")
                                       << ErrorCode::MalformedResponse << QString();
    QTest::newRow("not JSON") << 200 << QByteArray("A1B2C3D4E5") << ErrorCode::MalformedResponse << QString();
    QTest::newRow("400 Invalid phone") << 400 << QByteArray(R"({"error":"Invalid phone"})")
                                       << ErrorCode::UnexpectedStatus << QString();
    QTest::newRow("429") << 429 << QByteArray(R"({"value":"A1B2C3D4E5"})") << ErrorCode::RateLimited << QString();
}

void TstZApiReplies::parsePhoneCode()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ErrorCode, expected);
    QFETCH(QString, code);

    const ZApiAnswer answer = makeAnswer(status, body);
    PhoneCode phoneCode{QStringLiteral("untouched")};
    const Error error = ZApiReplies::parsePhoneCode(answer, &phoneCode);
    QCOMPARE(error.code, expected);
    verifyNothingOfTheBody(error, answer);
    QCOMPARE(phoneCode.code, error ? QStringLiteral("untouched") : code);
}

QTEST_GUILESS_MAIN(TstZApiReplies)
#include "tst_zapireplies.moc"
