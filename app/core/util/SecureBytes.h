#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>

namespace PartnerDesk {

// Key material in libsodium's guarded memory: not swapped out, wiped when released.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    ~SecureBytes();
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    static SecureBytes fromByteArray(const QByteArray &bytes);
    static SecureBytes random(std::size_t size);

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // A copy for APIs that need a QByteArray (the keychain); wipe it with wipe() after use.
    QByteArray toByteArray() const;

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

// Overwrites a secret that passed through a Qt container where it lies, then empties the
// container. The whole allocation is overwritten (what chop() or trimmed() left past the end
// too), in the buffer that every shallow copy shares: QByteArray::data() would detach a shared
// buffer and zero a fresh copy, leaving the original readable. So every copy that shared it
// reads zeros afterwards: wipe only once nothing needs the value any more (never a key that a
// keychain job has yet to write). Literals and fromRawData() arrays are only emptied.
void wipe(QByteArray &bytes);
void wipe(QString &text);

} // namespace PartnerDesk
