import APISchema
import Diagnostics
import XCTest

/// Exact facts of the schema merged from the five seed pages.
final class SchemaMergeSeedTests: XCTestCase {
    let (schema, diagnostics) = SchemaMerger.merge(MergePages.seeds)

    func testNoDiagnosticsAtAll() {
        XCTAssertEqual(diagnostics, [], diagnostics.map(\.rendered).joined(separator: "\n"))
    }

    func testOperations() {
        XCTAssertEqual(schema.operations.map(\.id), [
            "Coworker.create", "CoworkerIdentityCheck.get", "CoworkerIdentityCheck.search",
            "CoworkerIdentityCheckDocument.create", "CoworkerIdentityCheckDocument.update",
        ])
        XCTAssertEqual(schema.operations.map(\.method), [.post, .get, .get, .post, .put])
        XCTAssertEqual(schema.operations.map(\.path), [
            "/api/spaces/coworkers", "/api/spaces/coworkeridentitychecks/{id}", "/api/spaces/coworkeridentitychecks",
            "/api/spaces/coworkeridentitycheckdocuments", "/api/spaces/coworkeridentitycheckdocuments",
        ])
        XCTAssertEqual(schema.operations.map(\.kind), [.create, .get, .search, .create, .update])
        XCTAssertEqual(schema.operations.map(\.responseShape), [.actionResult, .record, .list, .actionResult, .actionResult])
        XCTAssertEqual(schema.operations.map(\.role), [
            "Coworker-Create", "CoworkerIdentityCheck-Read", "CoworkerIdentityCheck-List",
            "CoworkerIdentityCheckDocument-Create", "CoworkerIdentityCheckDocument-Edit",
        ])
        XCTAssertEqual(schema.operations.map { $0.responses.map(\.status) }, [[200, 400], [200], [200], [200, 400], [200, 400]])
        XCTAssertTrue(schema.operations.allSatisfy { $0.responses.allSatisfy { $0.example != nil } })
        XCTAssertEqual(schema.operations.map(\.body.count), [183, 0, 0, 10, 11])
        XCTAssertEqual(schema.operations.map(\.sortDirection), [nil, nil, SortDirectionEncoding(ascending: "0", descending: "1"), nil, nil])
    }

    func testEntitiesRecordFromGetPageListingFromSearchPage() throws {
        XCTAssertEqual(schema.entities.map(\.name), ["Coworker", "CoworkerIdentityCheck", "CoworkerIdentityCheckDocument"])
        let check = try XCTUnwrap(schema.entity(named: "CoworkerIdentityCheck"))
        let getPage = MergePages.seed(3)
        XCTAssertEqual(check.fields.map(\.name), getPage.responseFields.map(\.name))
        XCTAssertEqual(check.fields.map(\.documentedType), getPage.responseFields.map(\.type))
        XCTAssertEqual(check.fields.map(\.enum), getPage.responseFields.map(\.enum))
        XCTAssertEqual(check.source?.file, "spec/docs/003_1c1542fb87353d24.txt")
        XCTAssertEqual(check.listingOmits, ["Description", "IdentityCheckProvider1", "VerificationType1", "Description1",
                                            "IdentityCheckProvider2", "VerificationType2", "Description2"])
        XCTAssertEqual(Set(check.listingOmits).subtracting(check.fields.map(\.name)), [], "every omitted field is a record field")
        XCTAssertEqual(schema.entity(named: "Coworker")?.fields, [], "no get page documents the Coworker record")
        XCTAssertEqual(schema.entity(named: "Coworker")?.listingOmits, [])
    }

    func testFiltersNameTheirFieldAndTakeItsEnum() throws {
        let search = try XCTUnwrap(schema.operations.first { $0.id == "CoworkerIdentityCheck.search" })
        let record = try XCTUnwrap(schema.entity(named: "CoworkerIdentityCheck")).fields
        for parameter in search.parameters where parameter.group == .filter || parameter.group == .range {
            let field = try XCTUnwrap(record.first { $0.name == parameter.field }, "\(parameter.name) filters \(parameter.field ?? "nil")")
            XCTAssertEqual(parameter.enum, field.enum, parameter.name)
        }
        let fields = Dictionary(uniqueKeysWithValues: search.parameters.map { ($0.name, $0.field) })
        XCTAssertEqual(fields["CoworkerIdentityCheck_Business"], "BusinessId")
        XCTAssertEqual(fields["CoworkerIdentityCheck_Coworker"], "CoworkerId")
        XCTAssertEqual(fields["CoworkerIdentityCheck_Coworker_FullName"], "CoworkerFullName")
        XCTAssertEqual(fields["from_CoworkerIdentityCheck_UpdatedOn"], "UpdatedOn")
        XCTAssertEqual(fields["page"], .some(nil))
        XCTAssertEqual(search.parameters.filter { $0.enum != nil }.count, 5)
        XCTAssertEqual(search.parameters.filter { $0.group == .range }.map(\.format), Array(repeating: "date-time", count: 6))
    }

    func testBodiesKeepEnumsDefaultsAndNullability() throws {
        let create = try XCTUnwrap(schema.operations.first { $0.id == "Coworker.create" })
        let gender = try XCTUnwrap(create.body.first { $0.name == "Gender" })
        XCTAssertEqual(gender.enum, "eGender")
        XCTAssertEqual(gender.default, "NotSet")
        let provider = try XCTUnwrap(create.body.first { $0.name == "RegularPaymentProvider" })
        XCTAssertEqual(provider.enum, "eRegularPaymentProvider")
        XCTAssertTrue(provider.nullable)
        let update = try XCTUnwrap(schema.operations.first { $0.id == "CoworkerIdentityCheckDocument.update" })
        XCTAssertEqual(update.body.filter(\.required).map(\.name), ["Id", "CoworkerId", "CoworkerIdentityCheckId", "Name"])
        let errors = try XCTUnwrap(update.responses.first { $0.status == 400 }?.fields.first { $0.name == "Errors" })
        XCTAssertEqual(errors.children.map(\.name), ["AttemptedValue", "Message", "PropertyName"])
    }

    func testEnumsHaveEveryValueAndEverySource() throws {
        XCTAssertEqual(schema.enums.map(\.values.count), [10, 5, 2, 3, 6, 6, 3, 12, 3, 20])
        XCTAssertTrue(schema.enums.allSatisfy { !$0.isFlags })
        XCTAssertEqual(schema.enumType(named: "eIdVerificationStatus")?.sources.map(\.file), [
            "spec/docs/000_49fd64d59c0cccb4.txt", "spec/docs/001_edbeff8a5b28dd5a.txt",
            "spec/docs/002_0222b7055e792214.txt", "spec/docs/003_1c1542fb87353d24.txt",
        ])
        for enumType in schema.enums {
            XCTAssertEqual(enumType.values.map(\.value), enumType.values.map(\.value).sorted(), enumType.name)
        }
    }

    func testShuffledPagesGiveByteIdenticalJSON() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let reference = try encoder.encode(schema)
        for rotation in 1..<MergePages.seeds.count {
            let pages = MergePages.seeds
            let rotated = Array(pages[rotation...] + pages[..<rotation]).reversed()
            let (other, otherDiagnostics) = SchemaMerger.merge(Array(rotated))
            XCTAssertEqual(try encoder.encode(other), reference)
            XCTAssertEqual(otherDiagnostics, diagnostics)
        }
        XCTAssertEqual(try APISchema.decode(from: reference), schema)
    }
}
