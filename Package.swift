// swift-tools-version: 6.1
import PackageDescription

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
        .library(name: "STIX", targets: ["STIX"]),
        .library(name: "ConcordStore", targets: ["ConcordStore"]),
        .library(name: "SQLiteStore", targets: ["SQLiteStore"]),
        .library(name: "Concord", targets: ["Concord"]),
        .library(name: "STIXPatterns", targets: ["STIXPatterns"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
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
            dependencies: ["STIX"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "SQLiteStore",
            dependencies: ["ConcordStore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "Concord",
            dependencies: ["STIX", "ConcordStore", "SQLiteStore", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "ConcordCLI",
            dependencies: ["Concord", "STIXPatterns", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "StoreConformance",
            dependencies: ["ConcordStore"],
            path: "Tests/StoreConformance",
            swiftSettings: strictSettings
        ),
        .testTarget(name: "STIXTests", dependencies: ["STIX"], swiftSettings: strictSettings),
        .testTarget(name: "STIXPatternsTests", dependencies: ["STIXPatterns", "STIX"], swiftSettings: strictSettings),
        .testTarget(name: "ConcordStoreTests", dependencies: ["ConcordStore"], swiftSettings: strictSettings),
        .testTarget(name: "SQLiteStoreTests", dependencies: ["SQLiteStore", "StoreConformance"], swiftSettings: strictSettings),
        .testTarget(name: "ConcordTests", dependencies: ["Concord", "ConcordStore", "STIX"], swiftSettings: strictSettings),
        .testTarget(name: "ConcordCLITests", dependencies: ["ConcordCLI", "Concord", "ConcordStore", "STIX"], swiftSettings: strictSettings),
    ]
)
