import ClaimGraph

extension AggregatorService {
    /// The graph the executable serves: the same `ClaimGraph` `claimwire analyze` builds
    /// in-process, so both give the same export for the same articles.
    public static func makeGraph() -> any ClaimGraphModel { ClaimGraph() }
}
