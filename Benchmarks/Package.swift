// swift-tools-version: 6.1
import PackageDescription

// The benchmark lives in its own package so that `make test` and CI never build it.
// `make bench-site` (or `Benchmarks/bench-site.sh`) builds it in release mode.
let package = Package(
    name: "RedlineBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Redline", path: ".."),
    ],
    targets: [
        // Deterministic synthetic sites (policies × locales × versions) for Redline and Hugo.
        .executableTarget(name: "redline-sitegen"),
        // Stage throughput inside one process: parse, and diff + review of every pair.
        .executableTarget(name: "redline-stagebench", dependencies: [
            .product(name: "RedlinePublish", package: "Redline"),
        ]),
    ]
)
