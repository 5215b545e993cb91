#pragma once

// The changes partnerdesk-store-writer makes in `crash` mode, one numbered step after the
// other, and the state they lead to: the writer and core.crashsafety both include this, so
// the test knows what the database must hold after any step without asking the writer.
//
// A step depends only on its number and on which instances are present, so a writer started
// again reads the presence from the database (the state on disk) and carries on with the
// same changes the test predicts. Instances are "identities" 0..poolSize-1: identity k always
// has the instance ID instanceIdFor(k), whose last four characters (the stored idSuffix) are
// k in hexadecimal, so each stored row tells which identity it is.

#include "store/InstanceRecord.h"
#include "store/Sealing.h"
#include "store/VaultKeyStore.h"
#include "util/Clock.h"
#include "util/SecureBytes.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

namespace PartnerDesk::StoreWriter {

// At most this many instances: imports of a few hundred rows then mostly update, and the
// database stays the size of a real roster instead of growing with every import.
constexpr int poolSize = 500;

// A fixed key instead of the keychain: the writer is started hundreds of times, and reading
// the key from gnome-keyring at every start would cost a D-Bus round trip each time and add
// a second process (the keyring daemon) to what a kill can interrupt. The database's
// transactions are what this test is about; the keychain has its own tests.
inline SecureBytes fixedKey()
{
    QByteArray bytes(int(Sealing::keySize), Qt::Uninitialized);
    for (int i = 0; i < bytes.size(); ++i)
        bytes[i] = char(0x51 + i);
    return SecureBytes::fromByteArray(bytes);
}

class FixedVaultKeyStore final : public VaultKeyStore
{
public:
    void readKey(QObject *, ReadCallback done) override { done({}, true, fixedKey()); }
    // Never asked: the key is always found.
    void writeKey(const SecureBytes &, QObject *, WriteCallback done) override
    {
        done(Error(ErrorCode::VaultWriteFailed, QStringLiteral("the fixed key store is read-only")));
    }
    // Never asked either: nothing here starts over.
    std::unique_ptr<VaultKeyStore> keptEntry(const QString &) const override { return std::make_unique<FixedVaultKeyStore>(); }
};

// "now" for step n: status changes record it, so the test can predict status_checked_at.
class StepClock final : public Clock
{
public:
    qint64 currentMSecsSinceEpoch() const override { return m_msecs; }
    void setStep(int n) { m_msecs = timeOfStep(n); }
    static qint64 timeOfStep(int n) { return 1795000000000 + qint64(n) * 1000; }

private:
    qint64 m_msecs = timeOfStep(0);
};

inline QString instanceIdFor(int identity)
{
    return QStringLiteral("3C0A9F0B7E6D5C4B3A2F1E0D9C8B%1").arg(identity, 4, 16, QLatin1Char('0')).toUpper();
}

// The identity a stored record belongs to (its idSuffix is "…" and the ID's last four), or -1.
inline int identityOf(const InstanceRecord &record)
{
    bool ok = false;
    const int identity = record.idSuffix.right(4).toInt(&ok, 16);
    return ok && record.idSuffix.size() == 5 ? identity : -1;
}

inline QString tokenFor(int identity, int step)
{
    return QStringLiteral("T%1N%2F0E1D2C3B4A5968778695A4B3C2D1E").arg(identity).arg(step);
}

// As the repository stores it: one international number (E.164).
inline QString phoneFor(int identity, int step)
{
    return QStringLiteral("+55119%1").arg((qint64(identity) * 7919 + step) % 100000000, 8, 10, QLatin1Char('0'));
}

// What the list keeps of one instance, and its token (the ID follows from the identity).
struct Instance
{
    QString name;
    QString phone;
    QString notes;
    ConnectionStatus status = ConnectionStatus::Unknown;
    qint64 statusCheckedAt = 0; // 0: never
    QString token;

    // The token is checked separately, on a sample: reading it needs the vault.
    bool sameListEntry(const Instance &other) const
    {
        return name == other.name && phone == other.phone && notes == other.notes && status == other.status
            && statusCheckedAt == other.statusCheckedAt;
    }
};

using State = QMap<int, Instance>; // by identity

struct Step
{
    enum Kind { Add, Edit, EditWithSecrets, SetStatus, Remove, Import };
    int n = 0;
    Kind kind = Add;
    int identity = -1;       // all but Import
    QList<int> identities;   // Import: one row each, in this order
    ConnectionStatus status = ConnectionStatus::Unknown; // SetStatus
};

inline const char *kindName(Step::Kind kind)
{
    switch (kind) {
    case Step::Add:
        return "add";
    case Step::Edit:
        return "edit";
    case Step::EditWithSecrets:
        return "edit+secrets";
    case Step::SetStatus:
        return "status";
    case Step::Remove:
        return "remove";
    case Step::Import:
        return "import";
    }
    return "?";
}

// splitmix64: the same numbers on every platform and in both processes.
inline quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// Step n, given the identities present before it (ascending).
inline Step stepFor(int n, const QList<int> &present)
{
    const quint64 h = mix(quint64(n));
    const quint64 pick = mix(h);
    Step step;
    step.n = n;
    const int count = int(present.size());
    const int roll = int(h % 100);
    if (count < 3 || (roll < 30 && count < poolSize))
        step.kind = Step::Add;
    else if (roll < 38)
        step.kind = Step::Edit;
    else if (roll < 46)
        step.kind = Step::EditWithSecrets;
    else if (roll < 66)
        step.kind = Step::SetStatus;
    else if (roll < 92)
        step.kind = Step::Remove;
    else
        step.kind = Step::Import;

    switch (step.kind) {
    case Step::Add: {
        // The pick-th absent identity.
        int skip = int(pick % quint64(poolSize - count));
        int candidate = 0;
        for (int i = 0;; ++candidate) {
            while (i < count && present.at(i) < candidate)
                ++i;
            if (i < count && present.at(i) == candidate)
                continue;
            if (skip-- == 0)
                break;
        }
        step.identity = candidate;
        break;
    }
    case Step::Edit:
    case Step::EditWithSecrets:
    case Step::SetStatus:
    case Step::Remove:
        step.identity = present.at(int(pick % quint64(count)));
        step.status = ConnectionStatus(int((pick >> 32) % 3));
        break;
    case Step::Import: {
        const int first = int((pick >> 8) % poolSize);
        const int rows = 200 + int((pick >> 24) % 200);
        for (int i = 0; i < rows; ++i)
            step.identities.append((first + i) % poolSize);
        break;
    }
    }
    return step;
}

// The values step n writes for `identity` (adds, edits and imports).
inline Instance writtenBy(const Step &step, int identity)
{
    Instance instance;
    const int n = step.n;
    switch (step.kind) {
    case Step::Add:
        instance.name = QStringLiteral("Ótica #%1 · incluída no passo %2").arg(identity).arg(n);
        instance.notes = n % 3 == 0 ? QStringLiteral("nota do passo %1\nsegunda linha").arg(n) : QString();
        break;
    case Step::Edit:
    case Step::EditWithSecrets:
        instance.name = QStringLiteral("Cliente #%1 · editado no passo %2").arg(identity).arg(n);
        instance.notes = QStringLiteral("editado no passo %1").arg(n);
        break;
    case Step::Import:
        instance.name = QStringLiteral("Importado #%1 · passo %2").arg(identity).arg(n);
        instance.notes = identity % 5 == 0 ? QStringLiteral("importação %1").arg(n) : QString();
        break;
    case Step::SetStatus:
    case Step::Remove:
        break;
    }
    instance.phone = phoneFor(identity, n);
    instance.token = tokenFor(identity, n);
    return instance;
}

// What the state is after `step`, applied to the state before it.
inline void apply(const Step &step, State *state)
{
    switch (step.kind) {
    case Step::Add:
        state->insert(step.identity, writtenBy(step, step.identity));
        break;
    case Step::Edit:
    case Step::EditWithSecrets: {
        Instance &instance = (*state)[step.identity];
        const Instance written = writtenBy(step, step.identity);
        instance.name = written.name;
        instance.phone = written.phone;
        instance.notes = written.notes;
        if (step.kind == Step::EditWithSecrets)
            instance.token = written.token;
        break;
    }
    case Step::SetStatus: {
        Instance &instance = (*state)[step.identity];
        instance.status = step.status;
        instance.statusCheckedAt = StepClock::timeOfStep(step.n);
        break;
    }
    case Step::Remove:
        state->remove(step.identity);
        break;
    case Step::Import:
        for (const int identity : step.identities) {
            const Instance written = writtenBy(step, identity);
            auto found = state->find(identity);
            if (found == state->end()) {
                state->insert(identity, written);
            } else {
                // An import updates the list entry and the credentials, not the status.
                found->name = written.name;
                found->phone = written.phone;
                found->notes = written.notes;
                found->token = written.token;
            }
        }
        break;
    }
}

} // namespace PartnerDesk::StoreWriter
