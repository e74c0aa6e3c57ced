@testable import GeneratorCore
import XCTest

/// XXH64 against the reference implementation's values. The sanity buffer and the
/// expected values are those of xxHash's own self-test (`xxhsum -b`'s sanity check), and
/// were checked again with the `xxhash` Python binding of the reference C code.
final class XXH64Tests: XCTestCase {
    /// xxHash's sanity buffer: byte i is the top byte of a generator multiplied by a prime.
    static let sanityBuffer: [UInt8] = {
        var generator: UInt64 = 2_654_435_761
        return (0..<2367).map { _ in
            defer { generator &*= 11_400_714_785_074_694_797 }
            return UInt8(generator >> 56)
        }
    }()

    static let seed: UInt64 = 2_654_435_761

    /// Lengths around every boundary: empty, the 1-, 4- and 8-byte tails, one stripe, many.
    static let vectors: [(length: Int, seed: UInt64, hash: UInt64)] = [
        (0, 0, 0xEF46_DB37_51D8_E999), (0, seed, 0xAC75_FDA2_929B_17EF),
        (1, 0, 0xE934_A84A_DB05_2768), (1, seed, 0x5014_6076_43A9_B4C3),
        (3, 0, 0xFF7E_1959_CB50_794A), (4, 0, 0x9136_A0DC_A574_57EE),
        (8, 0, 0xCDBC_F538_E71D_1348), (14, 0, 0x8282_DCC4_994E_35C8), (14, seed, 0xC3BD_6BF6_3DEB_6DF0),
        (31, 0, 0x299B_39A2_90E6_D783), (32, 0, 0x18B2_1649_2BB4_4B70), (32, seed, 0xB3F3_3BDF_93AD_E409),
        (33, 0, 0x55C8_DC3E_578F_5B59), (63, 0, 0xA9EF_BE0F_A0F3_F4E7), (64, 0, 0xEF55_8F8A_CAC2_B5CD),
        (100, 0, 0x4BFE_019C_D91D_9EA4), (222, 0, 0xB641_AE8C_B691_C174), (222, seed, 0x20CB_8AB7_AE10_C14A),
        (2367, 0, 0xA824_18DD_EC0E_A581), (2367, seed, 0xA36A_93C1_8052_673A),
    ]

    func testReferenceVectors() {
        for vector in Self.vectors {
            let bytes = Array(Self.sanityBuffer.prefix(vector.length))
            XCTAssertEqual(XXH64.hash(bytes, seed: vector.seed).hex16, vector.hash.hex16, "length \(vector.length), seed \(vector.seed)")
        }
    }

    func testText() {
        XCTAssertEqual(XXH64.hash(Array("abc".utf8)), 0x44BC_2CF5_AD77_0999)
        XCTAssertEqual(XXH64.hash(Array("The quick brown fox jumps over the lazy dog".utf8)), 0x0B24_2D36_1FDA_71BC)
    }

    /// Fed in pieces, cut anywhere, the hash is that of the whole; a digest in the middle
    /// does not disturb what follows.
    func testPiecesGiveTheHashOfTheWhole() {
        let bytes = Array(Self.sanityBuffer.prefix(222))
        let whole = XXH64.hash(bytes, seed: Self.seed)
        for first in 0...bytes.count {
            for second in stride(from: first, through: bytes.count, by: 7) {
                var hasher = XXH64(seed: Self.seed)
                hasher.update(Array(bytes[..<first]))
                _ = hasher.digest()
                hasher.update(Array(bytes[first..<second]))
                hasher.update(Array(bytes[second...]))
                XCTAssertEqual(hasher.digest(), whole, "cut at \(first) and \(second)")
            }
        }
        var byteByByte = XXH64(seed: Self.seed)
        for byte in bytes { byteByByte.update([byte]) }
        XCTAssertEqual(byteByByte.digest(), whole)
    }

    func testHexIsSixteenDigits() {
        XCTAssertEqual(UInt64(0xAB).hex16, "00000000000000ab")
        XCTAssertEqual(UInt64.max.hex16, "ffffffffffffffff")
    }
}
