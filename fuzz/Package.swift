// swift-tools-version:6.0
// Fuzz targets for Lemma's Swift stages (libFuzzer, AddressSanitizer). Built and run by
// fuzz/run.sh, never by `swift build` at the repository root; see fuzz/README.md.
import PackageDescription

let package = Package(
    name: "LemmaFuzz",
    dependencies: [.package(name: "Lemma", path: "..")],
    targets: [
        .executableTarget(name: "fuzz-lemma", dependencies: [.product(name: "LemmaSite", package: "Lemma")]),
    ]
)
