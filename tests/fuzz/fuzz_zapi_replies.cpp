// libFuzzer harness for ZApiReplies: everything a Z-API server controls in an answer goes
// through every parser, the way ZApiClient hands it over.
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

#include "zapi/ZApiReplies.h"

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
    return 0;
}
