// swift-tools-version: 6.1
import PackageDescription

// The libFuzzer target lives in its own package so `make test` and CI never build it.
// Build and run it with `make fuzz` (see the Makefile), which passes -sanitize=fuzzer,address.
let package = Package(
    name: "RedlineFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Redline", path: ".."),
    ],
    targets: [
        .target(name: "CFuzzDriver"),
        .executableTarget(name: "RedlineFuzz", dependencies: [
            "CFuzzDriver",
            .product(name: "RedlineReview", package: "Redline"),
        ]),
    ]
)
