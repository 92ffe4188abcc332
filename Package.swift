// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Lemma",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "lemma", targets: ["lemma"]),
        // The library the flagship's articles import (Lemma links it through its examples package).
        .library(name: "Lab", targets: ["Lab"]),
        .library(name: "Notebook", targets: ["Notebook"]),
        // The pipeline as a library, for the fuzz targets in fuzz/.
        .library(name: "LemmaSite", targets: ["LemmaSite"]),
        // `swift package lemma build|check|serve` in a package that depends on Lemma.
        .plugin(name: "LemmaPlugin", targets: ["LemmaPlugin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swiftlang/swift-syntax", from: "603.0.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        // Pipeline stages, imports pointing one way: Diagnostics ← Markdown/TeX/Highlight/Exec ← Site ← Server ← lemma.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "CLemmaMath", dependencies: ["CCmarkGFM"]),
        .target(name: "LemmaDiagnostics"),
        .target(name: "LemmaMarkdown", dependencies: ["CCmarkGFM", "CLemmaMath", "LemmaDiagnostics"]),
        .target(name: "LemmaHighlight", dependencies: [
            .product(name: "SwiftParser", package: "swift-syntax"),
            .product(name: "SwiftIDEUtils", package: "swift-syntax"),
        ]),
        .target(name: "LemmaTeX", dependencies: ["LemmaDiagnostics"]),
        .target(name: "LemmaExec", dependencies: [
            "LemmaDiagnostics",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "LemmaSite", dependencies: [
            "LemmaDiagnostics", "LemmaMarkdown", "LemmaHighlight", "LemmaTeX", "LemmaExec",
            .product(name: "Yams", package: "Yams"),
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .target(name: "LemmaServer", dependencies: [
            "LemmaSite",
            .product(name: "Hummingbird", package: "hummingbird"),
        ]),
        .executableTarget(name: "lemma", dependencies: [
            "LemmaSite", "LemmaServer", "LemmaExec",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .plugin(
            name: "LemmaPlugin",
            capability: .command(
                intent: .custom(verb: "lemma", description: "Build, check or preview the package's Lemma site"),
                permissions: [.writeToPackageDirectory(reason: "lemma build writes site/ and .lemma/ into the package")]),
            dependencies: ["lemma"]),

        // The library article programs import.
        .target(name: "Notebook"),
        .target(name: "Lab", dependencies: ["Notebook"]),

        .testTarget(name: "LemmaMarkdownTests", dependencies: ["LemmaMarkdown"]),
        .testTarget(name: "LemmaHighlightTests", dependencies: ["LemmaHighlight"], exclude: ["Snapshots"]),
        .testTarget(name: "LemmaTeXTests", dependencies: ["LemmaTeX"], resources: [.copy("Corpus")]),
        .testTarget(name: "LemmaExecTests", dependencies: ["LemmaExec", "Notebook"]),
        .testTarget(name: "LemmaSiteTests", dependencies: ["LemmaSite"], exclude: ["Fixtures", "Snapshots"]),
        .testTarget(name: "LemmaServerTests", dependencies: [
            "LemmaServer",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ], exclude: ["Fixtures"]),
        .testTarget(name: "NotebookTests", dependencies: ["Notebook"]),
        .testTarget(name: "LabTests", dependencies: ["Lab", "Notebook"], exclude: ["Snapshots"]),
    ]
)
