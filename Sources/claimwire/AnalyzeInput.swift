import ArticleReader
import ClaimModel
import Foundation

/// Reads the files `analyze` is given, collecting articles and the problems of each file.
enum AnalyzeInput {
    struct Loaded {
        var articles: [Article] = []
        var problems: [String] = []
    }

    static func load(_ paths: [String], format: InputFormat?, year: Int?, today: Day) -> Loaded {
        var loaded = Loaded()
        // A directory stands for its article files, as it does for `send`.
        let files = (try? SendCommand.expand(paths)) ?? paths
        for path in files {
            let url = URL(fileURLWithPath: path)
            guard let data = try? Data(contentsOf: url) else {
                loaded.problems.append("\(path): cannot be read")
                continue
            }
            let result = ArticleReader.read(
                [UInt8](data), source: url.lastPathComponent, format: format, today: today, year: year)
            loaded.articles += result.articles
            loaded.problems += result.problems.map(\.description)
        }
        return loaded
    }

    /// Today's date in UTC.
    static func today() -> Day {
        let seconds = Int(Date().timeIntervalSince1970)
        return Day(ordinal: seconds / 86_400)
    }
}
