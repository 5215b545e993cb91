// Zero on free, for partnerdesk and partnerdesk-cli (linked into the executables only, never
// into partnerdesk_core: every test links the core, and this replaces the process's free()).
//
// Why: a secret is copied by code we do not own. Qt's HTTP thread builds the request line and
// headers ("GET /instances/<ID>/token/<token>/... Client-Token: ...") in buffers of its own,
// copies them into the socket's write buffer and frees them; QtKeychain's backends do the same
// with the vault key. glibc leaves freed memory as it was, so those bytes stayed readable in
// the heap for the life of the process: in a core dump, or through /proc/PID/mem. With free()
// wiping every block it gives back, nothing outlives the buffer that held it, whoever made it.
// realloc() that moves a block wipes the old one the same way.
//
// Only where glibc's allocator is used and no sanitizer replaces it (a sanitizer's allocator
// keeps freed blocks in quarantine on purpose). The block is wiped through the allocator's own
// malloc_usable_size and handed to the next free() in the lookup order (glibc's, or that of an
// allocator in LD_PRELOAD), so a preloaded allocator still gets back only its own blocks.
// Not reached: blocks still in use (the caller wipes those: util/SecureBytes.h), memory a
// library manages with an allocator of its own, and macOS and Windows, which have no
// equivalent here (see ProcessHardening.h).

#include <stdlib.h> // defines __GLIBC__ where glibc is the C library

#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define PARTNERDESK_NO_WIPE_ON_FREE
#endif
#endif
#else
#define PARTNERDESK_NO_WIPE_ON_FREE
#endif

#if !defined(PARTNERDESK_NO_WIPE_ON_FREE)

#include <dlfcn.h>
#include <malloc.h>
#include <string.h>

#include <atomic>

extern "C" void __libc_free(void *pointer); // glibc's own; exported since GLIBC_2.2.5

namespace {

using Free = void (*)(void *);
using UsableSize = size_t (*)(void *);

std::atomic<Free> resolvedFree{nullptr};
std::atomic<UsableSize> resolvedUsableSize{nullptr};
// dlsym() itself may free (an earlier dlerror() message): that free() must not look up again.
// Static TLS in an executable: using it allocates nothing.
thread_local bool resolving = false;

// Looked up on first use, not in a constructor: shared libraries' constructors free memory
// before any of the executable's run.
template<typename Function>
Function next(std::atomic<Function> &resolved, const char *name, Function glibcOwn)
{
    if (Function function = resolved.load(std::memory_order_acquire))
        return function;
    if (resolving)
        return glibcOwn;
    resolving = true;
    auto *found = reinterpret_cast<Function>(dlsym(RTLD_NEXT, name));
    resolving = false;
    Function function = found ? found : glibcOwn;
    resolved.store(function, std::memory_order_release);
    return function;
}

Free nextFree()
{
    return next<Free>(resolvedFree, "free", &__libc_free);
}

UsableSize nextUsableSize()
{
    return next<UsableSize>(resolvedUsableSize, "malloc_usable_size", &malloc_usable_size);
}

} // namespace

// Exported from the executable whatever the default visibility: the shared libraries (Qt,
// QtKeychain, libstdc++'s operator delete) must find these before glibc's.
extern "C" {

__attribute__((visibility("default"))) void free(void *pointer) noexcept
{
    if (!pointer)
        return;
    // explicit_bzero: a memset right before free() is one the compiler may drop.
    explicit_bzero(pointer, nextUsableSize()(pointer));
    nextFree()(pointer);
}

__attribute__((visibility("default"))) void *realloc(void *pointer, size_t size) noexcept
{
    if (!pointer)
        return malloc(size);
    if (size == 0) {
        free(pointer);
        return nullptr;
    }
    // Growing in place or shrinking leaves nothing behind; moving would leave the old block
    // unwiped inside glibc's realloc, so the move is done here.
    const size_t usable = nextUsableSize()(pointer);
    if (size <= usable)
        return pointer;
    void *moved = malloc(size);
    if (!moved)
        return nullptr;
    memcpy(moved, pointer, usable);
    free(pointer);
    return moved;
}

} // extern "C"

#endif
