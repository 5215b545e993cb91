#include "LogRedaction.h"

#include <QByteArray>
#include <QDebug>
#include <QHash>
#include <QList>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <sodium.h>

#include <algorithm>
#include <cstring>
#include <mutex>

#ifdef Q_OS_LINUX
#include <dlfcn.h>
#endif

namespace PartnerDesk::LogRedaction {

namespace {

Q_LOGGING_CATEGORY(lcGlib, "partnerdesk.glib")

const QString replacement = QStringLiteral("[secret]");

// What `qDebug() << value` writes for a string or bytes, without the quotes around it: '"' and
// '\' escaped, and what is not printable as \n, \uXXXX or (bytes) \xNN. Asked of QDebug itself,
// so the form follows whatever the Qt in use prints.
template <typename Value>
QString debugQuoted(const Value &value)
{
    QString printed;
    QDebug(&printed).nospace() << value;
    return printed.mid(1, printed.size() - 2);
}

bool printsUnescaped(QChar c)
{
    return c.isPrint() && c != u'"' && c != u'\\';
}

// What QUrl::toPercentEncoding writes, with the hexadecimal digits in lower case as some other
// encoders write them.
QString withLowerCaseEscapes(const QByteArray &percentEncoded)
{
    QByteArray lower = percentEncoded;
    for (qsizetype i = 0; i + 2 < lower.size(); ++i) {
        if (lower.at(i) == '%') {
            lower[i + 1] = char(QChar::toLower(char16_t(lower.at(i + 1))));
            lower[i + 2] = char(QChar::toLower(char16_t(lower.at(i + 2))));
        }
    }
    return QString::fromLatin1(lower);
}

// Every form in which a message can carry the secret: as it is; as QDebug quotes a QString or a
// QByteArray of it; percent-encoded; hex; base64 and base64url, with and without padding, and
// the part of it that stays the same wherever the secret sits in longer base64 (a Basic
// Authorization header encodes "user:secret"). Encodings of the secret inside other encodings
// are left out: no message has been seen to need them, and each form costs memory per secret.
QStringList formsOf(const QString &secret)
{
    QStringList forms{secret};
    if (!std::all_of(secret.cbegin(), secret.cend(), printsUnescaped))
        forms.append(debugQuoted(secret));
    const QByteArray utf8 = secret.toUtf8();
    if (!std::all_of(utf8.cbegin(), utf8.cend(), [](char c) { return c >= 0x20 && c < 0x7F && c != '"' && c != '\\'; }))
        forms.append(debugQuoted(utf8));
    const QByteArray percentEncoded = QUrl::toPercentEncoding(secret);
    forms.append(QString::fromLatin1(percentEncoded));
    forms.append(withLowerCaseEscapes(percentEncoded));
    const QByteArray hex = utf8.toHex();
    forms.append(QString::fromLatin1(hex));
    forms.append(QString::fromLatin1(hex.toUpper()));
    for (const QByteArray::Base64Options alphabet : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        forms.append(QString::fromLatin1(utf8.toBase64(alphabet)));
        forms.append(QString::fromLatin1(utf8.toBase64(alphabet | QByteArray::OmitTrailingEquals)));
        // After `before` other bytes: the characters made of the secret's bits alone, from the
        // first one past the other bytes' bits to the last one the secret's bytes fill.
        for (int before = 0; before < 3; ++before) {
            const QByteArray encoded = (QByteArray(before, '\0') + utf8).toBase64(alphabet | QByteArray::OmitTrailingEquals);
            const qsizetype first = (before * 8 + 5) / 6;
            const qsizetype end = (before + utf8.size()) * 8 / 6;
            // A fragment this short could be anything inside a long base64 text.
            if (end - first >= minimumSecretLength)
                forms.append(QString::fromLatin1(encoded.mid(first, end - first)));
        }
    }
    forms.removeDuplicates();
    return forms;
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber();
}

// A secret is known by keyed hashes only (SipHash-2-4 under a key made for this process): a
// plain copy kept for the life of the process would sit in every core dump and in
// /proc/PID/mem long after the work that needed it. That is also why every form of a secret is
// worked out when it is remembered, not when a message is redacted.
// Forms at least minimumSecretLength UTF-16 units long are indexed by the hash of their first
// minimumSecretLength units, so a message is scanned once whatever the number of secrets
// (thousands with a large vault) instead of once per secret. Shorter ones are only looked for
// where a word starts, one hash per length in use.
using Hash = quint64;

struct Known
{
    qsizetype length; // in UTF-16 units
    Hash hash;        // of the whole form
};

class Registry
{
public:
    Registry()
    {
        if (sodium_init() < 0)
            qFatal("libsodium could not be initialised");
        crypto_shorthash_keygen(m_key);
    }

    void remember(const QString &secret)
    {
        // Nothing is a secret for being blank, and "[secret]" for every space would leave no log.
        if (secret.trimmed().isEmpty())
            return;
        // A sync remembers every instance's credentials again each time: only the first time
        // pays for the forms.
        const Hash whole = hash(secret);
        {
            QMutexLocker lock(&m_mutex);
            if (m_remembered.contains(whole))
                return;
        }
        const QStringList forms = formsOf(secret);
        QList<std::pair<Hash, Known>> indexed;
        QList<Hash> shortForms;
        quint32 shortLengths = 0;
        for (const QString &form : forms) {
            if (form.size() >= minimumSecretLength) {
                indexed.append({hash(QStringView(form).first(minimumSecretLength)), Known{form.size(), hash(form)}});
            } else {
                shortForms.append(hash(form));
                shortLengths |= 1u << form.size();
            }
        }
        QMutexLocker lock(&m_mutex);
        m_remembered.insert(whole);
        // No check for a form already there: two secrets rarely share one, a second copy only
        // costs its 16 bytes, and the check was quadratic for secrets that share a start.
        for (const auto &[prefix, known] : indexed) {
            const auto first = m_firstByPrefix.constFind(prefix);
            if (first == m_firstByPrefix.cend())
                m_firstByPrefix.insert(prefix, known);
            else
                m_moreByPrefix[prefix].append(known);
        }
        for (const Hash form : shortForms)
            m_shortWords.insert(form);
        m_shortLengths |= shortLengths;
    }

    QString redacted(const QString &message) const
    {
        QMutexLocker lock(&m_mutex);
        if (m_remembered.isEmpty() || message.isEmpty())
            return message;
        QString result;
        qsizetype copiedUpTo = 0;
        qsizetype at = 0;
        const QStringView text(message);
        const qsizetype size = text.size();
        while (at < size) {
            qsizetype matched = 0;
            if (at + minimumSecretLength <= size) {
                const Hash prefix = hash(text.mid(at, minimumSecretLength));
                const auto first = m_firstByPrefix.constFind(prefix);
                if (first != m_firstByPrefix.cend()) {
                    // The longest match, so a secret that starts with another one is replaced whole.
                    const auto matches = [&](const Known &known) {
                        if (known.length > matched && at + known.length <= size
                            && hash(text.mid(at, known.length)) == known.hash)
                            matched = known.length;
                    };
                    matches(*first);
                    const auto more = m_moreByPrefix.constFind(prefix);
                    if (more != m_moreByPrefix.cend())
                        std::for_each(more->cbegin(), more->cend(), matches);
                }
            }
            if (matched == 0 && m_shortLengths != 0 && (at == 0 || !isWordCharacter(text.at(at - 1)))) {
                for (qsizetype length = minimumSecretLength - 1; length > 0 && matched == 0; --length) {
                    if ((m_shortLengths & (1u << length)) && at + length <= size
                        && (at + length == size || !isWordCharacter(text.at(at + length)))
                        && m_shortWords.contains(hash(text.mid(at, length))))
                        matched = length;
                }
            }
            if (matched == 0) {
                ++at;
                continue;
            }
            result += text.mid(copiedUpTo, at - copiedUpTo);
            result += replacement;
            at += matched;
            copiedUpTo = at;
        }
        if (copiedUpTo == 0)
            return message;
        result += text.mid(copiedUpTo);
        return result;
    }

private:
    Hash hash(QStringView text) const
    {
        unsigned char out[crypto_shorthash_BYTES];
        crypto_shorthash(out, reinterpret_cast<const unsigned char *>(text.utf16()),
                         static_cast<unsigned long long>(text.size()) * sizeof(char16_t), m_key);
        Hash value = 0;
        std::memcpy(&value, out, sizeof value);
        return value;
    }

    unsigned char m_key[crypto_shorthash_KEYBYTES];
    mutable QMutex m_mutex;
    QSet<Hash> m_remembered; // every secret, whole
    // By the hash of the first minimumSecretLength units: one form in the first table, and only
    // the rare others with the same start in a list (a list for every form tripled the memory).
    QHash<Hash, Known> m_firstByPrefix;
    QHash<Hash, QList<Known>> m_moreByPrefix;
    QSet<Hash> m_shortWords;
    quint32 m_shortLengths = 0; // bit n: a form n units long is in m_shortWords
};
static_assert(minimumSecretLength < 32, "m_shortLengths has a bit per short length");

Registry &registry()
{
    static Registry instance;
    return instance;
}

QtMessageHandler previousHandler = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    previousHandler(type, context, registry().redacted(message));
}

#ifdef Q_OS_LINUX
// libsecret (under QtKeychain) and GLib itself log through GLib, whose default writer prints
// straight to stderr or the journal: past the handler above. GLib lets a program put one writer
// in its place, which hands every message to Qt's logging here, under partnerdesk.glib.
// GLib is looked up in the process rather than linked: it is there whenever Qt (its event loop)
// or libsecret is, and when it is not, nothing can log through it. So the build needs no GLib
// headers; the declarations below are GLib's (glib/gmessages.h), stable since GLib 2.50.
namespace GLib {

struct LogField
{
    const char *key;
    const void *value;
    ssize_t length; // -1: a NUL-terminated string
};
using WriterFunction = int (*)(int level, const LogField *fields, size_t fieldCount, void *userData);
using SetWriterFunction = void (*)(WriterFunction writer, void *userData, void (*freeUserData)(void *));
using WouldDropFunction = int (*)(int level, const char *domain);

constexpr int writerHandled = 1;
constexpr int levelError = 1 << 2;
constexpr int levelCritical = 1 << 3;
constexpr int levelWarning = 1 << 4;
constexpr int levelMessage = 1 << 5;
constexpr int levelInfo = 1 << 6;
constexpr int levelDebug = 1 << 7;

WouldDropFunction defaultWriterWouldDrop = nullptr;

QString fieldText(const LogField &field)
{
    const char *text = static_cast<const char *>(field.value);
    return field.length < 0 ? QString::fromUtf8(text) : QString::fromUtf8(text, field.length);
}

int writeThroughQt(int level, const LogField *fields, size_t fieldCount, void *)
{
    QString domain;
    QString message;
    for (size_t i = 0; i < fieldCount; ++i) {
        if (std::strcmp(fields[i].key, "MESSAGE") == 0)
            message = fieldText(fields[i]);
        else if (std::strcmp(fields[i].key, "GLIB_DOMAIN") == 0)
            domain = fieldText(fields[i]);
    }
    // What GLib's own writer would have kept quiet (debug unless G_MESSAGES_DEBUG asks for it)
    // stays quiet: the route changes where messages go, not which.
    const QByteArray domainBytes = domain.toUtf8();
    if (defaultWriterWouldDrop && defaultWriterWouldDrop(level, domain.isEmpty() ? nullptr : domainBytes.constData()))
        return writerHandled;
    const QString text = domain.isEmpty() ? message : domain + QStringLiteral(": ") + message;
    // An error is fatal: GLib aborts once its writer returns, after Qt's handler has had it.
    if (level & (levelError | levelCritical))
        qCCritical(lcGlib).noquote() << text;
    else if (level & levelWarning)
        qCWarning(lcGlib).noquote() << text;
    else if (level & (levelMessage | levelInfo))
        qCInfo(lcGlib).noquote() << text;
    else if (level & levelDebug)
        qCDebug(lcGlib).noquote() << text;
    else
        qCWarning(lcGlib).noquote() << text;
    return writerHandled;
}

// GLib takes a writer once per process and aborts on a second one.
void routeThroughQt()
{
    const auto setWriter = reinterpret_cast<SetWriterFunction>(dlsym(RTLD_DEFAULT, "g_log_set_writer_func"));
    if (!setWriter)
        return;
    // Since GLib 2.68; without it every message is passed on and Qt's categories decide.
    defaultWriterWouldDrop = reinterpret_cast<WouldDropFunction>(dlsym(RTLD_DEFAULT, "g_log_writer_default_would_drop"));
    setWriter(writeThroughQt, nullptr, nullptr);
}

} // namespace GLib
#endif

} // namespace

void remember(const QString &secret)
{
    registry().remember(secret);
}

QString redacted(const QString &message)
{
    return registry().redacted(message);
}

void install()
{
    // Qt returns its default handler when none was installed, so there is always one to call.
    // Installed again (a test that put its own handler in between), it chains in front of that.
    const QtMessageHandler current = qInstallMessageHandler(redactingHandler);
    if (current != redactingHandler)
        previousHandler = current;
#ifdef Q_OS_LINUX
    static std::once_flag glibRouted;
    std::call_once(glibRouted, GLib::routeThroughQt);
#endif
}

} // namespace PartnerDesk::LogRedaction
