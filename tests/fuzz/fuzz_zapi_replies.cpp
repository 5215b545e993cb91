// libFuzzer harness for ZApiReplies: everything a Z-API server controls in an answer goes
// through every parser (the instance endpoints' and the partner list's), the way ZApiClient
// hands it over.
//
// One harness rather than one per parser: the parsers share statusError() and the JSON
// reading, an input that reaches deep into one is a good start for the others, and each
// execution costs microseconds, so running all of them on every input is cheap.
//
// An input is three header lines and the body, so that the seeds read like the answers they
// stand for (a missing line is an empty one):
//     <HTTP status>\n<Retry-After value>\n<Date value>\n<body>
//
// Besides crashes and sanitizer reports, a broken promise of the parsers is a finding too:
// it aborts, and libFuzzer keeps the input that broke it.

#include "util/Validation.h"
#include "zapi/ZApiReplies.h"

#include <QSet>

#include <cstdint>
#include <cstdlib>

using namespace PartnerDesk;

namespace {

// The local clock when the answer arrived, fixed so that a crashing input replays the same
// way: Sat, 21 Nov 2026 22:15:00 GMT, the day of the seeds' Date lines.
constexpr qint64 receivedAtMs = 1795299300000;
constexpr int maximumRetryAfterSeconds = 3600;
constexpr qsizetype maximumCodeLength = 32;
constexpr qsizetype maximumServerMessageUnits = 2 * 200; // 200 code points, each one or two UTF-16 units

void require(bool promise)
{
    if (!promise)
        std::abort();
}

// Raw slices of libFuzzer's buffer rather than copies: a parser reading one byte past its
// input (relying on a terminating NUL, say) is then an AddressSanitizer report.
QByteArray takeLine(const char **data, const char *end)
{
    const char *lineEnd = *data;
    while (lineEnd != end && *lineEnd != '\n')
        ++lineEnd;
    const QByteArray line = QByteArray::fromRawData(*data, lineEnd - *data);
    *data = lineEnd == end ? end : lineEnd + 1;
    return line;
}

// The detail never carries server text: at most the status number (see ZApiReplies.h).
void checkError(const Error &error, const ZApiAnswer &answer)
{
    require(error.detail.isEmpty() || error.detail == QString::number(answer.httpStatus));
    if (error.code == ErrorCode::RateLimited)
        require(error.retryAfterSeconds >= -1 && error.retryAfterSeconds <= maximumRetryAfterSeconds);
    else
        require(error.retryAfterSeconds == -1);
}

bool isPrintableText(const QString &text)
{
    for (const char32_t c : text.toUcs4()) {
        if (!QChar::isPrint(c) && c != U' ')
            return false;
    }
    return true;
}

// Text from the server that is shown: printable, and no longer than a server message.
bool isShownText(const QString &text)
{
    return text.size() <= maximumServerMessageUnits && isPrintableText(text);
}

bool isDigits(const QString &text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

void checkDeviceInfo(const DeviceInfo &device)
{
    require(isShownText(device.serverMessage) && isShownText(device.name) && isShownText(device.deviceModel)
            && isShownText(device.originalDevice));
    if (!device.connected) {
        // Nobody linked: nothing about a device.
        require(device.phone.isEmpty() && device.name.isEmpty() && device.deviceModel.isEmpty()
                && device.originalDevice.isEmpty() && !device.isBusiness);
        return;
    }
    require(device.phone.size() >= 6 && device.phone.size() <= 20 && isDigits(device.phone));
    require(device.serverMessage.isEmpty());
}

// Numbers that agree with each other, and credentials that can go into a request.
void checkAccountPage(const AccountPage &page)
{
    require(page.page >= 1 && page.pageSize >= 0 && page.totalPages >= 0 && page.total >= 0);
    require(page.instances.size() <= page.pageSize && page.instances.size() <= page.total);
    require(page.totalPages <= qMax<qint64>(1, page.total));
    QSet<QString> instanceIds;
    for (const AccountInstance &instance : page.instances) {
        require(!Validation::checkInstanceId(instance.instanceId));
        require(!Validation::checkInstanceToken(instance.instanceToken));
        require(!instanceIds.contains(instance.instanceId));
        instanceIds.insert(instance.instanceId);
        require(isShownText(instance.name) && isShownText(instance.paymentStatus));
        require(!instance.due.isValid() || (instance.due.timeSpec() == Qt::UTC && instance.due.toMSecsSinceEpoch() > 0));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const char *data = reinterpret_cast<const char *>(bytes);
    const char *end = data + size;
    ZApiAnswer answer;
    answer.httpStatus = takeLine(&data, end).trimmed().toInt();
    answer.retryAfter = takeLine(&data, end);
    answer.serverDateMs = ZApiReplies::parseHttpDate(takeLine(&data, end));
    answer.body = QByteArray::fromRawData(data, end - data);
    answer.receivedAtMs = receivedAtMs;

    const Error status = ZApiReplies::statusError(answer);
    checkError(status, answer);
    require(status.isError() != (answer.httpStatus >= 200 && answer.httpStatus < 300));
    const Error partnerStatus = ZApiReplies::partnerStatusError(answer);
    checkError(partnerStatus, answer);
    require(partnerStatus.isError() == status.isError());
    ZApiReplies::clockSkewMs(answer);

    ExtensionCode code;
    if (const Error error = ZApiReplies::parseExtensionCode(answer, &code)) {
        checkError(error, answer);
    } else {
        require(!code.code.isEmpty() && code.code.size() <= maximumCodeLength);
        // Still valid on arrival, and not for longer than a code is ever issued for.
        const qint64 remainingMs = code.remainingMs(receivedAtMs);
        require(remainingMs > 0 && remainingMs <= ZApiReplies::maximumCodeLifetimeMs);
        require(code.lifetimeMs() == remainingMs);
    }

    InstanceStatus instanceStatus;
    if (const Error error = ZApiReplies::parseInstanceStatus(answer, &instanceStatus)) {
        checkError(error, answer);
    } else {
        require(instanceStatus.serverMessage.size() <= maximumServerMessageUnits);
        require(isPrintableText(instanceStatus.serverMessage));
    }

    QrCode qrCode;
    if (const Error error = ZApiReplies::parseQrCode(answer, &qrCode))
        checkError(error, answer);
    else
        require(qrCode.png.startsWith("\x89PNG\r\n\x1a\n"));

    PhoneCode phoneCode;
    if (const Error error = ZApiReplies::parsePhoneCode(answer, &phoneCode))
        checkError(error, answer);
    else
        require(!phoneCode.code.isEmpty() && phoneCode.code.size() <= maximumCodeLength);

    DeviceInfo device;
    if (const Error error = ZApiReplies::parseDeviceInfo(answer, &device))
        checkError(error, answer);
    else
        checkDeviceInfo(device);

    bool done = false;
    if (const Error error = ZApiReplies::parseRestart(answer, &done))
        checkError(error, answer);
    if (const Error error = ZApiReplies::parseDisconnect(answer, &done))
        checkError(error, answer);

    AccountPage page;
    if (const Error error = ZApiReplies::parseAccountPage(answer, &page))
        checkError(error, answer);
    else
        checkAccountPage(page);
    return 0;
}
