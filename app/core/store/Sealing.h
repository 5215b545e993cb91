#pragma once

#include "util/SecureBytes.h"

#include <QByteArray>
#include <QString>

namespace PartnerDesk::Sealing {

// How each secret is kept in the database: version || nonce || XChaCha20-Poly1305(value).
// The associated data names the table, the column, the row and the version, so a sealed
// value copied into another row or column (or another version's layout) fails
// authentication instead of being read as that row's secret.
constexpr std::size_t keySize = 32;
// The format version written today; it is part of every sealed value and its associated data.
constexpr char formatVersion = 1;

// What a sealed value belongs to, e.g. {"instance_credentials", "sealed_token", "<uuid>"}.
struct Binding
{
    QString table;
    QString column;
    QString row;
};

QByteArray seal(const QByteArray &plain, const Binding &binding, const SecureBytes &key);
// False for anything but an authentic value sealed with this key for this binding.
bool open(const QByteArray &sealed, const Binding &binding, const SecureBytes &key, QByteArray *plain);

// A keyed hash (BLAKE2b) of an instance ID: finds the instance holding an ID, and keeps an ID
// from being saved twice, without unsealing any row. Useless to anyone without the key. Its
// own key is derived from the vault key once (tagKey), not for every ID.
SecureBytes tagKey(const SecureBytes &key);
QByteArray instanceIdTag(const QString &instanceId, const SecureBytes &tagKey);

// A value sealed with the key when it is made: opening it tells whether a key read from the
// keychain is the one this database was sealed with.
QByteArray keyCheck(const SecureBytes &key);
bool matchesKeyCheck(const QByteArray &check, const SecureBytes &key);

// A key and its derived tag key, for the work of one open vault. Immutable: a worker thread
// (a long import) seals with it while the window goes on; one replaced by "start over" lives
// until the last user lets go.
class Sealer
{
public:
    explicit Sealer(SecureBytes key) : m_key(std::move(key)), m_tagKey(tagKey(m_key)) {}
    QByteArray seal(const QByteArray &plain, const Binding &binding) const { return Sealing::seal(plain, binding, m_key); }
    bool open(const QByteArray &sealed, const Binding &binding, QByteArray *plain) const
    {
        return Sealing::open(sealed, binding, m_key, plain);
    }
    QByteArray instanceIdTag(const QString &instanceId) const { return Sealing::instanceIdTag(instanceId, m_tagKey); }

private:
    SecureBytes m_key;
    SecureBytes m_tagKey;
};

} // namespace PartnerDesk::Sealing
