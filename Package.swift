// swift-tools-version: 6.1
import PackageDescription

/// The HTTP layer imports many server modules; with imports internal by
/// default every file would repeat `public import` for them, so it keeps
/// Swift 6's default import visibility.
let serverSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

/// Settings every Concord target shares: Swift 6 language mode with the
/// upcoming features the style guide asks for.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Concord",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "concord", targets: ["ConcordCLI"]),
        .executable(name: "ledger-cost-benchmark", targets: ["LedgerCostBenchmark"]),
        .library(name: "STIX", targets: ["STIX"]),
        .library(name: "ConcordStore", targets: ["ConcordStore"]),
        .library(name: "SQLiteStore", targets: ["SQLiteStore"]),
        .library(name: "Concord", targets: ["Concord"]),
        .library(name: "ConcordServer", targets: ["ConcordServer"]),
        .library(name: "Ledger", targets: ["Ledger"]),
        .library(name: "STIXPatterns", targets: ["STIXPatterns"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        .target(
            name: "STIX",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "STIXPatterns",
            dependencies: ["STIX"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "ConcordStore",
            dependencies: ["STIX", "Ledger", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "SQLiteStore",
            dependencies: ["ConcordStore", "STIX", "Ledger", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "Concord",
            dependencies: ["STIX", "STIXPatterns", "ConcordStore", "SQLiteStore", "Ledger", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "ConcordServer",
            dependencies: [
                "Concord", "ConcordStore", "STIX",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: serverSettings
        ),
        .executableTarget(
            name: "ConcordCLI",
            dependencies: [
                "Concord", "ConcordServer", "STIXPatterns",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "Ledger",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "LedgerCostBenchmark",
            dependencies: ["Concord", "ConcordStore", "SQLiteStore", "STIX"],
            path: "Benchmarks/LedgerCost",
            swiftSettings: strictSettings
        ),
        .target(
            name: "StoreConformance",
            dependencies: ["ConcordStore"],
            path: "Tests/StoreConformance",
            swiftSettings: strictSettings
        ),
        .testTarget(name: "LedgerTests", dependencies: ["Ledger"], swiftSettings: strictSettings),
        .testTarget(name: "STIXTests", dependencies: ["STIX"], swiftSettings: strictSettings),
        .testTarget(name: "STIXPatternsTests", dependencies: ["STIXPatterns", "STIX"], swiftSettings: strictSettings),
        .testTarget(name: "ConcordStoreTests", dependencies: ["ConcordStore", "STIX"], swiftSettings: strictSettings),
        .testTarget(name: "SQLiteStoreTests", dependencies: ["SQLiteStore", "StoreConformance"], swiftSettings: strictSettings),
        .testTarget(name: "ConcordTests", dependencies: ["Concord", "ConcordStore", "STIX", "STIXPatterns", "Ledger"], swiftSettings: strictSettings),
        .testTarget(
            name: "ConcordServerTests",
            dependencies: ["ConcordServer", "Concord", "ConcordStore", "STIX", .product(name: "HummingbirdTesting", package: "hummingbird")],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "ConcordCLITests", dependencies: ["ConcordCLI", "Concord", "ConcordStore", "STIX"], swiftSettings: strictSettings),
    ]
)
