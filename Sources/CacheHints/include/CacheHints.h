#ifndef CACHE_HINTS_H
#define CACHE_HINTS_H

/// Asks the processor to start loading the cache line holding `address` for a read, and
/// returns at once: the load's miss is waited for by whichever later read needs the line, not
/// by this call. Reads nothing the program sees; any address is allowed (no fault is taken).
/// The graph's commit issues these for the table slots it is about to probe (`ClaimGraph`).
static inline void cache_hint_read(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
