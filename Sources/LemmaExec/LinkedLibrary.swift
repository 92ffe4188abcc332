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

    /// The module maps a Swift module compiled against the examples package must see: the ones
    /// SwiftPM itself passes (`-Xcc -fmodule-map-file=…`) when it compiles `module`, read from the
    /// build description in `binPath` (`description.json`). Empty when there is none.
    static func moduleMaps(binPath: String, module: String) -> [String] {
        guard let data = FileManager.default.contents(atPath: binPath + "/description.json"),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let commands = object["swiftCommands"] as? [String: Any] else { return [] }
        let prefix = "-fmodule-map-file="
        for case let command as [String: Any] in commands.values where command["moduleName"] as? String == module {
            let arguments = command["otherArguments"] as? [String] ?? []
            return arguments.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
        }
        return []
    }
}
