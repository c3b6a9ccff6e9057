// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "Sharewell",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sharewell", targets: ["sharewell"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing.git", from: "1.19.7"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
    ],
    targets: [
        .target(name: "SharewellCore"),
        .target(name: "Linkage", dependencies: ["SharewellCore"]),
        .target(name: "Stratify", dependencies: ["SharewellCore"]),
        .target(name: "SharewellFormats", dependencies: ["SharewellCore"]),
        .target(name: "SyntheticBorough", dependencies: ["SharewellCore"]),
        .target(name: "SharewellStore", dependencies: [
            "SharewellCore", "SharewellFormats", "Linkage", "Stratify",
            .product(name: "FluentKit", package: "fluent-kit"),
            .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
            .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
            .product(name: "SQLKit", package: "sql-kit"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Logging", package: "swift-log"),
        ], swiftSettings: [
            // Rows another organisation holds are written only by a Delivery and read only by their
            // holder: direct calls resolve to deprecated overloads (Governance/Delivered.swift), so
            // code that goes around the gate does not compile.
            .treatWarning("DeprecatedDeclaration", as: .error),
        ]),
        // The demo's synthetic borough and its recorded truth, outside the production store.
        .target(name: "SharewellDemo", dependencies: [
            "SharewellCore", "SharewellStore", "SyntheticBorough",
            .product(name: "FluentKit", package: "fluent-kit"),
            .product(name: "SQLKit", package: "sql-kit"),
        ]),
        .target(name: "SharewellWeb", dependencies: [
            "SharewellCore", "SharewellStore", "SharewellDemo", "SharewellFormats", "Stratify",
            .product(name: "Vapor", package: "vapor"),
            .product(name: "Fluent", package: "fluent"),
            .product(name: "Plot", package: "Plot"),
            .product(name: "Metrics", package: "swift-metrics"),
            .product(name: "Prometheus", package: "swift-prometheus"),
            .product(name: "Logging", package: "swift-log"),
        ], resources: [.copy("Resources")]),
        .executableTarget(name: "sharewell", dependencies: [
            "SharewellCore", "SharewellStore", "SharewellDemo", "SharewellWeb", "SharewellFormats", "SyntheticBorough", "Linkage", "Stratify",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // bench/gate: the gate's covering-agreement look-up with 10,000 agreements (not part of swift test).
        .executableTarget(name: "GateBench", dependencies: ["SharewellCore", "SharewellStore", .product(name: "SQLKit", package: "sql-kit"),
                                                            .product(name: "FluentKit", package: "fluent-kit")], path: "bench/gate"),
        .target(name: "SharewellTestSupport", dependencies: ["SharewellStore", "SharewellDemo"], path: "Tests/SharewellTestSupport"),
        .testTarget(name: "SharewellCoreTests", dependencies: [
            "SharewellCore",
            .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "SyntheticBoroughTests", dependencies: ["SyntheticBorough"]),
        .testTarget(name: "SharewellFormatsTests", dependencies: ["SharewellFormats", "SharewellCore"], exclude: ["Fixtures"]),
        .testTarget(name: "StratifyTests", dependencies: ["Stratify", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "LinkageTests", dependencies: ["Linkage"]),
        .testTarget(name: "SharewellStoreTests", dependencies: [
            "SharewellStore", "SharewellTestSupport", "SyntheticBorough", "SharewellDemo", "SharewellCore", "SharewellFormats",
            .product(name: "PropertyBased", package: "swift-property-based"),
        ], exclude: ["Fixtures"], swiftSettings: [
            // Tests read around the gate only by saying so (`everyOrganisation`), never by the
            // overloads that read nothing (Governance/Delivered.swift).
            .treatWarning("DeprecatedDeclaration", as: .error),
        ]),
        .testTarget(name: "SharewellWebTests", dependencies: [
            // Every module the tests import is named, or a change to it leaves their objects stale.
            "SharewellWeb", "SharewellTestSupport", "SharewellStore", "SharewellCore", "SharewellFormats", "SharewellDemo",
            .product(name: "VaporTesting", package: "vapor"),
            .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
        ], exclude: ["__Snapshots__"]),
        .testTarget(name: "sharewellTests", dependencies: ["sharewell", "SharewellStore", "SharewellCore"], resources: [.copy("Fixtures")]),
    ]
)
