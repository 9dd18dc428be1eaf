extension AggregatorService {
    /// The graph the executable serves.
    public static func makeGraph() -> any ClaimGraphModel { ArticleListGraph() }
}
