import Foundation

/// How the SDK reaches its support code (JSON, dates, client, errors), which is ordinary
/// Swift in `Sources/NexudusRuntime`, compiled and tested once.
public enum RuntimeOutput: Sendable {
    /// The output is a target of the package that holds the runtime and depends on it:
    /// one file re-exports the runtime module, so an app imports the SDK alone.
    case imported(module: String)
    /// The output is a folder of another package: the runtime's sources are copied into
    /// `Runtime/`, each under the generated header, and become part of the SDK's module.
    case copied(RuntimeSources)

    /// This package's runtime target.
    public static let runtimeModule = "NexudusRuntime"
}

/// The runtime's Swift files as read from its folder, sorted by name.
public struct RuntimeSources: Sendable {
    public struct File: Sendable {
        /// The file name: `JSONValue.swift`.
        public var name: String
        /// nil when the file cannot be read.
        public var data: Data?
    }

    public var directory: String
    /// nil when `directory` is not a folder.
    public var files: [File]?

    public init(directory: String, files: [File]?) {
        self.directory = directory
        self.files = files
    }

    public static func read(from directory: String) -> RuntimeSources {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            return RuntimeSources(directory: directory, files: nil)
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".swift") }.sorted()
        return RuntimeSources(directory: directory, files: names.map { name in
            File(name: name, data: FileManager.default.contents(atPath: (directory as NSString).appendingPathComponent(name)))
        })
    }
}
