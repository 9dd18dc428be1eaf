import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// How busy the machine is, for time bounds in tests. The bounds are set for a 2-core machine
/// shared with a few builds; on one far busier than that (CI runners, parallel builds, a niced
/// test run) a bound stretches by `factor`, so the test still fails on a real regression and not
/// on a neighbour.
package enum MachineLoad {
    /// The 1-minute load average (Linux /proc/loadavg); nil elsewhere.
    package static var oneMinute: Double? {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return nil }
        return text.split(separator: " ").first.flatMap { Double($0) }
    }

    /// Wall time over CPU time of a short busy loop on this thread (200 ms of CPU at most, once
    /// per process): 1 when the thread has a core to itself, 4 when it gets a quarter of one.
    /// Capped at 8.
    package static let cpuSlowdown: Double = {
        #if canImport(Glibc)
            func threadCPU() -> Double {
                var time = timespec()
                clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
                return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
            }
            let wallStart = Date()
            let cpuStart = threadCPU()
            var state: UInt64 = 1
            while threadCPU() - cpuStart < 0.2 && Date().timeIntervalSince(wallStart) < 1.6 {
                for step in 0..<50_000 { state = state &* 6_364_136_223_846_793_005 &+ UInt64(step) }
            }
            let cpu = max(threadCPU() - cpuStart, 1e-3)
            let wall = Date().timeIntervalSince(wallStart)
            // `state` is read so an optimised build keeps the loop.
            return min(8, max(1, wall / cpu + (state == 0 ? 1e-9 : 0)))
        #else
            return 1
        #endif
    }()

    /// The larger of: 1; the load average per core over `busyPerCore`; `cpuSlowdown`.
    package static func factor(busyPerCore: Double = 4) -> Double {
        let cores = Double(max(1, ProcessInfo.processInfo.activeProcessorCount))
        let byLoad = oneMinute.map { $0 / cores / busyPerCore } ?? 1
        return max(1, byLoad, cpuSlowdown)
    }

    /// `bound` stretched by `factor(busyPerCore:)`.
    package static func scaled(_ bound: Duration, busyPerCore: Double = 4) -> Duration {
        bound * factor(busyPerCore: busyPerCore)
    }
}
