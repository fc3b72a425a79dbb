// swift-tools-version: 6.1
import PackageDescription

// The ceiling for Benchmarks/web-load.sh: Hummingbird answering "hello" from memory, on the
// same machine as Vigil. Its own package, so Vigil's build never includes it.
let package = Package(
    name: "hello",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        .executableTarget(name: "hello", dependencies: [.product(name: "Hummingbird", package: "hummingbird")]),
    ],
    swiftLanguageModes: [.v6]
)
