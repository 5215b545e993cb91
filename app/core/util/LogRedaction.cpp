#include "LogRedaction.h"

#include <QHash>
#include <QMutex>
#include <QSet>

namespace PartnerDesk::LogRedaction {

namespace {

const QString replacement = QStringLiteral("[secret]");

// Secrets indexed by their first four UTF-16 units, so a message is scanned once whatever the
// number of secrets (thousands with a large vault) instead of once per secret.
using Prefix = quint64;

Prefix prefixAt(QStringView text, qsizetype at)
{
    Prefix prefix = 0;
    for (qsizetype i = 0; i < 4; ++i)
        prefix = prefix << 16 | text.at(at + i).unicode();
    return prefix;
}

class Registry
{
public:
    void remember(const QString &secret)
    {
        if (secret.size() < minimumSecretLength)
            return;
        QMutexLocker lock(&m_mutex);
        if (m_secrets.contains(secret))
            return;
        m_secrets.insert(secret);
        m_byPrefix[prefixAt(secret, 0)].append(secret);
    }

    QString redacted(const QString &message) const
    {
        QMutexLocker lock(&m_mutex);
        if (m_secrets.isEmpty() || message.size() < minimumSecretLength)
            return message;
        QString result;
        qsizetype copiedUpTo = 0;
        qsizetype at = 0;
        while (at + minimumSecretLength <= message.size()) {
            const QString *match = nullptr;
            const auto candidates = m_byPrefix.constFind(prefixAt(message, at));
            if (candidates != m_byPrefix.cend()) {
                // The longest match, so a secret that starts with another one is replaced whole.
                for (const QString &secret : *candidates) {
                    if ((!match || secret.size() > match->size()) && QStringView(message).mid(at).startsWith(secret))
                        match = &secret;
                }
            }
            if (!match) {
                ++at;
                continue;
            }
            result += QStringView(message).mid(copiedUpTo, at - copiedUpTo);
            result += replacement;
            at += match->size();
            copiedUpTo = at;
        }
        if (copiedUpTo == 0)
            return message;
        result += QStringView(message).mid(copiedUpTo);
        return result;
    }

private:
    mutable QMutex m_mutex;
    QSet<QString> m_secrets;
    QHash<Prefix, QStringList> m_byPrefix;
};

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
    previousHandler = qInstallMessageHandler(redactingHandler);
}

} // namespace PartnerDesk::LogRedaction
