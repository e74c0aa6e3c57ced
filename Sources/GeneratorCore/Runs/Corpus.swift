import Foundation

/// A corpus the size of the whole API, made from a few real pages: copy `k` renames every
/// `Coworker…` entity to `CoworkerK…` (and `coworker…` paths to `coworkerk…`), so each copy
/// is a distinct set of entities with the same shape.
public enum Corpus {
    public static func replicate(_ seeds: [PageSource], times: Int) -> [PageSource] {
        guard times > 1 else { return seeds }
        var result: [PageSource] = []
        for copy in 0..<times {
            let tag = letters(copy)
            for seed in seeds {
                let renamed = replacing(Array("coworker".utf8), with: Array(("coworker" + tag.lowercased()).utf8),
                                        in: replacing(Array("Coworker".utf8), with: Array(("Coworker" + tag).utf8), in: Array(seed.data)))
                result.append(PageSource(path: "\(tag)-" + (seed.path as NSString).lastPathComponent, data: Data(renamed)))
            }
        }
        return result
    }

    /// Every occurrence of `needle` in `bytes` replaced, left to right: building a 1,500-page
    /// corpus this way takes milliseconds instead of seconds of Foundation string search.
    static func replacing(_ needle: [UInt8], with replacement: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + bytes.count / 8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == needle[0], index + needle.count <= bytes.count, bytes[index..<index + needle.count].elementsEqual(needle) {
                result += replacement
                index += needle.count
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }

    /// 0 → "Aa", 1 → "Ab", …: letters keep the renamed entities valid identifiers.
    static func letters(_ number: Int) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
        var value = number
        var result = ""
        repeat {
            result = String(alphabet[value % 26]) + result
            value /= 26
        } while value > 0
        return "A" + result
    }

    /// The pages written flat into `folder`; their count.
    public static func write(_ corpus: [PageSource], to folder: String) throws(GeneratorError) -> Int {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for source in corpus {
                let name = (source.path as NSString).lastPathComponent
                try source.data.write(to: URL(fileURLWithPath: (folder as NSString).appendingPathComponent(name)))
            }
        } catch {
            throw .failed(.outputError, "cannot write the benchmark corpus: \(error.localizedDescription)", at: .file(folder))
        }
        return corpus.count
    }
}
