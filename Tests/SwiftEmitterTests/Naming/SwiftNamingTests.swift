import TestSupport
import XCTest
@testable import SwiftEmitter

/// API names → Swift names: members, types, keywords, odd characters and collisions.
final class SwiftNamingTests: XCTestCase {
    // MARK: Members

    func testPascalCaseBecomesCamelCase() {
        XCTAssertEqual(SwiftNaming.memberName("BusinessId"), "businessId")
        XCTAssertEqual(SwiftNaming.memberName("Id"), "id")
        XCTAssertEqual(SwiftNaming.memberName("Name"), "name")
        XCTAssertEqual(SwiftNaming.memberName("StripeVerificationSessionId"), "stripeVerificationSessionId")
        XCTAssertEqual(SwiftNaming.memberName("alreadyCamel"), "alreadyCamel")
    }

    func testLeadingAcronymIsLowerCasedUpToTheNextWord() {
        XCTAssertEqual(SwiftNaming.memberName("URLPath"), "urlPath")
        XCTAssertEqual(SwiftNaming.memberName("IDNumber"), "idNumber")
        XCTAssertEqual(SwiftNaming.memberName("ID"), "id")
        XCTAssertEqual(SwiftNaming.memberName("URL"), "url")
        XCTAssertEqual(SwiftNaming.memberName("ID2"), "id2")
        XCTAssertEqual(SwiftNaming.memberName("USStates"), "usStates")
    }

    func testPluralAcronymIsOneWord() {
        XCTAssertEqual(SwiftNaming.memberName("URLs"), "urls")
        XCTAssertEqual(SwiftNaming.memberName("IDs"), "ids")
        XCTAssertEqual(SwiftNaming.memberName("IDsToMerge"), "idsToMerge")
    }

    func testAcronymsInsideANameKeepTheAPICasing() {
        XCTAssertEqual(SwiftNaming.memberName("TaxIDNumber"), "taxIDNumber")
        XCTAssertEqual(SwiftNaming.memberName("NEXUSCard"), "nexusCard")
        XCTAssertEqual(SwiftNaming.memberName("CoworkerIDs"), "coworkerIDs")
    }

    func testDigitsInsideAName() {
        XCTAssertEqual(SwiftNaming.memberName("Office365AccessToken"), "office365AccessToken")
        XCTAssertEqual(SwiftNaming.memberName("IdentityCheckProvider1"), "identityCheckProvider1")
    }

    func testLeadingDigitsGetAnUnderscore() {
        XCTAssertEqual(SwiftNaming.memberName("3DSecure"), "_3DSecure")
        XCTAssertEqual(SwiftNaming.memberName("24Hours"), "_24Hours")
        XCTAssertEqual(SwiftNaming.memberName("1"), "_1")
    }

    func testSpacesAndPunctuationSplitWords() {
        XCTAssertEqual(SwiftNaming.memberName("Coworker type"), "coworkerType")
        XCTAssertEqual(SwiftNaming.memberName("  Full   name "), "fullName")
        XCTAssertEqual(SwiftNaming.memberName("Check-in / out"), "checkInOut")
        XCTAssertEqual(SwiftNaming.memberName("Tax Rate (%)"), "taxRate")
    }

    func testUnderscoresAreKept() {
        XCTAssertEqual(SwiftNaming.memberName("Coworker_FullName"), "coworker_FullName")
    }

    func testNonASCIILettersBecomeUnderscores() {
        XCTAssertEqual(SwiftNaming.memberName("Größe"), "gr__e")
    }

    func testTextWithoutLettersOrDigitsStillGetsAName() {
        XCTAssertEqual(SwiftNaming.memberName(""), "unnamed")
        XCTAssertEqual(SwiftNaming.memberName("—"), "unnamed")
        XCTAssertEqual(SwiftNaming.memberName("_"), "unnamed")  // `_` alone is the wildcard
        XCTAssertEqual(SwiftNaming.memberName("__"), "unnamed")
    }

    // MARK: Keywords

    func testKeywordsAreEscapedWithBackticks() {
        XCTAssertEqual(SwiftNaming.memberName("Default"), "`default`")
        XCTAssertEqual(SwiftNaming.memberName("Protocol"), "`protocol`")
        XCTAssertEqual(SwiftNaming.memberName("Class"), "`class`")
        XCTAssertEqual(SwiftNaming.memberName("Repeat"), "`repeat`")
        XCTAssertEqual(SwiftNaming.memberName("In"), "`in`")
        XCTAssertEqual(SwiftNaming.memberName("Is"), "`is`")
        XCTAssertEqual(SwiftNaming.memberName("Operator"), "`operator`")
        XCTAssertEqual(SwiftNaming.memberName("Await"), "`await`")
        XCTAssertEqual(SwiftNaming.memberName("Throws"), "`throws`")
        XCTAssertEqual(SwiftNaming.memberName("Nil"), "`nil`")
        XCTAssertEqual(SwiftNaming.memberName("True"), "`true`")
    }

    /// The quick test that spares most names the two set lookups must let every reserved
    /// word through, and a reserved word escaped must come out escaped whatever the case.
    func testEveryReservedWordPassesTheQuickTest() {
        for word in SwiftNaming.keywords.union(SwiftNaming.unescapableMembers) {
            XCTAssertTrue(SwiftNaming.mayBeReserved(word), word)
            XCTAssertNotEqual(SwiftNaming.escapedIfReserved(word), word, word)
        }
        for name in ["firstName", "id2", "x", "a_b", "élan", "precedencegroups", "classType", "iD"] {
            XCTAssertFalse(SwiftNaming.mayBeReserved(name), name)
            XCTAssertEqual(SwiftNaming.escapedIfReserved(name), name)
        }
    }

    /// Contextual keywords are plain identifiers wherever the templates put a member name
    /// (`NamingCompilesTests` proves it), so they are not escaped.
    func testContextualKeywordsNeedNoEscaping() {
        for word in ["Type", "Open", "Get", "Set", "Some", "Any", "Async", "Package", "Each", "Copy", "Actor", "Optional", "Required"] {
            XCTAssertEqual(SwiftNaming.memberName(word), word.lowercased())
        }
    }

    /// `x.self`, `x.init` and `X.Type` mean something else even written in backticks.
    func testNamesBackticksCannotRescueAreRenamed() {
        XCTAssertEqual(SwiftNaming.memberName("Self"), "self_")
        XCTAssertEqual(SwiftNaming.memberName("self"), "self_")
        XCTAssertEqual(SwiftNaming.memberName("init"), "init_")
        XCTAssertEqual(SwiftNaming.memberName("Init"), "init_")
        XCTAssertEqual(SwiftNaming.memberName("Deinit"), "deinit_")
        XCTAssertEqual(SwiftNaming.memberName("Subscript"), "subscript_")
        XCTAssertEqual(SwiftNaming.memberName("Super"), "super_")
    }

    /// At a call site a keyword label needs no backticks (Swift warns about them), except
    /// `inout`. `NamingCompilesTests` calls with every keyword.
    func testArgumentLabelsDropBackticksWhereSwiftAllowsIt() {
        XCTAssertEqual(SwiftNaming.argumentLabel("`default`"), "default")
        XCTAssertEqual(SwiftNaming.argumentLabel("`protocol`"), "protocol")
        XCTAssertEqual(SwiftNaming.argumentLabel("`let`"), "let")
        XCTAssertEqual(SwiftNaming.argumentLabel("id2"), "id2")
        XCTAssertEqual(SwiftNaming.argumentLabel("`inout`"), "`inout`")
    }

    // MARK: Types

    func testEnumPrefixIsDropped() {
        XCTAssertEqual(SwiftNaming.typeName("eIdVerificationStatus"), "IdVerificationStatus")
        XCTAssertEqual(SwiftNaming.typeName("eGender"), "Gender")
        XCTAssertEqual(SwiftNaming.typeName("eRegularPaymentProvider"), "RegularPaymentProvider")
    }

    func testAWordStartingWithLowerCaseEIsNotAnEnumPrefix() {
        XCTAssertEqual(SwiftNaming.typeName("event"), "Event")
        XCTAssertEqual(SwiftNaming.typeName("e"), "E")
        XCTAssertEqual(SwiftNaming.typeName("Email"), "Email")
    }

    func testTypeNamesAreUpperCamelCase() {
        XCTAssertEqual(SwiftNaming.typeName("CoworkerIdentityCheck"), "CoworkerIdentityCheck")
        XCTAssertEqual(SwiftNaming.typeName("coworker type"), "CoworkerType")
        XCTAssertEqual(SwiftNaming.typeName("3DSecure"), "_3DSecure")
        XCTAssertEqual(SwiftNaming.typeName(""), "Unnamed")
        XCTAssertEqual(SwiftNaming.typeName("_"), "Unnamed")
    }

    /// A documented type must not redeclare or shadow a Swift, Foundation or runtime type.
    func testReservedTypeNamesGetASuffix() {
        XCTAssertEqual(SwiftNaming.typeName("eType"), "TypeValue")
        XCTAssertEqual(SwiftNaming.typeName("Self"), "SelfValue")
        XCTAssertEqual(SwiftNaming.typeName("eProtocol"), "ProtocolValue")
        XCTAssertEqual(SwiftNaming.typeName("String"), "StringValue")
        XCTAssertEqual(SwiftNaming.typeName("eSortDirection"), "SortDirectionValue")
        XCTAssertEqual(SwiftNaming.typeName("Endpoint"), "EndpointValue")
        XCTAssertEqual(SwiftNaming.typeName("ValidationError"), "ValidationErrorValue")
        XCTAssertEqual(SwiftNaming.typeName("Decoder"), "DecoderValue")
        XCTAssertEqual(SwiftNaming.typeName("CodingKeys"), "CodingKeysValue")
    }

    func testEveryRuntimeTypeIsReserved() throws {
        let runtime = packageRoot.appendingPathComponent("Sources/NexudusRuntime")
        var declared: Set<String> = []
        for name in try FileManager.default.contentsOfDirectory(atPath: runtime.path) where name.hasSuffix(".swift") {
            let text = try String(contentsOf: runtime.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(separator: "\n") where !line.hasPrefix(" ") && !line.hasPrefix("//") {
                let words = line.split(separator: " ").map(String.init)
                if let index = words.firstIndex(where: { ["struct", "enum", "protocol", "class", "actor", "typealias"].contains($0) }),
                   index + 1 < words.count {
                    declared.insert(String(words[index + 1].prefix { $0.isLetter || $0.isNumber }))
                }
            }
        }
        XCTAssertTrue(declared.contains("JSONValue"), "found \(declared.sorted())")
        XCTAssertEqual(declared.subtracting(SwiftNaming.reservedTypeNames).sorted(), [])
    }

    // MARK: Collisions

    func testCollidingNamesAreMadeUniqueInOrder() {
        let names = ["Id", "ID"].map(SwiftNaming.memberName)
        XCTAssertEqual(names, ["id", "id"])
        XCTAssertEqual(SwiftNaming.uniqued(names), ["id", "id2"])
        XCTAssertEqual(SwiftNaming.uniqued(["ID", "Id"].map(SwiftNaming.memberName)), ["id", "id2"])
        XCTAssertEqual(SwiftNaming.uniqued(["a", "a", "a"]), ["a", "a2", "a3"])
    }

    func testUniqueNamesSkipNamesAlreadyTaken() {
        XCTAssertEqual(SwiftNaming.uniqued(["id", "id", "id2"]), ["id", "id2", "id22"])
        XCTAssertEqual(SwiftNaming.uniqued(["rawValue", "name"], reserved: ["rawValue"]), ["rawValue2", "name"])
    }

    func testUniquingLooksThroughBackticks() {
        XCTAssertEqual(SwiftNaming.uniqued(["`default`", "`default`"]), ["`default`", "default2"])
        XCTAssertEqual(SwiftNaming.uniqued(["`default`"], reserved: ["default"]), ["default2"])
    }

    func testUniquingIsDeterministic() {
        let names = ["Id", "ID", "id", "Default", "default", "Self", "self"].map(SwiftNaming.memberName)
        XCTAssertEqual(SwiftNaming.uniqued(names), ["id", "id2", "id3", "`default`", "default2", "self_", "self_2"])
        XCTAssertEqual(SwiftNaming.uniqued(names), SwiftNaming.uniqued(names))
    }
}
