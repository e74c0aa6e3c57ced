import Diagnostics
import Foundation

/// One documentation page as read from the disk: the first stage's output.
public struct PageSource: Sendable, Equatable {
    public var path: String
    public var data: Data

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }

    /// The extensions a page can have; anything else in the folder (`sources.json`, notes)
    /// is not a page.
    public static let pageExtensions: Set<String> = ["md", "mdx", "txt"]

    /// Every page below `directory`, in its subfolders too (`fetch` lays pages out by their
    /// URL path), sorted by path so the file system's listing order never changes the output.
    /// Hidden folders and files are passed over.
    public static func read(in directory: String) throws(GeneratorError) -> [PageSource] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .invalidInput(.noSuchFile, "no such documentation folder", at: .file(directory))
        }
        return try pagePaths(in: directory).map { path throws(GeneratorError) in try read(at: path) }
    }

    public static func read(at path: String) throws(GeneratorError) -> PageSource {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .invalidInput(.unreadableFile, "cannot read file", at: SourceLocation(file: path, line: 1))
        }
        return PageSource(path: path, data: data)
    }

    static func pagePaths(in directory: String) -> [String] {
        FileTree.regularFiles(under: directory, entering: { !$0.hasPrefix(".") }).filter { path in
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return !name.hasPrefix(".") && pageExtensions.contains((name as NSString).pathExtension.lowercased())
        }
    }
}
