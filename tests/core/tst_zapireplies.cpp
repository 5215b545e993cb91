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

const QString expiredSubscription =
    QStringLiteral("To continue sending a message, you must subscribe to this instance again");

QByteArray errorBody(const QString &error)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact);
}

const QString accountInstanceId = QStringLiteral("3C4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F");
const QString accountInstanceToken = QStringLiteral("A1B2C3D4E5F6A7B8C9D0E1F2");

// An item of the partner list as documented, with `changes` applied and the `removed` fields left out.
QJsonObject accountItem(const QString &id = accountInstanceId, const QString &token = accountInstanceToken,
                        const QJsonObject &changes = {}, const QStringList &removed = {})
{
    QJsonObject item{{QStringLiteral("id"), id},
                     {QStringLiteral("token"), token},
                     {QStringLiteral("name"), QStringLiteral("Padaria Pão de Mel")},
                     {QStringLiteral("created"), now() - 30 * 24 * 60 * minute},
                     {QStringLiteral("due"), now() + 30 * 24 * 60 * minute},
                     {QStringLiteral("paymentStatus"), QStringLiteral("PAID")},
                     {QStringLiteral("phoneConnected"), true},
                     {QStringLiteral("whatsappConnected"), true},
                     {QStringLiteral("middleware"), QStringLiteral("web")}};
    for (auto change = changes.begin(); change != changes.end(); ++change)
        item.insert(change.key(), change.value());
    for (const QString &field : removed)
        item.remove(field);
    return item;
}

// A page of the partner list, in the documented shape whatever the values.
QByteArray pageBody(const QJsonValue &total, const QJsonValue &totalPage, const QJsonValue &pageSize,
                    const QJsonValue &page, const QJsonValue &content)
{
    const QJsonObject object{{QStringLiteral("total"), total},
                             {QStringLiteral("totalPage"), totalPage},
                             {QStringLiteral("pageSize"), pageSize},
                             {QStringLiteral("page"), page},
                             {QStringLiteral("content"), content}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
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
    void documentedErrorsWithSuccess_data();
    void documentedErrorsWithSuccess();
    void parseDeviceInfo_data();
    void parseDeviceInfo();
    void parseRestartAndDisconnect_data();
    void parseRestartAndDisconnect();
    void partnerStatusError_data();
    void partnerStatusError();
    void parseAccountPage_data();
    void parseAccountPage();
    void accountInstanceFields_data();
    void accountInstanceFields();
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
    row("400 subscription expired", 400, errorBody(expiredSubscription), ErrorCode::SubscriptionExpired);
    row("403 subscription expired", 403, errorBody(expiredSubscription), ErrorCode::SubscriptionExpired);
    row("400 subscription expired in other words", 400, R"({"error":"You must subscribe to this instance again!"})",
        ErrorCode::SubscriptionExpired);
    row("400 subscribe, not this one", 400, R"({"error":"Subscribe to our newsletter LEAKED"})",
        ErrorCode::UnexpectedStatus, QStringLiteral("400"));
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

void TstZApiReplies::documentedErrorsWithSuccess_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorCode>("expected");

    // Z-API has answered with an error body and 200: each parser of an instance answer reads
    // the documented ones as what they say, and anything else without its fields as malformed.
    QTest::newRow("subscription expired") << errorBody(expiredSubscription) << ErrorCode::SubscriptionExpired;
    QTest::newRow("Client-Token missing") << errorBody(QStringLiteral("null not allowed"))
                                          << ErrorCode::ClientTokenMissing;
    QTest::newRow("Client-Token not configured") << errorBody(QStringLiteral("your client-token is not configured"))
                                                 << ErrorCode::ClientTokenMissing;
    QTest::newRow("another error") << errorBody(QStringLiteral("Something LEAKED")) << ErrorCode::MalformedResponse;
    QTest::newRow("error not a string") << QByteArray(R"({"error":["null not allowed"]})")
                                        << ErrorCode::MalformedResponse;
}

void TstZApiReplies::documentedErrorsWithSuccess()
{
    QFETCH(QByteArray, body);
    QFETCH(ErrorCode, expected);

    const ZApiAnswer answer = makeAnswer(200, body);
    const auto check = [&answer, expected](const char *parser, const Error &error) {
        QVERIFY2(error.code == expected, parser);
        verifyNothingOfTheBody(error, answer);
    };
    ExtensionCode code;
    check("extension code", ZApiReplies::parseExtensionCode(answer, &code));
    InstanceStatus status;
    check("status", ZApiReplies::parseInstanceStatus(answer, &status));
    QrCode qrCode;
    check("QR code", ZApiReplies::parseQrCode(answer, &qrCode));
    PhoneCode phoneCode;
    check("phone code", ZApiReplies::parsePhoneCode(answer, &phoneCode));
    DeviceInfo device;
    check("device", ZApiReplies::parseDeviceInfo(answer, &device));
    bool done = false;
    check("restart", ZApiReplies::parseRestart(answer, &done));
    check("disconnect", ZApiReplies::parseDisconnect(answer, &done));
}

void TstZApiReplies::parseDeviceInfo_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorCode>("expected");
    QTest::addColumn<bool>("connected");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("deviceModel");
    QTest::addColumn<QString>("originalDevice");
    QTest::addColumn<bool>("isBusiness");
    QTest::addColumn<QString>("message");

    const QByteArray documented = R"({"phone":"5511987654321","imgUrl":"https://pps.whatsapp.net/LEAKED.jpg",)"
                                  R"("about":"Disponível","name":"Padaria Pão de Mel",)"
                                  R"("device":{"sessionName":"Z-API","device_model":"iPhone 13"},)"
                                  R"("originalDevice":"iphone","sessionId":231,"isBusiness":false})";
    const auto linked = [](const char *name, const QByteArray &body, const QString &phone, const QString &profile,
                           const QString &model, const QString &original, bool business) {
        QTest::newRow(name) << 200 << body << ErrorCode::None << true << phone << profile << model << original
                            << business << QString();
    };
    const auto notLinked = [](const char *name, const QByteArray &body, const QString &message) {
        QTest::newRow(name) << 200 << body << ErrorCode::None << false << QString() << QString() << QString()
                            << QString() << false << message;
    };
    const auto bad = [](const char *name, const QByteArray &body, ErrorCode expected, int status = 200) {
        QTest::newRow(name) << status << body << expected << false << QString() << QString() << QString()
                            << QString() << false << QString();
    };
    const QString phone = QStringLiteral("5511987654321");

    linked("documented", documented, phone, QStringLiteral("Padaria Pão de Mel"), QStringLiteral("iPhone 13"),
           QStringLiteral("iphone"), false);
    linked("WhatsApp Business on Android", R"({"phone":"5511987654321","name":"Oficina do Zé",)"
                                           R"("device":{"device_model":"SM-A515F"},"originalDevice":"smba",)"
                                           R"("isBusiness":true})",
           phone, QStringLiteral("Oficina do Zé"), QStringLiteral("SM-A515F"), QStringLiteral("smba"), true);
    linked("only the phone", R"({"phone":"5511987654321"})", phone, QString(), QString(), QString(), false);
    linked("connected true beside it", R"({"connected":true,"phone":"5511987654321"})", phone, QString(), QString(),
           QString(), false);
    linked("odd types for what is shown", R"({"phone":"5511987654321","name":42,"device":"iPhone",)"
                                          R"("originalDevice":null,"isBusiness":"yes"})",
           phone, QString(), QString(), QString(), false);
    linked("control characters cleaned", "{\"phone\":\"5511987654321\",\"name\":\"Pada\\u202eria\\n\\u0007Zé\"}",
           phone, QStringLiteral("Padaria Zé"), QString(), QString(), false);
    linked("markup kept as text", R"({"phone":"5511987654321","name":"<b>Zé</b>"})", phone,
           QStringLiteral("<b>Zé</b>"), QString(), QString(), false);

    // Nobody linked: answered like /status, which is an answer, not an error.
    notLinked("as /status answers", R"({"connected":false,"error":"You are not connected","smartphoneConnected":false})",
              QStringLiteral("You are not connected"));
    notLinked("as the sandbox answers /device", R"({"error":"You are not connected"})",
              QStringLiteral("You are not connected"));
    notLinked("a session to restore", R"({"error":"You need to restore the session"})",
              QStringLiteral("You need to restore the session"));
    notLinked("only connected false", R"({"connected":false})", QString());
    notLinked("connected false wins over a phone", R"({"connected":false,"phone":"5511987654321"})", QString());

    bad("phone missing", R"({"name":"Padaria"})", ErrorCode::MalformedResponse);
    bad("phone a number", R"({"phone":5511987654321})", ErrorCode::MalformedResponse);
    bad("phone empty", R"({"phone":""})", ErrorCode::MalformedResponse);
    bad("phone with a plus", R"({"phone":"+5511987654321"})", ErrorCode::MalformedResponse);
    bad("phone with markup", R"({"phone":"<a href=x>LEAKED</a>"})", ErrorCode::MalformedResponse);
    bad("phone too short", R"({"phone":"12345"})", ErrorCode::MalformedResponse);
    bad("phone too long", R"({"phone":"123456789012345678901"})", ErrorCode::MalformedResponse);
    bad("connected a string", R"({"connected":"false"})", ErrorCode::MalformedResponse);
    bad("another error", R"({"error":"Something else LEAKED"})", ErrorCode::MalformedResponse);
    bad("as the sandbox's wrong-types fault",
        R"({"phone":5511999990001,"name":["Z-API"],"device":"Z-API","isBusiness":"no"})", ErrorCode::MalformedResponse);
    bad("empty object", "{}", ErrorCode::MalformedResponse);
    bad("not JSON", "<html>LEAKED</html>", ErrorCode::MalformedResponse);
    bad("empty body", {}, ErrorCode::MalformedResponse);
    bad("401", documented, ErrorCode::InstanceCredentialsRejected, 401);
    bad("400 subscription expired", errorBody(expiredSubscription), ErrorCode::SubscriptionExpired, 400);
    bad("500", documented, ErrorCode::ServerError, 500);
}

void TstZApiReplies::parseDeviceInfo()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ErrorCode, expected);
    QFETCH(bool, connected);
    QFETCH(QString, phone);
    QFETCH(QString, name);
    QFETCH(QString, deviceModel);
    QFETCH(QString, originalDevice);
    QFETCH(bool, isBusiness);
    QFETCH(QString, message);

    const ZApiAnswer answer = makeAnswer(status, body);
    DeviceInfo device;
    device.phone = QStringLiteral("untouched");
    const Error error = ZApiReplies::parseDeviceInfo(answer, &device);
    QCOMPARE(error.code, expected);
    verifyNothingOfTheBody(error, answer);
    if (error) {
        QCOMPARE(device.phone, QStringLiteral("untouched"));
        return;
    }
    QCOMPARE(device.connected, connected);
    QCOMPARE(device.phone, phone);
    QCOMPARE(device.name, name);
    QCOMPARE(device.deviceModel, deviceModel);
    QCOMPARE(device.originalDevice, originalDevice);
    QCOMPARE(device.isBusiness, isBusiness);
    QCOMPARE(device.serverMessage, message);
}

void TstZApiReplies::parseRestartAndDisconnect_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorCode>("expected");
    QTest::addColumn<bool>("done");

    for (const QString &action : {QStringLiteral("restart"), QStringLiteral("disconnect")}) {
        const auto row = [&action](const char *name, int status, const QByteArray &body, ErrorCode expected,
                                   bool done = false) {
            QTest::addRow("%s: %s", qPrintable(action), name) << action << status << body << expected << done;
        };
        row("value true", 200, R"({"value":true})", ErrorCode::None, true);
        row("value false", 200, R"({"value":false})", ErrorCode::None, false);
        row("value true and more", 201, R"({"other":1,"value":true})", ErrorCode::None, true);
        row("value a string", 200, R"({"value":"true"})", ErrorCode::MalformedResponse);
        row("value a number", 200, R"({"value":1})", ErrorCode::MalformedResponse);
        row("value missing", 200, "{}", ErrorCode::MalformedResponse);
        row("not JSON", 200, "<html>LEAKED</html>", ErrorCode::MalformedResponse);
        row("JSON array", 200, "[true]", ErrorCode::MalformedResponse);
        row("401", 401, R"({"value":true})", ErrorCode::InstanceCredentialsRejected);
        row("403", 403, R"({"error":"Client-Token LEAKED not allowed"})", ErrorCode::ClientTokenRejected);
        row("400 subscription expired", 400, errorBody(expiredSubscription), ErrorCode::SubscriptionExpired);
        row("429", 429, R"({"value":true})", ErrorCode::RateLimited);
        row("503", 503, {}, ErrorCode::ServerError);
    }
    // Z-API documents no body for /disconnect: an empty one means it is done; restart's is
    // documented, so an empty one is not an answer.
    const auto row = [](const char *name, const QString &action, int status, const QByteArray &body,
                        ErrorCode expected, bool done) {
        QTest::addRow("%s: %s", qPrintable(action), name) << action << status << body << expected << done;
    };
    row("empty 200", QStringLiteral("disconnect"), 200, {}, ErrorCode::None, true);
    row("empty 204", QStringLiteral("disconnect"), 204, {}, ErrorCode::None, true);
    row("a line break", QStringLiteral("disconnect"), 200, "\r\n", ErrorCode::None, true);
    row("empty 200", QStringLiteral("restart"), 200, {}, ErrorCode::MalformedResponse, false);
}

void TstZApiReplies::parseRestartAndDisconnect()
{
    QFETCH(QString, action);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ErrorCode, expected);
    QFETCH(bool, done);

    const ZApiAnswer answer = makeAnswer(status, body);
    bool parsed = !done; // so that an unchanged value shows
    const Error error = action == QLatin1String("restart") ? ZApiReplies::parseRestart(answer, &parsed)
                                                           : ZApiReplies::parseDisconnect(answer, &parsed);
    QCOMPARE(error.code, expected);
    verifyNothingOfTheBody(error, answer);
    if (!error)
        QCOMPARE(parsed, done);
    else
        QCOMPARE(parsed, !done);
}

void TstZApiReplies::partnerStatusError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<ErrorCode>("expected");
    QTest::addColumn<int>("expectedRetryAfter");
    QTest::addColumn<QString>("expectedDetail");

    const auto row = [](const char *name, int status, const QByteArray &body, ErrorCode expected,
                        const QString &detail = {}, const QByteArray &retryAfter = {}, int expectedRetryAfter = -1) {
        QTest::newRow(name) << status << body << retryAfter << expected << expectedRetryAfter << detail;
    };
    // Older docs give the list 201, newer ones 200.
    row("200", 200, "{}", ErrorCode::None);
    row("201", 201, "{}", ErrorCode::None);
    row("204", 204, {}, ErrorCode::None);
    // 401 and 403 here are about the partner token: there is no instance, nor a Client-Token.
    row("401 as the sandbox answers", 401, R"({"error":"Unauthorized"})", ErrorCode::PartnerTokenRejected);
    row("401 no body", 401, {}, ErrorCode::PartnerTokenRejected);
    row("403", 403, R"({"error":"Forbidden LEAKED"})", ErrorCode::PartnerTokenRejected);
    row("403 Client-Token words", 403, R"({"error":"Client-Token LEAKED not allowed"})",
        ErrorCode::PartnerTokenRejected);
    row("400 Client-Token missing words", 400, R"({"error":"null not allowed"})", ErrorCode::UnexpectedStatus,
        QStringLiteral("400"));
    row("400 subscription words", 400, errorBody(expiredSubscription), ErrorCode::UnexpectedStatus,
        QStringLiteral("400"));
    row("404", 404, R"({"error":"Instance not found"})", ErrorCode::UnexpectedStatus, QStringLiteral("404"));
    row("429", 429, R"({"error":"Too many requests"})", ErrorCode::RateLimited, {}, "12", 12);
    row("500", 500, "<html>LEAKED</html>", ErrorCode::ServerError, QStringLiteral("500"));
    row("no status", 0, {}, ErrorCode::UnexpectedStatus, QStringLiteral("0"));
}

void TstZApiReplies::partnerStatusError()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(ErrorCode, expected);
    QFETCH(int, expectedRetryAfter);
    QFETCH(QString, expectedDetail);

    const ZApiAnswer answer = makeAnswer(status, body, -1, retryAfter);
    const Error error = ZApiReplies::partnerStatusError(answer);
    QCOMPARE(error.code, expected);
    QCOMPARE(error.retryAfterSeconds, expectedRetryAfter);
    QCOMPARE(error.detail, expectedDetail);
    verifyNothingOfTheBody(error, answer);
}

void TstZApiReplies::parseAccountPage_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorCode>("expected");
    QTest::addColumn<QList<qint64>>("paging"); // page, pageSize, totalPages, total
    QTest::addColumn<QStringList>("instanceIds");

    const QString otherId = QStringLiteral("99AA88BB77CC66DD55EE44FF33001122");
    const QString otherToken = QStringLiteral("ZZ11YY22XX33WW44VV55UU66");
    const QJsonArray two{accountItem(), accountItem(otherId, otherToken)};
    const QJsonArray one{accountItem()};
    const auto good = [](const char *name, const QByteArray &body, const QList<qint64> &paging,
                         const QStringList &ids, int status = 200) {
        QTest::newRow(name) << status << body << ErrorCode::None << paging << ids;
    };
    const auto bad = [](const char *name, const QByteArray &body, ErrorCode expected = ErrorCode::MalformedResponse,
                        int status = 200) {
        QTest::newRow(name) << status << body << expected << QList<qint64>() << QStringList();
    };
    const auto withItem = [](const QJsonValue &item) { return QJsonArray{item}; };

    good("documented", pageBody(2, 1, 10, 1, two), {1, 10, 1, 2}, {accountInstanceId, otherId});
    good("201, as older docs say", pageBody(2, 1, 10, 1, two), {1, 10, 1, 2}, {accountInstanceId, otherId}, 201);
    good("field order and extra fields",
         R"({"content":[],"extra":{"a":[1]},"page":1,"pageSize":10,"totalPage":0,"total":0,"hasNext":false})",
         {1, 10, 0, 0}, {});
    good("an empty account", pageBody(0, 0, 100, 1, QJsonArray()), {1, 100, 0, 0}, {});
    good("an empty account said to have one page", pageBody(0, 1, 100, 1, QJsonArray()), {1, 100, 1, 0}, {});
    good("a middle page, fewer served than asked", pageBody(250, 3, 100, 2, two), {2, 100, 3, 250},
         {accountInstanceId, otherId});
    good("a page after the last", pageBody(2, 1, 10, 7, QJsonArray()), {7, 10, 1, 2}, {});
    good("numbers as text", pageBody(QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("10"),
                                     QStringLiteral("1"), two),
         {1, 10, 1, 2}, {accountInstanceId, otherId});
    good("numbers written as decimals", R"({"total":2.0,"totalPage":1e0,"pageSize":10.0,"page":1.00,"content":[]})",
         {1, 10, 1, 2}, {});
    good("page size zero with nothing in it", pageBody(0, 0, 0, 1, QJsonArray()), {1, 0, 0, 0}, {});
    good("the largest numbers", pageBody(qint64(1) << 53, 2147483647, 2147483647, 2147483647, QJsonArray()),
         {2147483647, 2147483647, 2147483647, qint64(1) << 53}, {});

    bad("401", pageBody(2, 1, 10, 1, two), ErrorCode::PartnerTokenRejected, 401);
    bad("403", R"({"error":"Forbidden"})", ErrorCode::PartnerTokenRejected, 403);
    bad("429", "{}", ErrorCode::RateLimited, 429);
    bad("500", pageBody(2, 1, 10, 1, two), ErrorCode::ServerError, 500);
    bad("404", R"({"error":"Not found"})", ErrorCode::UnexpectedStatus, 404);
    for (const char *missing : {"total", "totalPage", "pageSize", "page", "content"}) {
        QJsonObject object = QJsonDocument::fromJson(pageBody(2, 1, 10, 1, two)).object();
        object.remove(QLatin1String(missing));
        QTest::addRow("%s missing", missing) << 200 << QJsonDocument(object).toJson(QJsonDocument::Compact)
                                             << ErrorCode::MalformedResponse << QList<qint64>() << QStringList();
    }
    bad("total negative", pageBody(-2, 1, 10, 1, two));
    bad("total a fraction", pageBody(2.5, 1, 10, 1, two));
    bad("total null", pageBody(QJsonValue::Null, 1, 10, 1, two));
    bad("total a boolean", pageBody(true, 1, 10, 1, one));
    bad("total 1e300", pageBody(1e300, 1, 10, 1, two));
    bad("total beyond 2^53", R"({"total":9007199254740994,"totalPage":1,"pageSize":10,"page":1,"content":[]})");
    bad("totalPage true", pageBody(2, true, 10, 1, two));
    bad("totalPage negative", pageBody(2, -1, 10, 1, two));
    bad("pageSize a boolean", pageBody(2, 1, false, 1, two));
    bad("pageSize negative", pageBody(2, 1, -10, 1, two));
    bad("pageSize beyond an int", pageBody(2, 1, 2147483648.0, 1, two));
    bad("page zero", pageBody(2, 1, 10, 0, two));
    bad("page negative", pageBody(2, 1, 10, -1, two));
    bad("page an array", pageBody(2, 1, 10, QJsonArray{1}, two));
    bad("page an object", pageBody(2, 1, 10, QJsonObject{{QStringLiteral("n"), 1}}, two));
    bad("page beyond an int", pageBody(2, 1, 10, 2147483648.0, QJsonArray()));
    bad("page as text with a space", pageBody(2, 1, 10, QStringLiteral(" 1"), two));
    bad("page as text with a sign", pageBody(2, 1, 10, QStringLiteral("+1"), two));
    bad("page as negative text", pageBody(2, 1, 10, QStringLiteral("-1"), two));
    bad("page as decimal text", pageBody(2, 1, 10, QStringLiteral("1.0"), two));
    bad("page as hexadecimal text", pageBody(2, 1, 10, QStringLiteral("0x1"), two));
    bad("page as empty text", pageBody(2, 1, 10, QString(), two));
    bad("page as a word", pageBody(2, 1, 10, QStringLiteral("one"), two));
    bad("page as full-width digits", pageBody(2, 1, 10, QStringLiteral("１"), two));
    bad("total as 16 digits of text", pageBody(QStringLiteral("1234567890123456"), 1, 10, 1, two));
    bad("content an object", pageBody(2, 1, 10, 1, accountItem()));
    bad("content null", pageBody(2, 1, 10, 1, QJsonValue::Null));
    bad("content a string", pageBody(2, 1, 10, 1, QStringLiteral("[]")));
    // Numbers that contradict each other.
    bad("more instances than the page size", pageBody(2, 1, 1, 1, two));
    bad("more instances than the total", pageBody(1, 1, 10, 1, two));
    bad("more pages than instances", pageBody(2, 3, 10, 1, two));
    bad("a page size of zero with instances", pageBody(2, 1, 0, 1, two));
    // One bad item spoils the page: without it the page would say that instance is gone.
    bad("an item a string", pageBody(1, 1, 10, 1, withItem(QStringLiteral("3C4D"))));
    bad("an item a number", pageBody(1, 1, 10, 1, withItem(7)));
    bad("an item null", pageBody(1, 1, 10, 1, withItem(QJsonValue::Null)));
    bad("an item an array", pageBody(1, 1, 10, 1, withItem(QJsonArray{accountInstanceId, accountInstanceToken})));
    bad("id missing", pageBody(1, 1, 10, 1, withItem(accountItem(accountInstanceId, accountInstanceToken, {},
                                                                    {QStringLiteral("id")}))));
    bad("token missing", pageBody(1, 1, 10, 1, withItem(accountItem(accountInstanceId, accountInstanceToken, {},
                                                                       {QStringLiteral("token")}))));
    bad("id a number", pageBody(1, 1, 10, 1, withItem(accountItem(accountInstanceId, accountInstanceToken,
                                                                     {{QStringLiteral("id"), 3}}))));
    bad("token null", pageBody(1, 1, 10, 1, withItem(accountItem(accountInstanceId, accountInstanceToken,
                                                                    {{QStringLiteral("token"), QJsonValue::Null}}))));
    const struct
    {
        const char *name;
        QString value;
    } unusable[] = {
        {"empty", QString()},
        {"a path", QStringLiteral("../../sandbox/reset")},
        {"a query", QStringLiteral("3C4D?x=1")},
        {"a space", QStringLiteral("3C4D 5E6F")},
        {"a line break", QStringLiteral("3C4D\r\nX-Injected: 1")},
        {"an accented letter", QStringLiteral("3C4DÉ")},
        {"129 characters", QString(129, QLatin1Char('A'))},
    };
    for (const auto &[name, value] : unusable) {
        QTest::addRow("id %s", name) << 200 << pageBody(2, 1, 10, 1, QJsonArray{accountItem(value, accountInstanceToken),
                                                                                accountItem(otherId, otherToken)})
                                     << ErrorCode::MalformedResponse << QList<qint64>() << QStringList();
        QTest::addRow("token %s", name) << 200 << pageBody(2, 1, 10, 1, QJsonArray{accountItem(otherId, otherToken),
                                                                                   accountItem(accountInstanceId, value)})
                                        << ErrorCode::MalformedResponse << QList<qint64>() << QStringList();
    }
    bad("the same instance twice", pageBody(2, 1, 10, 1, QJsonArray{accountItem(), accountItem()}));
    bad("the same ID with two tokens", pageBody(2, 1, 10, 1, QJsonArray{accountItem(), accountItem(accountInstanceId, otherToken)}));
    bad("as the sandbox's wrong-types fault",
        R"({"total":"8","totalPage":true,"pageSize":"10","page":[1],"content":{"id":1}})");
    bad("an error with 200", R"({"error":"Unauthorized"})");
    bad("not JSON", "<html>LEAKED</html>");
    bad("JSON array", "[]");
    bad("empty body", {});
    bad("cut short", pageBody(2, 1, 10, 1, two).chopped(10));
    bad("nested 100,000 deep", QByteArray(100000, '[') + QByteArray(100000, ']'));
}

void TstZApiReplies::parseAccountPage()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ErrorCode, expected);
    QFETCH(QList<qint64>, paging);
    QFETCH(QStringList, instanceIds);

    const ZApiAnswer answer = makeAnswer(status, body);
    AccountPage page;
    page.page = -1;
    const Error error = ZApiReplies::parseAccountPage(answer, &page);
    QCOMPARE(error.code, expected);
    verifyNothingOfTheBody(error, answer);
    for (const QString &secret : {accountInstanceId, accountInstanceToken})
        QVERIFY(!error.message().contains(secret) && !error.detail.contains(secret));
    if (error) {
        QCOMPARE(page.page, -1);
        QVERIFY(page.instances.isEmpty());
        return;
    }
    QCOMPARE(QList<qint64>({page.page, page.pageSize, page.totalPages, page.total}), paging);
    QStringList ids;
    for (const AccountInstance &instance : std::as_const(page.instances))
        ids.append(instance.instanceId);
    QCOMPARE(ids, instanceIds);
}

void TstZApiReplies::accountInstanceFields_data()
{
    QTest::addColumn<QJsonObject>("changes"); // to the documented item
    QTest::addColumn<QStringList>("removed"); // from it
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("paymentStatus");
    QTest::addColumn<QDateTime>("due");
    QTest::addColumn<int>("connected"); // -1: not given

    const QString name = QStringLiteral("Padaria Pão de Mel");
    const QString paid = QStringLiteral("PAID");
    const qint64 dueMs = now() + 30 * 24 * 60 * minute;
    const QDateTime due = QDateTime::fromMSecsSinceEpoch(dueMs, Qt::UTC);
    const auto row = [](const char *rowName, const QJsonObject &changes, const QStringList &removed,
                        const QString &expectedName, const QString &expectedPayment, const QDateTime &expectedDue,
                        int connected) {
        QTest::newRow(rowName) << changes << removed << expectedName << expectedPayment << expectedDue << connected;
    };
    const auto missing = [&](const char *rowName, const QString &field, const QString &expectedName,
                             const QString &expectedPayment, const QDateTime &expectedDue, int connected) {
        row(rowName, {}, {field}, expectedName, expectedPayment, expectedDue, connected);
    };
    const auto nameRow = [&](const char *rowName, const QJsonValue &value, const QString &expected) {
        row(rowName, {{QStringLiteral("name"), value}}, {}, expected, paid, due, 1);
    };
    const auto dueRow = [&](const char *rowName, const QJsonValue &value, const QDateTime &expected) {
        row(rowName, {{QStringLiteral("due"), value}}, {}, name, paid, expected, 1);
    };
    const auto connectedRow = [&](const char *rowName, const QJsonValue &value, int expected) {
        row(rowName, {{QStringLiteral("whatsappConnected"), value}}, {}, name, paid, due, expected);
    };

    row("documented", {}, {}, name, paid, due, 1);
    row("only the credentials", {},
        {QStringLiteral("name"), QStringLiteral("due"), QStringLiteral("paymentStatus"),
         QStringLiteral("whatsappConnected"), QStringLiteral("created"), QStringLiteral("phoneConnected"),
         QStringLiteral("middleware")},
        QString(), QString(), QDateTime(), -1);
    missing("name missing", QStringLiteral("name"), QString(), paid, due, 1);
    nameRow("name null", QJsonValue::Null, QString());
    nameRow("name empty", QString(), QString());
    nameRow("name a number", 42, QString());
    nameRow("name with control characters", QStringLiteral("Pada\u202eria\n\u0007Pão"), QStringLiteral("Padaria Pão"));
    nameRow("name with markup, kept as text", QStringLiteral("<img src=x>"), QStringLiteral("<img src=x>"));
    nameRow("name of 500 characters, cut", QString(500, QLatin1Char('x')), QString(200, QLatin1Char('x')));
    missing("payment status missing", QStringLiteral("paymentStatus"), name, QString(), due, 1);
    row("payment status a number", {{QStringLiteral("paymentStatus"), 1}}, {}, name, QString(), due, 1);
    row("payment status in other words", {{QStringLiteral("paymentStatus"), QStringLiteral("OVERDUE")}}, {}, name,
        QStringLiteral("OVERDUE"), due, 1);
    missing("due missing", QStringLiteral("due"), name, paid, QDateTime(), 1);
    dueRow("due null", QJsonValue::Null, QDateTime());
    dueRow("due as text", QString::number(dueMs), due);
    dueRow("due zero", 0, QDateTime());
    dueRow("due negative", -5, QDateTime());
    dueRow("due a fraction", double(dueMs) + 0.5, QDateTime());
    dueRow("due a boolean", true, QDateTime());
    dueRow("due 1e300", 1e300, QDateTime());
    dueRow("due a date in words", QStringLiteral("2026-12-21"), QDateTime());
    connectedRow("not connected", false, 0);
    // The item still says phoneConnected: that is about the phone, not WhatsApp Web, and
    // does not stand in.
    missing("connected missing", QStringLiteral("whatsappConnected"), name, paid, due, -1);
    connectedRow("connected null", QJsonValue::Null, -1);
    connectedRow("connected as text", QStringLiteral("true"), -1);
    connectedRow("connected a number", 1, -1);
}

void TstZApiReplies::accountInstanceFields()
{
    QFETCH(QJsonObject, changes);
    QFETCH(QStringList, removed);
    QFETCH(QString, name);
    QFETCH(QString, paymentStatus);
    QFETCH(QDateTime, due);
    QFETCH(int, connected);

    const QJsonObject item = accountItem(accountInstanceId, accountInstanceToken, changes, removed);
    AccountPage page;
    const Error error = ZApiReplies::parseAccountPage(makeAnswer(200, pageBody(1, 1, 10, 1, QJsonArray{item})), &page);
    QCOMPARE(error.code, ErrorCode::None);
    QCOMPARE(page.instances.size(), 1);
    const AccountInstance &instance = page.instances.first();
    QCOMPARE(instance.instanceId, accountInstanceId);
    QCOMPARE(instance.instanceToken, accountInstanceToken);
    QCOMPARE(instance.name, name);
    QCOMPARE(instance.paymentStatus, paymentStatus);
    QCOMPARE(instance.due, due);
    if (due.isValid())
        QCOMPARE(instance.due.timeSpec(), Qt::UTC);
    QCOMPARE(instance.connected.has_value(), connected >= 0);
    if (connected >= 0)
        QCOMPARE(*instance.connected, connected == 1);
}

QTEST_GUILESS_MAIN(TstZApiReplies)
#include "tst_zapireplies.moc"
