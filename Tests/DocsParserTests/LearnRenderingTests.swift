import Diagnostics
@testable import DocsParser
import XCTest

/// The learn site's rendering of the seed endpoints (`Fixtures/Pages/learn-*.txt`): the
/// same facts as the export and the developers rendering of those endpoints.
final class LearnRenderingTests: XCTestCase {
    private func learn(_ name: String) -> ParsedPage {
        PageReader.parse(file: "\(name).txt", text: fixtureText("Pages/\(name).txt"))
    }

    func testEveryLearnPageIsReadAsTheLearnRendering() {
        for name in ["learn-search", "learn-get", "learn-create", "learn-update", "learn-delete", "learn-get-cut-after-title",
                     "learn-search-cut-before-method", "learn-create-lost-field-names"] {
            XCTAssertEqual(learn(name).format, .learnRendered, name)
        }
        XCTAssertEqual(Seed.get.parse().format, .rendered)
        XCTAssertEqual(Seed.search.parse().format, .markdown)
    }

    func testTheBreadcrumbGivesTitleSummaryAndMethod() {
        let page = learn("learn-search")
        XCTAssertEqual(page.title, "Search CoworkerIdentityChecks")
        XCTAssertEqual(page.summary, "Search and list CoworkerIdentityCheck records with filtering, sorting, and pagination.")
        XCTAssertEqual(page.method, .get)
        XCTAssertEqual(page.path, "/api/spaces/coworkeridentitychecks", "from the cURL sample: this page shows no path")
        XCTAssertEqual(page.location.line, lineNumbers(of: "curl -X GET \\", in: fixtureText("Pages/learn-search.txt")).first, "where the path was stated")
        XCTAssertEqual(learn("learn-get").location.line, 4, "the method line, the path under it")
        XCTAssertEqual(page.operation, .search)
        XCTAssertEqual(page.entity, "CoworkerIdentityCheck")
        XCTAssertEqual(page.diagnostics, [])
    }

    /// The notice cut into a paragraph on one line, and into a word's run over three lines.
    func testTheNoticeIsCutOutWithoutLosingTheTextAroundIt() throws {
        let search = try XCTUnwrap(learn("learn-search").description)
        XCTAssertTrue(search.contains("a Business (location). The VerificationType determines"), search)
        let create = try XCTUnwrap(learn("learn-create").description)
        XCTAssertTrue(create.hasPrefix("A CoworkerIdentityCheckDocument represents a document submitted as part of a CoworkerIdentityCheck for a customer."), create)
        let update = try XCTUnwrap(learn("learn-update").description)
        XCTAssertEqual(update, "Updates an existing CoworkerIdentityCheckDocument record. You must include the Id of the record to update along with all required fields.")
        for description in [search, create, update] {
            XCTAssertFalse(description.contains("Documentation Index") || description.contains("llms.txt") || description.contains("Use this file"), description)
        }
    }

    func testItsPipeTablesStayTablesInTheDescription() throws {
        let description = try XCTUnwrap(learn("learn-get").description)
        XCTAssertTrue(description.contains("\n| VerificationType | Purpose |\n|---|---|\n| IdDocument (1) | Verifies"), description)
    }

    /// `…role.Enums`: the role is read, and so is the section glued after it.
    func testTheRoleGluedToTheNextHeadingIsReadAndSoIsTheSection() {
        let search = learn("learn-search")
        XCTAssertEqual(search.role, "CoworkerIdentityCheck-List", "wrapped over two lines, then glued to Enums")
        XCTAssertEqual(search.enums.map(\.name), ["eIdentityCheckProvider", "eIdentityCheckDocumentType", "eAddressCheckDocumentType", "eIdVerificationType", "eIdVerificationStatus"])
        let get = learn("learn-get")
        XCTAssertEqual(get.role, "CoworkerIdentityCheck-Read")
        assertParameter(get.parameter("id"), in: .path, type: "integer", required: true)
    }

    func testEnumsAreNamedByTheirTitleAndTheirPipeTableIsRead() {
        let page = learn("learn-search")
        let documents = page.enumNamed("eIdentityCheckDocumentType")
        XCTAssertEqual(documents?.fields, ["IdentityDocumentType"])
        XCTAssertEqual(documents.map { valueList($0.values) }?.suffix(2), ["10 NEXUSCard", "99 Other"])
        XCTAssertEqual(documents?.values.count, 12)
        XCTAssertEqual(documents?.location.line, lineNumbers(of: "| Value | Name |", in: fixtureText("Pages/learn-search.txt"))[1])
        XCTAssertEqual(page.parameter("CoworkerIdentityCheck_IdentityDocumentType")?.enum, "eIdentityCheckDocumentType")
    }

    func testTheSearchReadsItsGroupsDefaultsSortingAndNotes() {
        let page = learn("learn-search")
        assertParameter(page.parameter("page"), in: .query, type: "integer", default: "1", group: .pagination)
        assertParameter(page.parameter("from_CoworkerIdentityCheck_UpdatedOn"), in: .query, type: "string", group: .range)
        XCTAssertEqual(page.queryParameters.count, 40)
        XCTAssertEqual(page.sortDirection, SortDirectionEncoding(ascending: "0", descending: "1"))
        XCTAssertEqual(page.notes.map(\.kind), [.partialRecords, .getBeforePut])
        XCTAssertEqual(page.requestExamples.map(\.title), ["Simple listing", "Filtering by Name", "Range filters"])
    }

    func testTheGetShowsItsPathAndItsFields() {
        let page = learn("learn-get")
        XCTAssertEqual(page.path, "/api/spaces/coworkeridentitychecks/{id}")
        XCTAssertEqual(page.responseFields.count, 37)
        XCTAssertEqual(page.exampleResponses.count, 1)
        XCTAssertEqual(page.responseField("VerificationStatus")?.enum, "eIdVerificationStatus")
        XCTAssertEqual(page.diagnostics, [])
    }

    /// "Hide child attributes": the example says which fields after it are the children.
    func testChildFieldsAfterTheToggleEndWhereTheExampleSaysTheyDo() {
        let page = learn("learn-create")
        let errors = page.responseField("Errors", status: 400)
        XCTAssertEqual(errors?.children.map(\.name), ["AttemptedValue", "Message", "PropertyName"])
        XCTAssertEqual(page.responseFields.filter { $0.status == 400 }.map(\.name), ["Message", "Value", "Errors", "WasSuccessful"])
        XCTAssertEqual(errors?.description, "Array of validation errors.")
    }

    func testChildFieldsFoldedAwayOrWithoutAnExampleAreWarnings() {
        let head = "Gizmos\nUpdate Gizmo\nUpdate a Gizmo.\nPUT\nUpdate Gizmo\n/api/spaces/gizmos\nA gizmo.\nAuthentication\nHave the Gizmo-Edit role.Response\n200\n"
        let folded = parsePage(head + "Errors\nobject[]\nThe errors.\nShow child attributes\nWasSuccessful\nboolean\nWhether it worked.\n")
        XCTAssertEqual(folded.diagnosticSummary, ["warning unreadableField @14"])
        XCTAssertEqual(folded.responseFields.map(\.name), ["Errors", "WasSuccessful"])
        let guessed = parsePage(head + "Errors\nobject[]\nThe errors.\nHide child attributes\nMessage\nstring\nWhat went wrong.\n")
        XCTAssertEqual(guessed.diagnosticSummary, ["warning unreadableField @14"])
        XCTAssertEqual(guessed.responseField("Errors")?.children.map(\.name), ["Message"])
    }

    /// A page whose Required Fields lost their names and types, and one field its type.
    func testFieldsThatLostTheirNamesOrTypesAreErrorsNeverAnEmptyRecord() {
        let page = learn("learn-create-lost-field-names")
        let text = fixtureText("Pages/learn-create-lost-field-names.txt")
        XCTAssertEqual(page.diagnostics.filter { $0.id == .lostFieldNames }.compactMap { $0.location?.line }.sorted(),
                       [lineNumbers(of: "Required Fields", in: text)[0], lineNumbers(of: "NewPhotoUrl", in: text)[0]])
        XCTAssertTrue(page.diagnostics.filter { $0.id == .lostFieldNames }.allSatisfy { $0.severity == .error })
        XCTAssertEqual(page.bodyFields.map(\.name), ["ClearPhotoFile", "NewDocumentUrl", "ClearDocumentFile", "NewAdditionalDocumentUrl", "ClearAdditionalDocumentFile", "Notes"])
        XCTAssertFalse(CutOff.isCutOff(page), "lossy is not cut off")
    }

    func testACompleteDeleteWithNoResponseSectionIsNotCutOff() {
        let page = learn("learn-delete")
        XCTAssertEqual(page.operation, .delete)
        XCTAssertEqual(page.method, .delete)
        XCTAssertEqual(page.path, "/api/spaces/coworkeridentitychecks/{id}".replacingOccurrences(of: "checks", with: "checkdocuments"))
        XCTAssertEqual(page.role, "CoworkerIdentityCheckDocument-Delete")
        XCTAssertEqual(page.diagnostics, [])
    }
}

/// Smaller learn site pages, a few lines each.
final class LearnSnippetTests: XCTestCase {
    func testCodeTabLabelsAndOtherTabsCodeAreNotExampleTitles() {
        let page = parsePage("""
            Gizmos
            Search Gizmos
            Search and list Gizmo records.
            GET
            Search Gizmos
            A gizmo.
            Authentication
            Have the Gizmo-List role.Code Examples
            Simple listing
            cURL
            JavaScript
            Python
            curl -X GET \\
              "https://spaces.nexudus.com/api/spaces/gizmos?page=1" \\
              -H "Authorization: Bearer YOUR_TOKEN"
            const response = await fetch('https://spaces.nexudus.com/api/spaces/gizmos');
            Response
            200
            TotalItems
            integer
            Total number of matching records.
            """, file: "gizmos.txt")
        XCTAssertEqual(page.format, .learnRendered)
        XCTAssertEqual(page.requestExamples.map(\.title), ["Simple listing"])
        XCTAssertEqual(page.path, "/api/spaces/gizmos")
        XCTAssertEqual(page.responseField("TotalItems")?.type, "integer")
        XCTAssertEqual(page.diagnostics, [])
    }

    /// `required` under Required Fields is a field's flag, and `Filter` before a type line a
    /// field, not headings.
    func testLowerCaseFlagsAndFieldsNamedLikeHeadingsAreNotHeadings() {
        let page = parsePage("""
            Gizmos
            Create Gizmo
            Create a Gizmo record.
            POST
            Create Gizmo
            /api/spaces/gizmos
            A gizmo.
            Authentication
            Have the Gizmo-Create role.Request Body
            Required Fields
            Name
            string
            required
            Display name.
            Filter
            string
            A filter expression.
            Response
            200
            Status
            integer
            HTTP status code.
            """, file: "gizmos.txt")
        assertParameter(page.parameter("Name"), in: .body, type: "string", required: true)
        assertParameter(page.parameter("Filter"), in: .body, type: "string")
        XCTAssertEqual(page.diagnostics, [])
    }
}

extension LearnSnippetTests {
    /// The site's feedback buttons and links after the page are no fields and no notes.
    func testTheSitesOwnLinesAreNotReadAsThePages() {
        let page = parsePage("""
            Gizmos
            Delete Gizmo
            Delete a Gizmo record.
            DELETE
            Delete Gizmo
            /api/spaces/gizmos/{id}
            Deletes a gizmo.
            Authentication
            Have the Gizmo-Delete role.Path Parameters
            id
            integer
            required
            The Id of the Gizmo record to delete.
            Was this page helpful?
            Yes
            No
            Suggest edits
            Raise issue
            Powered by Mintlify
            """, file: "gizmos.txt")
        XCTAssertEqual(page.pathParameters.map(\.description), ["The Id of the Gizmo record to delete."])
        XCTAssertEqual(page.notes, [])
        XCTAssertEqual(page.diagnostics, [])
    }
}

extension LearnSnippetTests {
    /// Saved with the skip link, and with the method and path on one line.
    func testTheSkipLinkAndAMethodLineWithItsPathAreRead() {
        let page = parsePage("""
            Skip to main content
            Gizmos
            Get one Gizmo
            Retrieve a single Gizmo record.
            GET /api/spaces/gizmos/{id}
            Get one Gizmo
            A gizmo.
            Authentication
            Have the Gizmo-Read role.Path Parameters
            id
            integer
            required
            The Id of the Gizmo record to retrieve.
            Response
            200
            Name
            string
            Display name.
            """, file: "gizmo.txt")
        XCTAssertEqual(page.format, .learnRendered)
        XCTAssertEqual(page.method, .get)
        XCTAssertEqual(page.path, "/api/spaces/gizmos/{id}")
        XCTAssertEqual(page.location.line, 5)
        XCTAssertEqual(page.title, "Get one Gizmo")
        XCTAssertEqual(page.description, "A gizmo.")
        XCTAssertEqual(page.responseFields.map(\.name), ["Name"])
        XCTAssertEqual(page.diagnostics, [])
    }
}

extension LearnSnippetTests {
    /// A path on one line ends there; split one segment a line, it is joined.
    func testThePathOnOneLineOrSplitBySegment() {
        let tail = "Authentication\nHave the Gizmo-Read role.Response\n200\nName\nstring\nDisplay name.\n"
        let whole = parsePage("Gizmos\nGet one Gizmo\nRetrieve a Gizmo.\nGET\nGet one Gizmo\n/api/spaces/gizmos/{id}\nGizmos.\n" + tail)
        XCTAssertEqual(whole.path, "/api/spaces/gizmos/{id}")
        XCTAssertEqual(whole.description, "Gizmos.")
        let split = parsePage("Gizmos\nGet one Gizmo\nRetrieve a Gizmo.\nGET\nGet one Gizmo\n/\napi\n/\nspaces\n/\ngizmos\n/\n{id}\nGizmos.\n" + tail)
        XCTAssertEqual(split.path, "/api/spaces/gizmos/{id}")
        XCTAssertEqual(split.description, "Gizmos.")
    }
}
