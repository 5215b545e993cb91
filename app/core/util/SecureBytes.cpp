#include "SecureBytes.h"

#include <sodium.h>

#include <new>
#include <utility>

namespace PartnerDesk {

SecureBytes::SecureBytes(std::size_t size)
    : m_size(size)
{
    if (size == 0)
        return;
    if (sodium_init() < 0)
        throw std::bad_alloc();
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
}

SecureBytes::~SecureBytes()
{
    if (m_data)
        sodium_free(m_data); // zeroes before freeing
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        if (m_data)
            sodium_free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::fromByteArray(const QByteArray &bytes)
{
    SecureBytes result(static_cast<std::size_t>(bytes.size()));
    if (!bytes.isEmpty())
        std::copy(bytes.cbegin(), bytes.cend(), reinterpret_cast<char *>(result.m_data));
    return result;
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes result(size);
    randombytes_buf(result.m_data, size);
    return result;
}

QByteArray SecureBytes::toByteArray() const
{
    return QByteArray(reinterpret_cast<const char *>(m_data), static_cast<qsizetype>(m_size));
}

namespace {

// No detach: data_ptr() reaches the buffer itself, shared or not. A null header is static
// data (a literal, fromRawData()) that is not ours to write.
template<typename Container>
void wipeInPlace(Container &container)
{
    auto &pointer = container.data_ptr();
    if (pointer.isMutable() && pointer.data()) {
        auto *start = pointer.data() - pointer.freeSpaceAtBegin();
        sodium_memzero(start, static_cast<std::size_t>(pointer.constAllocatedCapacity()) * sizeof(*start));
    }
    container.clear();
}

} // namespace

void wipe(QByteArray &bytes)
{
    wipeInPlace(bytes);
}

void wipe(QString &text)
{
    wipeInPlace(text);
}

} // namespace PartnerDesk
