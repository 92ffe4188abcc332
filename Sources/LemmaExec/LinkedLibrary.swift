import Foundation

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
    /// Module maps of the C modules in the build (a dependency's `_NumericsShims`, say): a Swift
    /// module that imports one needs it to be importable.
    var clangModuleMaps: [String] = []

    /// `swiftc` flags that import and link the library.
    var compilerFlags: [String] {
        ["-I", modulesPath, "-L", binPath] + linkProducts.map { "-l\($0)" }
            + ["-Xlinker", "-rpath", "-Xlinker", binPath]
            + clangModuleMaps.flatMap { ["-Xcc", "-fmodule-map-file=\($0)"] }
    }

    /// The module maps of the C targets a build in `scratch` (bin folder `binPath`) compiled:
    /// the generated `<bin>/<Target>.build/module.modulemap`, or else the target's own
    /// `include/module.modulemap` in a dependency's checkout or in `hostIncludeFolders`. Sorted.
    static func moduleMaps(binPath: String, scratch: URL, hostIncludeFolders: [URL]) -> [String] {
        let manager = FileManager.default
        let built = ((try? manager.contentsOfDirectory(atPath: binPath)) ?? [])
            .filter { $0.hasSuffix(".build") }.map { String($0.dropLast(".build".count)) }
        var ownIncludes: [String: URL] = [:]
        for folder in hostIncludeFolders {
            ownIncludes[folder.deletingLastPathComponent().lastPathComponent] = folder
        }
        let checkouts = scratch.appendingPathComponent("checkouts")
        for package in (try? manager.contentsOfDirectory(atPath: checkouts.path)) ?? [] {
            let sources = checkouts.appendingPathComponent(package).appendingPathComponent("Sources")
            for target in (try? manager.contentsOfDirectory(atPath: sources.path)) ?? [] where ownIncludes[target] == nil {
                ownIncludes[target] = sources.appendingPathComponent(target).appendingPathComponent("include")
            }
        }
        var found: [String] = []
        for target in built {
            let generated = "\(binPath)/\(target).build/module.modulemap"
            if manager.fileExists(atPath: generated) {
                found.append(generated)
            } else if let include = ownIncludes[target],
                      manager.fileExists(atPath: include.appendingPathComponent("module.modulemap").path) {
                found.append(include.appendingPathComponent("module.modulemap").path)
            }
        }
        return found.sorted()
    }
}
