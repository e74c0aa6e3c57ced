@testable import SwiftEmitter
import XCTest

/// The layout table's lines: what `JSONLayout` in the runtime reads back
/// (`RecordStorageTests.testTheLayoutTableReadsBackEveryKey` parses these very lines).
final class LayoutTableTests: XCTestCase {
    func testFlagsAndPlainKeys() {
        XCTAssertEqual(LayoutTable.line(name: "fullName", required: true, secret: false, key: "FullName"), "fullName required FullName")
        XCTAssertEqual(LayoutTable.line(name: "pin", required: false, secret: true, key: "Pin"), "pin secret Pin")
        XCTAssertEqual(LayoutTable.line(name: "token", required: true, secret: true, key: "Token"), "token required,secret Token")
        XCTAssertEqual(LayoutTable.line(name: "`default`", required: false, secret: false, key: "Display Name"), "default - Display Name")
    }

    /// A backslash, quotes, a line break, a carriage return and a trailing blank: escaped for
    /// the table (`\\`, `\n`), then for the string literal, and the last blank kept visible.
    func testHostileKeys() {
        let key = #"a\b "c" x"# + "\ny\r "
        XCTAssertEqual(LayoutTable.line(name: "odd", required: false, secret: false, key: key), #"odd - a\\\\b \"c\" x\\ny\r\u{20}"#)
        XCTAssertEqual(LayoutTable.line(name: "quotes", required: false, secret: false, key: #"""""#), #"quotes - \"\"\""#)
        XCTAssertEqual(LayoutTable.line(name: "blanks", required: false, secret: false, key: "a \u{A0} \u{3000}"), #"blanks - a\u{20}\u{a0}\u{20}\u{3000}"#)
    }

    /// Keys the plain-line short cut must leave to the escaping path: an empty key and one
    /// that ends in a blank leave a trailing blank, which is written as an escape.
    func testKeysThatEndInABlank() {
        XCTAssertEqual(LayoutTable.line(name: "empty", required: false, secret: false, key: ""), #"empty -\u{20}"#)
        XCTAssertEqual(LayoutTable.line(name: "spaced", required: true, secret: false, key: "Name "), #"spaced required Name\u{20}"#)
    }
}
