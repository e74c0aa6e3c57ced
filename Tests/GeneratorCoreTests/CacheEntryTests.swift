@testable import GeneratorCore
import XCTest

/// The cache entry's file: what is written reads back the same, and anything cut short,
/// edited or foreign reads as no entry at all.
final class CacheEntryTests: XCTestCase {
    static let entry = CacheEntry(
        key: 0x0123_4567_89AB_CDEF,
        files: [
            .init(path: "spec/schema.json", size: 185_523, hash: 0x9E16_A3A9_9ABA_88EB),
            .init(path: "Generated/My SDK/a b.swift", size: 0, hash: 0xEF46_DB37_51D8_E999),
            .init(path: "odd\\name\nwith a break", size: 12, hash: 1),
        ],
        diagnostics: [
            "spec/docs/a.md:83:1: warning: unknown type 'gizmo' for 'Notes'; it is kept as written",
            "spec/docs/b.md:1:1: warning: first line\nspec/docs/b.md:2:1: note: second \\n line",
        ])

    func testRoundTrip() throws {
        let bytes = Self.entry.encoded()
        XCTAssertEqual(CacheEntry(decoding: bytes), Self.entry)
        XCTAssertTrue(String(decoding: bytes, as: UTF8.self).hasPrefix("nexudus-codegen cache 1\nkey 0123456789abcdef\nfile 185523 9e16a3a99aba88eb spec/schema.json\n"))
        let empty = CacheEntry(key: 0, files: [], diagnostics: [])
        XCTAssertEqual(CacheEntry(decoding: empty.encoded()), empty)
    }

    /// Cut at every byte, the entry is refused: the checksum line is last.
    func testTruncatedEntryIsRefused() {
        let bytes = Self.entry.encoded()
        for length in 0..<bytes.count {
            XCTAssertNil(CacheEntry(decoding: Array(bytes.prefix(length))), "cut to \(length) bytes")
        }
    }

    /// Any one byte changed, or anything added, breaks the checksum.
    func testEditedEntryIsRefused() {
        let bytes = Self.entry.encoded()
        for index in bytes.indices {
            var edited = bytes
            edited[index] ^= 0x20
            XCTAssertNil(CacheEntry(decoding: edited), "byte \(index) changed")
        }
        XCTAssertNil(CacheEntry(decoding: bytes + Array("file 1 0000000000000000 x\n".utf8)))
        XCTAssertNil(CacheEntry(decoding: Array(repeating: 0, count: 4096)))
        XCTAssertNil(CacheEntry(decoding: Array("not an entry\n".utf8)))
    }

    /// A well-formed checksum over a body the decoder does not know is still refused.
    func testUnknownRecordsAreRefused() {
        func sealed(_ body: String) -> [UInt8] {
            let bytes = Array(body.utf8)
            return bytes + Array("end \(XXH64.hash(bytes).hex16)\n".utf8)
        }
        XCTAssertNotNil(CacheEntry(decoding: sealed("nexudus-codegen cache 1\nkey 0000000000000001\n")))
        for body in [
            "nexudus-codegen cache 2\nkey 0000000000000001\n",
            "nexudus-codegen cache 1\nkey 1\n",
            "nexudus-codegen cache 1\nkey 0000000000000001\nfile -1 0000000000000000 a\n",
            "nexudus-codegen cache 1\nkey 0000000000000001\nfile 1 0000000000000000 \n",
            "nexudus-codegen cache 1\nkey 0000000000000001\nfile 1 0000000000000000 a\\t\n",
            "nexudus-codegen cache 1\nkey 0000000000000001\nstderr x\nfile 1 0000000000000000 a\n",
            "nexudus-codegen cache 1\nkey 0000000000000001\nsomething else\n",
        ] {
            XCTAssertNil(CacheEntry(decoding: sealed(body)), body)
        }
    }
}
