#pragma once

#include "Error.h"

#include <QList>
#include <QString>

namespace PartnerDesk {

// A phone number understood by libphonenumber and fit for WhatsApp: one international number,
// whichever way it was typed. Made by PhoneNumbers::parse().
struct PhoneNumber
{
    // What WhatsApp can be on. A landline counts: WhatsApp Business runs on them.
    enum class Kind { Mobile, Landline, MobileOrLandline, Voip };

    QString e164;   // "+5511987654321": what is stored (display() shows it)
    QString region; // "BR": the country it belongs to
    Kind kind = Kind::Mobile;

    // "5511987654321": what Z-API's phone-code request takes. WhatsApp reads the country from
    // the first digits, so they are always there ("31988776655" would be the Netherlands).
    QString digits() const { return e164.mid(1); }
};

// A country as the default for numbers typed without a country code.
struct PhoneRegion
{
    QString code;        // "BR"
    QString name;        // "Brazil"
    int callingCode = 0; // 55
};

namespace PhoneNumbers {

// Z-API is Brazilian, and so are most of its partners' customers.
QString defaultRegion();

// A number as people type it: spaces, dashes, dots, parentheses, a leading + or 00, the trunk
// 0 and carrier prefixes ("0 21 11 98765-4321"), with or without the country code; one
// without a country code belongs to `region` ("BR"). Fills `number`, or says what was
// understood and why it cannot be a WhatsApp number (too short, too long, not in the
// country's numbering plan, an extension, a toll-free or premium-rate number...).
Error parse(const QString &typed, const QString &region, PhoneNumber *number);

// How a stored phone is shown: in international format ("+55 11 98765-4321"). A phone kept
// as it was typed because it could not be understood is shown as it is.
QString display(const QString &stored);

// Whether `text` is written as parse() stores a number: + and 8 to 15 digits, nothing else.
// Says nothing of whether it is a valid number; only parse() can tell that.
bool isE164(const QString &text);

// The ASCII digits of `text`: "+55 (11) 98765-4321" -> "5511987654321".
QString digitsOf(const QString &text);

// Whether a search word may be (part of) a phone number as people write it: digits with
// + - ( ) . around them ("+55", "(11)", "98765-4321").
bool isNumberFragment(const QString &word);

// The digits a stored phone can be found by when `written` ("(11) 98765-4321", "0 11
// 98765-4321", "98765") is searched for: its own digits, and, when it is a whole number of
// `region` written with prefixes or without the country code, its international digits.
QStringList searchDigits(const QString &written, const QString &region);

// Every country libphonenumber knows, by name.
QList<PhoneRegion> regions();
bool isKnownRegion(const QString &code);
// The country's name in the language of the default QLocale (the interface's): "Brasil" for
// "BR" in Portuguese and Spanish, "Brazil" in English; the code itself for an unknown one.
QString regionName(const QString &code);

} // namespace PhoneNumbers

} // namespace PartnerDesk
