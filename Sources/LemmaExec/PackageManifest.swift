import Foundation

/// The parts of `swift package describe --type json` the library builder needs.
struct PackageManifest: Sendable, Hashable {
    /// Product name → its targets.
    var products: [String: [String]]
    /// The products that are libraries.
    var libraryProducts: [String]
    /// The library products declared `type: .dynamic` (linked on their own, not into another library).
    var dynamicLibraryProducts: Set<String>
    /// Target name → the targets it depends on in the same package.
    var targetDependencies: [String: [String]]
    /// Target name → its source folder, relative to the package.
    var targetPaths: [String: String]
    /// Target name → its module name, for Swift library targets.
    var swiftModules: [String: String]

    /// Reads the JSON that `swift package describe --type json` prints; `nil` if it is not that.
    init?(describeJSON data: Data) {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let products = object["products"] as? [[String: Any]],
              let targets = object["targets"] as? [[String: Any]] else { return nil }
        var productTargets: [String: [String]] = [:]
        var libraries: [String] = []
        var dynamic = Set<String>()
        for product in products {
            guard let name = product["name"] as? String else { continue }
            productTargets[name] = product["targets"] as? [String] ?? []
            if let kind = (product["type"] as? [String: Any])?["library"] {
                libraries.append(name)
                if (kind as? [String])?.contains("dynamic") == true { dynamic.insert(name) }
            }
        }
        self.libraryProducts = libraries
        self.dynamicLibraryProducts = dynamic
        var dependencies: [String: [String]] = [:]
        var paths: [String: String] = [:]
        var modules: [String: String] = [:]
        for target in targets {
            guard let name = target["name"] as? String else { continue }
            dependencies[name] = target["target_dependencies"] as? [String] ?? []
            paths[name] = target["path"] as? String
            if target["type"] as? String == "library", target["module_type"] as? String == "SwiftTarget" {
                modules[name] = target["c99name"] as? String ?? name
            }
        }
        self.products = productTargets
        self.targetDependencies = dependencies
        self.targetPaths = paths
        self.swiftModules = modules
    }

    /// Every target built into `product`: its own and, transitively, their dependencies.
    func targets(in product: String) -> Set<String> {
        var found = Set<String>()
        var pending = products[product] ?? []
        while let target = pending.popLast() {
            guard found.insert(target).inserted else { continue }
            pending += targetDependencies[target] ?? []
        }
        return found
    }

    /// What keys the library build of `products`: the manifest files and the source folders
    /// of every target built into them, sorted.
    func hashedSources(of products: [String]) -> [String] {
        let built = products.reduce(into: Set<String>()) { $0.formUnion(targets(in: $1)) }
        let folders = Set(built.compactMap { targetPaths[$0] })
        return ["Package.swift", "Package.resolved"] + folders.sorted()
    }
}
