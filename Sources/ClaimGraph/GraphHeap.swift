#if canImport(Glibc)
    import Glibc
#endif

/// The allocator policy of a process that holds a large graph (glibc; nothing elsewhere).
///
/// glibc raises its mmap threshold to the size of each mapped chunk freed, up to 32 MiB, and
/// its trim threshold to twice that. A graph's large arrays grow by reallocation, so after
/// the first growth they are carved from the heap among the inserted articles' freed texts:
/// their unused capacity is then resident, and the freed buffers left on top of a thread's
/// arena (the graph is built on a task's thread, not the main one) stay resident, up to 64 MiB
/// of them, which `malloc_trim` does not return from a thread's arena. Both cost most on a
/// small graph: 70 to 100 bytes per mention of 100,000 mentions.
///
/// Fixed thresholds stop that: every buffer of 128 KiB or more is mapped on its own (its
/// unused capacity is never touched, so never resident, and it is unmapped when freed), and
/// a thread's arena gives back freed memory on its top beyond 128 KiB as it is freed.
public enum GraphHeap {
    /// glibc's own initial thresholds, kept from then on: 128 KiB.
    static let threshold: Int32 = 128 * 1_024

    /// Fixes the thresholds (see `GraphHeap`), once, before the graph is built or restored.
    /// Calling it again changes nothing.
    public static func fixAllocatorThresholds() {
        #if canImport(Glibc)
            // Not in the Glibc module map: looked up by name (RTLD_DEFAULT is the null handle).
            typealias Option = @convention(c) (Int32, Int32) -> Int32
            guard let symbol = dlsym(nil, "mallopt") else { return }
            let mallopt = unsafeBitCast(symbol, to: Option.self)
            // M_TRIM_THRESHOLD, M_MMAP_THRESHOLD.
            _ = mallopt(-1, threshold)
            _ = mallopt(-3, threshold)
        #endif
    }
}
