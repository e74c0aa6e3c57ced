import Foundation

/// Where a run reads and writes. The defaults are the repository layout the README shows.
public struct GeneratorOptions: Sendable, Equatable {
    public var specDirectory = "spec/docs"
    public var schemaPath = "spec/schema.json"
    public var outputDirectory = "Generated"
    public var testsDirectory = "Tests/NexudusAPIConformanceTests"
    public var templatesDirectory = "templates"
    /// Where the OpenAPI document goes: beside the schema file (`spec/openapi.json`) unless
    /// `--openapi` moves it; `--no-openapi` leaves it out.
    public var openAPI: OpenAPIOutput = .besideSchema
    /// The runtime support code's sources (the `NexudusRuntime` target).
    public var runtimeDirectory = "Sources/NexudusRuntime"
    /// nil: neither read nor write the cache.
    public var cacheDirectory: String? = Self.defaultCacheDirectory

    /// SwiftPM's own scratch folder, which git ignores.
    public static let defaultCacheDirectory = ".build/nexudus-codegen"

    public init() {}

    public enum OpenAPIOutput: Sendable, Equatable {
        case besideSchema
        case path(String)
        case none
    }

    /// The OpenAPI document's path, or nil when the run leaves it out.
    public var openAPIPath: String? {
        switch openAPI {
        case .besideSchema: ((schemaPath as NSString).deletingLastPathComponent as NSString).appendingPathComponent("openapi.json")
        case .path(let path): path
        case .none: nil
        }
    }

    /// The folders a run replaces: stale generated files below them are removed.
    var outputDirectories: [String] { [outputDirectory, testsDirectory] }

    /// What shapes the output, by the command-line names the cache key has always used.
    var keyed: [(name: String, value: String)] {
        [("--spec", specDirectory), ("--schema", schemaPath), ("--out", outputDirectory),
         ("--tests-out", testsDirectory), ("--templates", templatesDirectory), ("--openapi", openAPIPath ?? "(none)"),
         ("--runtime", runtimeDirectory)]
    }

    /// The package that holds the runtime: `Sources/NexudusRuntime` lies two folders below it.
    var runtimePackageDirectory: String {
        let root = ((runtimeDirectory as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
        return root.isEmpty ? "." : root
    }

    /// Whether the SDK goes into a target of the runtime's own package (`Generated/`, the
    /// fixture SDK), which depends on the `NexudusRuntime` target and re-exports it; any
    /// other folder belongs to another package and gets a copy of the runtime's sources.
    public var importsRuntime: Bool { Self.contains(runtimePackageDirectory, outputDirectory) }

    /// An output folder holding an input would have stale-file removal reach the inputs;
    /// a cache entry among the outputs would be a stray file, among the templates it would
    /// change the key it is stored under.
    public func validate() throws(GeneratorError) {
        for (option, directory) in [("--out", outputDirectory), ("--tests-out", testsDirectory)] {
            for (input, inputName) in [(specDirectory, "documentation"), (templatesDirectory, "templates"), (runtimeDirectory, "runtime")]
            where Self.contains(directory, input) {
                throw .invalidRequest(.overlappingFolders, "\(option) '\(directory)' contains the \(inputName) folder '\(input)'; give the output a folder of its own")
            }
        }
        guard let cacheDirectory else { return }
        for (option, directory) in [("--out", outputDirectory), ("--tests-out", testsDirectory), ("--templates", templatesDirectory),
                                    ("--runtime", runtimeDirectory)]
        where Self.contains(directory, cacheDirectory) {
            throw .invalidRequest(.overlappingFolders, "--cache-dir '\(cacheDirectory)' is inside \(option) '\(directory)'; give the cache a folder of its own")
        }
    }

    /// Whether `inner` is `outer` or lies below it, after resolving both against the
    /// current folder.
    static func contains(_ outer: String, _ inner: String) -> Bool {
        let outerPath = URL(fileURLWithPath: outer).standardizedFileURL.resolvingSymlinksInPath().path
        let innerPath = URL(fileURLWithPath: inner).standardizedFileURL.resolvingSymlinksInPath().path
        return innerPath == outerPath || innerPath.hasPrefix(outerPath.hasSuffix("/") ? outerPath : outerPath + "/")
    }
}
