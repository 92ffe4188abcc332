/// The `examples` section of `lemma.yml`: which Swift package article programs build against.
public struct ExamplesConfiguration: Sendable, Hashable {
    /// The package folder, relative to the site root (or absolute).
    public var packagePath: String
    /// Library products built once, in release, as dynamic libraries, and linked into every
    /// article program. When none of them provides the `Notebook` module, the `Notebook`
    /// product is built and linked too.
    public var products: [String]
    /// Modules every article program imports (`Notebook` always).
    public var imports: [String]
    /// Seconds an article program may run (front matter `timeout` overrides it per article).
    public var timeout: Double
    /// Bytes of output (stdout and stderr together) an article program may print.
    public var outputLimit: Int
    /// Bytes of address space an article program may use (`RLIMIT_AS`).
    public var memoryLimit: Int
    /// Files and folders of the package, relative to it, whose contents key the cache and the
    /// library build: editing any of them re-runs every article. `nil` (the default) hashes
    /// the manifest (`Package.swift`, `Package.resolved`) and the source folders of the targets
    /// built into the linked products, so editing any other target of the package re-runs nothing.
    public var hashedSources: [String]?
    /// Where the library is built; `nil` for `<root>/.lemma/build`.
    public var buildPath: String?

    public init(
        packagePath: String = ".", products: [String] = [], imports: [String] = [],
        timeout: Double = 60, outputLimit: Int = 8 << 20, memoryLimit: Int = 2 << 30,
        hashedSources: [String]? = nil, buildPath: String? = nil
    ) {
        self.packagePath = packagePath
        self.products = products
        self.imports = imports
        self.timeout = timeout
        self.outputLimit = outputLimit
        self.memoryLimit = memoryLimit
        self.hashedSources = hashedSources
        self.buildPath = buildPath
    }
}
