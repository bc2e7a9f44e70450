// swift-tools-version: 6.1
import PackageDescription

// One library target per pipeline stage, each depending only on the stage before it:
// Parse (load + cmark) → Diff → Review → Render → Publish, and a thin CLI on top.
let package = Package(
    name: "Redline",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "redline", targets: ["redline"]),
        .library(name: "RedlinePublish", targets: ["RedlinePublish"]),
        // For the fuzz package (Fuzz/), which drives parse → diff → review directly.
        .library(name: "RedlineReview", targets: ["RedlineReview"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // `redline serve` only: a small HTTP server with no SwiftNIO (about 35 s of a clean debug build here).
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .target(name: "RedlineParse", dependencies: [
            "CCmark",
            .product(name: "Yams", package: "Yams"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "RedlineDiff", dependencies: ["RedlineParse"]),
        // The lexicons are data files embedded by scripts/embed-lexicons.py, not a resource bundle,
        // so that a copied binary keeps them.
        .target(name: "RedlineReview", dependencies: ["RedlineDiff"], exclude: ["Lexicons"]),
        .target(name: "RedlineRender", dependencies: [
            "RedlineReview",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // renameat2(RENAME_EXCHANGE) is not visible from Swift's Glibc module.
        .target(name: "CAtomicRename"),
        .target(name: "RedlinePublish", dependencies: ["RedlineRender", "CAtomicRename"]),
        // The author's workflow, outside the pipeline: `redline init`/`new` files, and the preview server.
        .target(name: "RedlineScaffold", dependencies: ["RedlineParse"]),
        .target(name: "RedlineServe", dependencies: [
            "RedlinePublish",
            .product(name: "FlyingFox", package: "FlyingFox"),
        ]),
        .executableTarget(name: "redline", dependencies: [
            "RedlinePublish", "RedlineScaffold", "RedlineServe",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "RedlineParseTests", dependencies: ["RedlineParse", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "RedlineDiffTests", dependencies: ["RedlineDiff", "RedlineRender"], resources: [.copy("Fixtures")]),
        .testTarget(name: "RedlineReviewTests", dependencies: ["RedlineReview"], exclude: ["Fixtures", "ROUNDS.md"]),
        .testTarget(name: "RedlineRenderTests", dependencies: ["RedlineRender", .product(name: "Mustache", package: "swift-mustache")],
                    resources: [.copy("Golden")]),
        .testTarget(name: "RedlinePublishTests", dependencies: [
            "RedlinePublish", "redline",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "RedlineScaffoldTests", dependencies: [
            "RedlineScaffold", "RedlinePublish", "RedlineReview", "redline",
            .product(name: "Yams", package: "Yams"),
        ]),
        .testTarget(name: "RedlineServeTests", dependencies: ["RedlineServe", "RedlineScaffold"]),
    ]
)
