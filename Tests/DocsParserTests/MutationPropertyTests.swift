import DocsParser
import Foundation
import TestSupport
import XCTest

/// A deterministic stand-in for the fuzzer inside `swift test`: the seed pages cut, pruned,
/// duplicated and bit-flipped a few thousand times must never crash the parser, and every
/// problem it reports must point at a place in the page.
final class MutationPropertyTests: XCTestCase {
    /// SplitMix64: the same sequence on every run and machine, so a failure reproduces.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func seeds() throws -> [Data] {
        let docs = packageRoot.appendingPathComponent("spec/docs")
        return try FileManager.default.contentsOfDirectory(atPath: docs.path).sorted().map {
            try Data(contentsOf: docs.appendingPathComponent($0))
        }
    }

    static func mutate(_ data: Data, using random: inout SeededGenerator) -> Data {
        var bytes = [UInt8](data)
        guard !bytes.isEmpty else { return data }
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            guard !bytes.isEmpty else { break }
            let start = Int.random(in: 0..<bytes.count, using: &random)
            let length = min(bytes.count - start, Int.random(in: 1...400, using: &random))
            switch Int.random(in: 0..<4, using: &random) {
            case 0: bytes.removeSubrange(start...)  // truncation
            case 1: bytes.removeSubrange(start..<start + length)  // deletion
            case 2: bytes.insert(contentsOf: bytes[start..<start + length], at: start)  // duplication
            default: bytes[start] ^= UInt8(1 << Int.random(in: 0..<8, using: &random))  // bit flip
            }
        }
        return Data(bytes)
    }

    func testMutatedPagesNeverCrashAndEveryDiagnosticHasAPlace() throws {
        let seeds = try Self.seeds()
        var random = SeededGenerator(state: 20261121)
        var diagnosed = 0
        for iteration in 0..<2_000 {
            let seed = seeds[iteration % seeds.count]
            let mutated = Self.mutate(seed, using: &random)
            let page = PageReader.parse(file: "mutant-\(iteration).txt", data: mutated)
            for diagnostic in page.diagnostics {
                guard let location = diagnostic.location else {
                    return XCTFail("mutant \(iteration): '\(diagnostic.message)' has no location")
                }
                XCTAssertEqual(location.file, "mutant-\(iteration).txt")
                XCTAssertGreaterThanOrEqual(location.line, 1)
                XCTAssertGreaterThanOrEqual(location.column, 1)
            }
            if !page.diagnostics.isEmpty { diagnosed += 1 }
        }
        // The mutations are not no-ops: most mutants break something the parser notices.
        XCTAssertGreaterThan(diagnosed, 500)
    }
}
