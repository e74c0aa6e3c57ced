import Diagnostics
import Foundation

extension PageReader {
    /// Parses many pages at once, spread over the processor's cores. Each page is read on
    /// its own, so the pages come back in the order given and exactly as `parse(file:data:)`
    /// reads them one by one: the output never depends on scheduling.
    public static func parse(files: [(file: String, data: Data)]) -> [ParsedPage] {
        orderedConcurrentMap(files) { parse(file: $0.file, data: $0.data) }
    }
}
