// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Claimwire",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "aggregator", targets: ["aggregator"]),
        .executable(name: "extractor", targets: ["extractor"]),
        .executable(name: "claimwire", targets: ["claimwire"]),
        .executable(name: "claimwire-bench", targets: ["claimwire-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
    ],
    targets: [
        // libzstd from the system (Debian: libzstd-dev); nothing vendored.
        .systemLibrary(
            name: "CZstd",
            pkgConfig: "libzstd",
            providers: [.apt(["libzstd-dev"])]
        ),
        // Value types every module shares. No dependencies, no behaviour beyond validation.
        .target(name: "ClaimModel"),
        // Frames, messages, the hand-written codec, zstd, NIO glue.
        .target(
            name: "Wire",
            dependencies: [
                "ClaimModel", "CZstd",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                // TLS under the frame codec (optional per listener and per client).
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Bundles, plain text and JSON Lines -> articles. Pure: bytes in, articles out.
        .target(name: "ArticleReader", dependencies: ["ClaimModel"]),
        // SHA-256 blocks on the processor's SHA instructions, for Extraction's content hashes.
        .target(name: "CSHA256"),
        // Article text -> mentions, denials, features. Pure.
        .target(name: "Extraction", dependencies: ["ClaimModel", "CSHA256"]),
        // Prefetch hints (`__builtin_prefetch`) for the graph's commit: no behaviour.
        .target(name: "CacheHints"),
        // The canonical graph: merge, conflicts, denials, stories, syndication. Pure.
        .target(name: "ClaimGraph", dependencies: ["ClaimModel", "CacheHints"]),
        // Durable store of accepted articles (SQLite through GRDB).
        .target(
            name: "ClaimStore",
            dependencies: [
                "ClaimModel", .product(name: "GRDB", package: "GRDB.swift"),
                // The SQLite C API GRDB is built on: bulk insert and rebuild bind and read
                // columns directly, skipping per-value boxing.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // Human renderings of graph views: tables, markdown, HTML, dot. Pure.
        .target(name: "Reports", dependencies: ["ClaimModel"]),
        .target(
            name: "ExtractorService",
            dependencies: [
                "ClaimModel", "Wire", "Extraction",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "AggregatorService",
            dependencies: [
                "ClaimModel", "Wire", "ClaimGraph", "ClaimStore",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // Start-up options both services share: TLS identity, frame deadline, token files.
        .target(
            name: "ServiceCommandLine",
            dependencies: ["Wire", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Executables list the library modules they reach through others too: a release build
        // inlines those modules' code across module boundaries, and SwiftPM recompiles a module
        // only when a module it lists changes. Without them, `git pull && make release` can
        // keep an executable built against an old layout of, say, `ClaimGraph` (it crashes).
        .executableTarget(
            name: "aggregator",
            dependencies: [
                "AggregatorService", "Wire", "ServiceCommandLine", "ClaimGraph", "ClaimStore", "ClaimModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "extractor",
            dependencies: [
                "ExtractorService", "Wire", "ServiceCommandLine", "Extraction", "ClaimModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "claimwire",
            dependencies: [
                "ClaimModel", "Wire", "ArticleReader", "Extraction", "ClaimGraph", "Reports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "claimwire-bench",
            dependencies: [
                "ClaimModel", "Wire", "ArticleReader", "Extraction", "ClaimGraph", "ClaimStore", "CZstd",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers several test targets share (tmpfs mounts, chattr, running tools). Tests only.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ClaimModelTests", dependencies: ["ClaimModel"]),
        .testTarget(
            name: "WireTests",
            dependencies: [
                "Wire", "ClaimModel", "CZstd",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOTestUtils", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "ArticleReaderTests", dependencies: ["ArticleReader"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "ArticleReader"]),
        .testTarget(name: "ClaimGraphTests", dependencies: ["ClaimGraph", "Extraction", "ArticleReader"]),
        .testTarget(name: "ClaimStoreTests", dependencies: ["ClaimStore", "TestSupport"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports"]),
        .testTarget(
            name: "ServiceTests",
            dependencies: ["AggregatorService", "ExtractorService", "Wire", "Extraction", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["ClaimModel"]),
        .testTarget(
            name: "ReliabilityTests",
            dependencies: [
                "AggregatorService", "ExtractorService", "Wire", "ClaimModel", "ClaimStore", "Extraction",
                "ArticleReader", "CZstd", "TestSupport",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
