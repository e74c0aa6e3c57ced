import APISchema
import Diagnostics
@testable import SwiftEmitter
import XCTest

/// Doc comments as Quick Help reads them: the docs' Markdown, enum references as symbol
/// links to the generated types, and one provenance line naming the page by its URL when
/// `sources.json` knew it, by its path otherwise.
final class DocCommentTests: XCTestCase {
    private let links = DocSymbolLinks(
        typeNames: ["eIdentityCheckProvider": "IdentityCheckProvider", "eGender": "Gender", "eProtocol": "ProtocolValue"],
        caseNames: ["eGender": ["NotSet": "notSet", "Male": "male"], "eProtocol": ["Default": "`default`"]])

    func testSeeEnumValuesBecomesASymbolLinkAndKeepsTheValues() {
        XCTAssertEqual(links.linked("How the check is performed. See eIdentityCheckProvider enum values: 0 = None, 1 = Manual, 2 = StripeIdentity."),
                       "How the check is performed. See ``IdentityCheckProvider`` values: 0 = None, 1 = Manual, 2 = StripeIdentity.")
        XCTAssertEqual(links.linked("See `eGender?` enum values: 1 = Male."), "See ``Gender`` values: 1 = Male.")
        XCTAssertEqual(links.linked("See eGender? enum values: 1 = Male."), "See ``Gender`` values: 1 = Male.")
    }

    func testSeeEnumAboveLinksTheType() {
        XCTAssertEqual(links.linked("Gender. See eGender enum above."), "Gender. See ``Gender``.")
        XCTAssertEqual(links.linked("Gender. See eGender enum."), "Gender. See ``Gender``.")
        XCTAssertEqual(links.linked("One of the eGender values, the eGender enum. Or the eGender enumeration."),
                       "One of the ``Gender`` values, the ``Gender`` enum. Or the ``Gender`` enumeration.")
    }

    func testADefaultValueLinksItsCase() {
        XCTAssertEqual(links.linked("Defaults to eGender.NotSet. See eGender enum above."), "Defaults to ``Gender/notSet``. See ``Gender``.")
        XCTAssertEqual(links.linked("Defaults to `eGender.Male`."), "Defaults to ``Gender/male``.")
        XCTAssertEqual(links.linked("Defaults to eProtocol.Default."), "Defaults to ``ProtocolValue/default``.", "a link names a keyword case without backticks")
        XCTAssertEqual(links.linked("Defaults to eGender.Other."), "Defaults to ``Gender``.Other.", "a value the enum does not list links the type")
    }

    func testUnknownNamesAndLookalikesAreLeftAsWritten() {
        for text in ["See eUnknown enum values: 1 = A.", "theGender and eGenderless text", "A plain description.", "The eMail address.", "codeGender"] {
            XCTAssertEqual(links.linked(text), text)
        }
        XCTAssertEqual(links.linked("A table:\n\n| Kind | eGender |\n| --- | --- |"), "A table:\n\n| Kind | ``Gender`` |\n| --- | --- |")
    }

    func testReferencesAtTheEdgesOfTheTextAndBesideOtherScripts() {
        XCTAssertEqual(links.linked("eGender"), "``Gender``")
        XCTAssertEqual(links.linked("See `eGender`"), "See ``Gender``")
        XCTAssertEqual(links.linked("Is it eGender?"), "Is it ``Gender``?")
        XCTAssertEqual(links.linked("Größe eGender, éeGender, _eGender, 1eGender"), "Größe ``Gender``, éeGender, _eGender, 1eGender")
        XCTAssertEqual(links.linked("`eGender` and `eGender"), "``Gender`` and `eGender", "an unclosed code span is left alone")
        XCTAssertEqual(links.linked("eGender.1 and eGender. Then"), "``Gender``.1 and ``Gender``. Then")
    }

    private let page = SourceLocation(file: "spec/docs/rest-api/spaces/get-lockers.md", line: 42)

    func testTheProvenanceNamesThePageByItsURLWhenSourcesKnowIt() {
        let docs = DocComment(links: links, pageURLs: [page.file: "https://learn.nexudus.com/rest-api/spaces/get-lockers.md"])
        XCTAssertEqual(docs.provenance(page), "Documented in <https://learn.nexudus.com/rest-api/spaces/get-lockers.md>, line 42.")
        XCTAssertEqual(docs.provenance(SourceLocation(file: "spec/docs/other.md", line: 3)), "Documented in `spec/docs/other.md:3`.")
        XCTAssertEqual(docs.lines("Name. See eGender enum above.", source: page),
                       .strings([" Name. See ``Gender``.", "", " Documented in <https://learn.nexudus.com/rest-api/spaces/get-lockers.md>, line 42."]))
    }

    /// A URL that would end the autolink, the comment line or the code span is no link: the
    /// path names the page instead.
    func testAURLThatCannotBeALinkFallsBackToThePath() {
        for url in ["https://x.test/a b.md", "https://x.test/a>b.md", "https://x.test/a\nb.md", "javascript:alert(1)", "https://x.test/ä.md", "https://x.test/`.md"] {
            let docs = DocComment(links: links, pageURLs: [page.file: url])
            XCTAssertEqual(docs.provenance(page), "Documented in `spec/docs/rest-api/spaces/get-lockers.md:42`.", url)
        }
    }

    /// Through the emitter: the URL map given to `SwiftEmitter` reaches every doc comment
    /// whose page it knows; the enum's own comment too.
    func testTheEmitterNamesPagesByURL() throws {
        let other = SourceLocation(file: "spec/docs/local.txt", line: 9)
        let schema = APISchema(
            entities: [Entity(name: "Locker", description: "A locker. See eGender enum above.", fields: [
                Field(name: "Gender", type: .enumeration("eGender"), documentedType: "integer", description: "Who. Defaults to eGender.NotSet.", enum: "eGender", source: page),
                Field(name: "Code", type: .integer, description: "Code.", source: other),
            ], source: page)],
            enums: [EnumType(name: "eGender", values: [.init(value: 0, name: "NotSet"), .init(value: 1, name: "Male")], sources: [page])])
        let emitter = SwiftEmitter(templates: try EmitterFixtures.templates(), pageURLs: [page.file: "https://learn.nexudus.com/rest-api/spaces/get-lockers.md"])
        let (files, diagnostics) = emitter.emit(schema)
        XCTAssertEqual(diagnostics.map(\.rendered), [])
        let model = try XCTUnwrap(files.first { $0.path == "Models/Locker.swift" }).contents
        XCTAssertTrue(model.contains("/// A locker. See ``Gender``.\n///\n/// Documented in <https://learn.nexudus.com/rest-api/spaces/get-lockers.md>, line 42.\n"), model)
        XCTAssertTrue(model.contains("/// Who. Defaults to ``Gender/notSet``.\n    ///\n    /// Documented in <https://learn.nexudus.com/rest-api/spaces/get-lockers.md>, line 42.\n"), model)
        XCTAssertTrue(model.contains("/// Code.\n    ///\n    /// Documented in `spec/docs/local.txt:9`.\n"), model)
        let enumFile = try XCTUnwrap(files.first { $0.path == "Enums/Gender.swift" }).contents
        XCTAssertTrue(enumFile.contains("/// Documented in <https://learn.nexudus.com/rest-api/spaces/get-lockers.md>, line 42.\n"), enumFile)
        // Without the map, the same schema names every page by its path.
        let (plain, _) = SwiftEmitter(templates: try EmitterFixtures.templates()).emit(schema)
        let plainModel = try XCTUnwrap(plain.first { $0.path == "Models/Locker.swift" }).contents
        XCTAssertFalse(plainModel.contains("https://"), plainModel)
        XCTAssertTrue(plainModel.contains("/// Documented in `spec/docs/rest-api/spaces/get-lockers.md:42`.\n"), plainModel)
    }
}
