#include "PhoneNumbers.h"

#include <QLocale>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <set>
#include <string>

namespace PartnerDesk::PhoneNumbers {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;
using LibraryNumber = i18n::phonenumbers::PhoneNumber;

// Thread-safe, and built once: the import parses on a thread of its own.
const PhoneNumberUtil &library()
{
    return *PhoneNumberUtil::GetInstance();
}

QString formatted(const LibraryNumber &number, PhoneNumberUtil::PhoneNumberFormat format)
{
    std::string text;
    library().Format(number, format, &text);
    return QString::fromStdString(text);
}

} // namespace

QString defaultRegion()
{
    return QStringLiteral("BR");
}

Error parse(const QString &typed, const QString &region, PhoneNumber *number)
{
    const QString text = typed.simplified();
    LibraryNumber parsed;
    switch (library().Parse(text.toStdString(), region.toStdString(), &parsed)) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return Error(ErrorCode::PhoneCountryCodeUnknown, text);
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return Error(ErrorCode::PhoneTooShort, text);
    case PhoneNumberUtil::TOO_LONG_NSN:
        return Error(ErrorCode::PhoneTooLong, text);
    case PhoneNumberUtil::NOT_A_NUMBER:
        return ErrorCode::InvalidPhone;
    }

    // Formatted only for a refusal: on every row of a large import it would cost a quarter more.
    const auto understood = [&parsed] { return formatted(parsed, PhoneNumberUtil::INTERNATIONAL); };
    switch (library().IsPossibleNumberWithReason(parsed)) {
    case PhoneNumberUtil::IS_POSSIBLE:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return Error(ErrorCode::PhoneCountryCodeUnknown, understood());
    // Only dialable inside its area: the area code is missing.
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
    case PhoneNumberUtil::TOO_SHORT:
        return Error(ErrorCode::PhoneTooShort, understood());
    case PhoneNumberUtil::TOO_LONG:
        return Error(ErrorCode::PhoneTooLong, understood());
    case PhoneNumberUtil::INVALID_LENGTH:
        return Error(ErrorCode::PhoneNotValid, understood());
    }
    PhoneNumber result;
    switch (library().GetNumberType(parsed)) {
    case PhoneNumberUtil::UNKNOWN: // not in the country's numbering plan: what IsValidNumber() checks
        return Error(ErrorCode::PhoneNotValid, understood());
    case PhoneNumberUtil::MOBILE:
        result.kind = PhoneNumber::Kind::Mobile;
        break;
    case PhoneNumberUtil::FIXED_LINE:
        result.kind = PhoneNumber::Kind::Landline;
        break;
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE: // where the number does not tell (the US)
        result.kind = PhoneNumber::Kind::MobileOrLandline;
        break;
    case PhoneNumberUtil::VOIP:
        result.kind = PhoneNumber::Kind::Voip;
        break;
    default: // toll-free, premium rate, shared cost, pager, voicemail...: nobody's WhatsApp
        return Error(ErrorCode::PhoneNotForWhatsApp, understood());
    }
    if (parsed.has_extension())
        return Error(ErrorCode::PhoneWithExtension, understood());
    result.e164 = formatted(parsed, PhoneNumberUtil::E164);
    std::string regionCode;
    library().GetRegionCodeForNumber(parsed, &regionCode);
    result.region = QString::fromStdString(regionCode);
    *number = result;
    return {};
}

QString display(const QString &stored)
{
    LibraryNumber parsed;
    // Stored numbers carry their country code, so no default country is needed.
    if (library().Parse(stored.toStdString(), "ZZ", &parsed) != PhoneNumberUtil::NO_PARSING_ERROR
        || !library().IsValidNumber(parsed))
        return stored;
    return formatted(parsed, PhoneNumberUtil::INTERNATIONAL);
}

bool isE164(const QString &text)
{
    return text.startsWith(u'+') && text.size() >= 9 && text.size() <= 16 && digitsOf(text).size() == text.size() - 1;
}

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9')
            digits.append(c);
    }
    return digits;
}

bool isNumberFragment(const QString &word)
{
    bool hasDigit = false;
    for (const QChar c : word) {
        if (c >= u'0' && c <= u'9')
            hasDigit = true;
        else if (!QStringView(u"+-().").contains(c))
            return false;
    }
    return hasDigit;
}

QStringList searchDigits(const QString &written, const QString &region)
{
    const QString digits = digitsOf(written);
    PhoneNumber number;
    // Digits contained in the international ones find whatever those would.
    if (parse(written, region, &number) || number.digits().contains(digits))
        return {digits};
    return {digits, number.digits()};
}

QList<PhoneRegion> regions()
{
    std::set<std::string> codes;
    library().GetSupportedRegions(&codes);
    QList<PhoneRegion> result;
    result.reserve(qsizetype(codes.size()));
    for (const std::string &code : codes) {
        PhoneRegion region;
        region.code = QString::fromStdString(code);
        region.name = regionName(region.code);
        region.callingCode = library().GetCountryCodeForRegion(code);
        result.append(region);
    }
    std::sort(result.begin(), result.end(), [](const PhoneRegion &a, const PhoneRegion &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return result;
}

// ICU and not Qt: QLocale::territoryToString knows only the English names.
QString regionName(const QString &code)
{
    const icu::Locale region("", code.toLatin1().constData());
    const icu::Locale language(QLocale().name().toLatin1().constData());
    icu::UnicodeString name;
    region.getDisplayCountry(language, name);
    if (name.isBogus() || name.isEmpty())
        return code;
    return QString(reinterpret_cast<const QChar *>(name.getBuffer()), name.length());
}

bool isKnownRegion(const QString &code)
{
    std::set<std::string> codes;
    library().GetSupportedRegions(&codes);
    return codes.count(code.toStdString()) > 0;
}

} // namespace PartnerDesk::PhoneNumbers
