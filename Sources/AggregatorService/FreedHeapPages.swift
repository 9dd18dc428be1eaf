#if canImport(Glibc)
    import Glibc
#endif

/// Returns the heap pages freed so far to the system (glibc's `malloc_trim`), so the resident
/// size counts live memory. A rebuild reads the whole store in batches and frees them: without
/// this, glibc keeps those pages and the aggregator looks larger than the graph it holds.
/// Does nothing where glibc is not the allocator.
enum FreedHeapPages {
    static func release() {
        #if canImport(Glibc)
            // Not in the Glibc module map: looked up by name (RTLD_DEFAULT is the null handle).
            typealias Trim = @convention(c) (Int) -> Int32
            if let symbol = dlsym(nil, "malloc_trim") { _ = unsafeBitCast(symbol, to: Trim.self)(0) }
        #endif
    }
}
