/// The built library that article programs compile and link against.
struct LinkedLibrary: Sendable, Hashable, Codable {
    /// The release bin folder holding `lib<Product>.so`.
    var binPath: String
    /// The folder of `.swiftmodule`s to import from (`<bin>/Modules`).
    var modulesPath: String
    /// Products to link, in order (`-l<Product>`).
    var linkProducts: [String]
    /// Fingerprint of the package sources, products and compiler; part of every cache key.
    var fingerprint: String
    /// The files and folders of the package, relative to it, whose contents `fingerprint` hashes.
    var hashedSources: [String]

    /// `swiftc` flags that import and link the library.
    var compilerFlags: [String] {
        ["-I", modulesPath, "-L", binPath] + linkProducts.map { "-l\($0)" }
            + ["-Xlinker", "-rpath", "-Xlinker", binPath]
    }
}
