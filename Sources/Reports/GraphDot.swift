import ClaimModel

/// The graph as Graphviz `dot`: a cluster per story holding its articles and claims, edges
/// from each article to the claims it states, dashed edges between competing figures, red
/// edges from a denying party to what it denies, dotted edges from a copy to its original.
public enum GraphDot {
    public static func render(_ graph: GraphExport) -> String {
        var out = "digraph claimwire {\n"
        out += "  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=11, compound=true];\n"
        out += "  node [fontname=\"Helvetica\", fontsize=10];\n"
        out += "  edge [color=\"#7a8594\", arrowsize=0.6];\n"
        var placed = Set<String>()
        func articleNode(_ a: ArticleRecord) -> String {
            let label = (a.outlet ?? "unknown outlet") + "\\n" + TextTable.clip(a.title, to: 40)
            let style = a.duplicateOf == nil ? "" : ", style=dashed"
            return "    \(quote("a:" + a.id.rawValue)) [shape=note, label=\(quote(label))\(style)];\n"
        }
        func claimNode(_ c: ClaimRecord) -> String {
            var label = c.subject + "\\n" + c.measure + "\\n" + ValueFormat.figure(of: c)
            if let period = c.period { label += " · " + period.rawValue }
            let colour: String
            switch c.status {
            case .corroborated: colour = "#d9f0e1"
            case .singleSource: colour = "#eef0f3"
            case .contested: colour = "#fbe9c8"
            case .denied: colour = "#f8d7d4"
            }
            return "    \(quote("c:" + c.id)) [shape=box, style=\"rounded,filled\", fillcolor=\"\(colour)\", "
                + "label=\(quote(label))];\n"
        }
        for (index, story) in graph.stories.enumerated() {
            out += "  subgraph cluster_\(index) {\n    label=\(quote(story.id + ": " + story.title));\n"
            out += "    style=rounded; color=\"#c5ccd6\";\n"
            let members = Set(story.articles)
            for a in graph.articles where members.contains(a.id) && !placed.contains(a.id.rawValue) {
                placed.insert(a.id.rawValue)
                out += articleNode(a)
            }
            for c in graph.claims where c.story == story.id && !placed.contains("c:" + c.id) {
                placed.insert("c:" + c.id)
                out += claimNode(c)
            }
            out += "  }\n"
        }
        for a in graph.articles where !placed.contains(a.id.rawValue) {
            out += articleNode(a).dropFirst(2)
        }
        for c in graph.claims where !placed.contains("c:" + c.id) {
            out += claimNode(c).dropFirst(2)
        }
        let known = Set(graph.articles.map(\.id))
        for c in graph.claims {
            for source in c.sources where known.contains(source) {
                out += "  \(quote("a:" + source.rawValue)) -> \(quote("c:" + c.id));\n"
            }
        }
        for a in graph.articles {
            if let original = a.duplicateOf, known.contains(original) {
                out +=
                    "  \(quote("a:" + a.id.rawValue)) -> \(quote("a:" + original.rawValue)) "
                    + "[style=dotted, label=\"copy of\"];\n"
            }
        }
        let claimIDs = Set(graph.claims.map(\.id))
        for conflict in graph.conflicts {
            let members = conflict.claims.filter(claimIDs.contains)
            for i in members.indices {
                for j in members.indices where j > i {
                    out +=
                        "  \(quote("c:" + members[i])) -> \(quote("c:" + members[j])) "
                        + "[dir=none, style=dashed, color=\"#c77700\", label=\(quote(conflict.kind.rawValue))];\n"
                }
            }
        }
        for (index, denial) in graph.denials.enumerated() {
            let node = quote("d:\(index)")
            out +=
                "  \(node) [shape=octagon, color=\"#b3261e\", fontcolor=\"#b3261e\", "
                + "label=\(quote(denial.by + " denies"))];\n"
            for claim in denial.claims where claimIDs.contains(claim) {
                out += "  \(node) -> \(quote("c:" + claim)) [color=\"#b3261e\"];\n"
            }
        }
        out += "}\n"
        return out
    }

    /// A dot ID in double quotes; `\n` sequences already in the text are kept as line breaks.
    static func quote(_ text: String) -> String {
        var out = "\""
        var chars = Array(text)
        var i = 0
        while i < chars.count {
            let ch = chars[i]
            if ch == "\\" && i + 1 < chars.count && chars[i + 1] == "n" {
                out += "\\n"
                i += 2
                continue
            }
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.append(ch)
            }
            i += 1
        }
        chars.removeAll()
        return out + "\""
    }
}
