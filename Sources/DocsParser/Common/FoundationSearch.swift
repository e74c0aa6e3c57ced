import Foundation

/// Foundation's string search (`contains`, `range(of:)`, `replacingOccurrences`), which
/// compares non-literally (canonically equivalent text matches), answered from the UTF-8
/// bytes whenever the bytes decide it, and by Foundation otherwise. The parser searches
/// every description this way, and Foundation first copies the text to UTF-16.
///
/// The bytes decide when the needle's characters have no canonical equivalent but
/// themselves, which holds for ASCII except `K`, `;` and `` ` `` (the Kelvin sign, the Greek
/// question mark and varia decompose to them) and for the en and em dashes: then text
/// without the needle's bytes cannot hold the needle, and a byte match with plain ASCII
/// (no `\r`) before it, and as the byte after it, is the match Foundation finds.
extension StringProtocol {
    public func containsNonLiterally(_ needle: String) -> Bool {
        switch byteSearch(needle, from: startIndex) {
        case .found: return true
        case .absent: return false
        case .undecided: return range(of: needle) != nil
        }
    }

    /// Foundation's `range(of:)`, searching from `start` to the end.
    func rangeNonLiterally(of needle: String, from start: Index? = nil) -> Range<Index>? {
        let start = start ?? startIndex
        switch byteSearch(needle, from: start) {
        case .found(let range): return range
        case .absent: return nil
        case .undecided: return range(of: needle, range: start..<endIndex)
        }
    }

    /// Foundation's `replacingOccurrences(of:with:)`.
    func replacingNonLiterally(_ needle: String, with replacement: String) -> String {
        var result = ""
        var rest = self[startIndex..<endIndex]
        while true {
            switch rest.byteSearch(needle, from: rest.startIndex) {
            case .absent:
                result += rest
                return result
            case .found(let range):
                result += rest[..<range.lowerBound]
                result += replacement
                rest = rest[range.upperBound...]
            case .undecided:
                return String(self).replacingOccurrences(of: needle, with: replacement)
            }
        }
    }

    /// `components(separatedBy:).count` for a separator that the bytes can decide.
    func componentCount(separatedBy needle: String) -> Int {
        var count = 1
        var rest = self[startIndex..<endIndex]
        while true {
            switch rest.byteSearch(needle, from: rest.startIndex) {
            case .absent: return count
            case .found(let range):
                count += 1
                rest = rest[range.upperBound...]
            case .undecided: return components(separatedBy: needle).count
            }
        }
    }

    fileprivate func byteSearch(_ needle: String, from start: Index) -> ByteSearch<Index> {
        guard !needle.isEmpty, needle.unicodeScalars.allSatisfy(hasNoOtherEquivalent) else { return .undecided }
        let needleIsASCII = needle.utf8.allSatisfy { $0 < 0x80 }
        let region = self[start..<endIndex].utf8
        return region.withContiguousStorageIfAvailable { bytes -> ByteSearch<Index> in
            needle.utf8Buffer { pattern in
                guard let offset = bytes.firstOffset(of: pattern) else { return .absent }
                // Up to the byte after the match the text must be plain ASCII: then no earlier
                // text can be an equivalent of the needle, and the match starts and ends on
                // Character boundaries. What follows cannot change the answer.
                let checked = UnsafeBufferPointer(rebasing: bytes[0..<Swift.min(offset + pattern.count + 1, bytes.count)])
                guard needleIsASCII, checked.isPlainASCII else { return .undecided }
                let lower = region.index(region.startIndex, offsetBy: offset)
                return .found(lower..<region.index(lower, offsetBy: pattern.count))
            }
        } ?? .undecided
    }
}

private enum ByteSearch<Index: Comparable> {
    case found(Range<Index>)
    case absent
    case undecided
}

private func hasNoOtherEquivalent(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return scalar != "K" && scalar != ";" && scalar != "`" }
    return scalar == "\u{2013}" || scalar == "\u{2014}"
}
