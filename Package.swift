// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Vigil",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "vigil", targets: ["vigil"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/sql-kit", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit", from: "2.17.0"),
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/adam-fowler/compress-nio", from: "1.5.0"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // Webhook delivery; already built for HummingbirdTesting.
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.30.0"),
    ],
    targets: [
        // Domain values and pure analytics: no I/O, no web, no SQL.
        .target(name: "VigilCore"),
        // The system zlib (Debian: zlib1g-dev), for streaming .gz reading and writing.
        .systemLibrary(name: "CVigilZlib", providers: [.apt(["zlib1g-dev"])]),
        // Readers for every source format.
        .target(
            name: "VigilImport",
            dependencies: [
                "VigilCore",
                "CVigilZlib",
                .product(name: "Crypto", package: "swift-crypto"),
                // YAML front matter of the contract dossiers.
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // Storage through SQLKit on SQLite (default) or PostgreSQL.
        .target(
            name: "VigilStore",
            dependencies: [
                "VigilCore",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        // Outgoing e-mail over SMTP (VIGIL_SMTP_URL): confirmations and alerts.
        .target(name: "VigilMail"),
        // The web application: routes, controllers, views, JSON API.
        .target(
            name: "VigilWeb",
            dependencies: [
                "VigilCore",
                "VigilStore",
                "VigilMail",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Ink", package: "Ink"),
            ]
        ),
        // Alerts: delivering expansion events to webhooks and e-mail, with retries and a log.
        .target(
            name: "VigilAlerts",
            dependencies: [
                "VigilCore",
                "VigilStore",
                "VigilMail",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The thin command-line executable.
        .executableTarget(
            name: "vigil",
            dependencies: [
                "VigilCore",
                "VigilImport",
                "VigilStore",
                "VigilMail",
                "VigilWeb",
                "VigilAlerts",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: [
                // Swift's driver exports every symbol of an executable (65,000 of them in a static
                // build) for the dynamic loader, which Vigil never asks it for; each start paid for
                // them in the loader's `_dl_addr` and relocations (ICE's 30 workbooks imported in
                // 0.971 of the time without them; `Benchmarks/README.md`).
                .unsafeFlags(["-Xlinker", "--no-export-dynamic"], .when(platforms: [.linux])),
            ]
        ),
        .target(
            name: "VigilTestSupport",
            dependencies: ["VigilCore", "VigilImport", "VigilStore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(name: "VigilCoreTests", dependencies: ["VigilCore", "VigilTestSupport"]),
        .testTarget(name: "VigilMailTests", dependencies: ["VigilMail", "VigilTestSupport"]),
        .testTarget(name: "VigilImportTests", dependencies: ["VigilImport", "VigilTestSupport"]),
        .testTarget(name: "VigilStoreTests", dependencies: ["VigilStore", "VigilImport", "VigilTestSupport"]),
        .testTarget(name: "vigilTests", dependencies: ["vigil", "VigilTestSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .testTarget(
            name: "VigilAlertsTests",
            dependencies: ["VigilAlerts", "VigilMail", "VigilTestSupport", .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "Logging", package: "swift-log"),
                           .product(name: "HummingbirdTesting", package: "hummingbird")]
        ),
        .testTarget(
            name: "VigilWebTests",
            dependencies: ["VigilWeb", "VigilTestSupport", "VigilAlerts", "VigilMail", .product(name: "HummingbirdTesting", package: "hummingbird"),
                           .product(name: "CompressNIO", package: "compress-nio")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
