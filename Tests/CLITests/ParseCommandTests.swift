import Foundation
import XCTest

/// `parse --json`: one object per page with the documented keys, for machines.
final class ParseCommandTests: XCTestCase {
    static let seeds = [
        "000_49fd64d59c0cccb4.txt", "001_edbeff8a5b28dd5a.txt", "002_0222b7055e792214.txt",
        "003_1c1542fb87353d24.txt", "004_171b5e522a1534d0.txt",
    ]

    /// What each seed is, as a reader of the page would say it.
    static let expected: [String: (format: String, method: String, path: String, entity: String, operation: String)] = [
        "000_49fd64d59c0cccb4.txt": ("markdown", "POST", "/api/spaces/coworkeridentitycheckdocuments", "CoworkerIdentityCheckDocument", "create"),
        "001_edbeff8a5b28dd5a.txt": ("rendered", "PUT", "/api/spaces/coworkeridentitycheckdocuments", "CoworkerIdentityCheckDocument", "update"),
        "002_0222b7055e792214.txt": ("markdown", "GET", "/api/spaces/coworkeridentitychecks", "CoworkerIdentityCheck", "search"),
        "003_1c1542fb87353d24.txt": ("rendered", "GET", "/api/spaces/coworkeridentitychecks/{id}", "CoworkerIdentityCheck", "get"),
        "004_171b5e522a1534d0.txt": ("rendered", "POST", "/api/spaces/coworkers", "Coworker", "create"),
    ]

    static let pageKeys: Set = ["file", "format", "method", "path", "entity", "operation", "role", "enums", "parameters", "responseFields", "diagnostics"]

    func testEachSeedPrintsAJSONArrayWithTheRequiredKeys() throws {
        for seed in Self.seeds {
            let path = "spec/docs/\(seed)"
            let result = try CLI.run(["parse", "--json", path], in: repositoryRoot)
            XCTAssertEqual(result.status, 0, "\(seed): \(result.stderr)")
            XCTAssertFalse(result.stderr.contains(": error: "), "\(seed): \(result.stderr)")
            let array = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]], seed)
            XCTAssertEqual(array.count, 1, seed)
            let page = try XCTUnwrap(array.first)
            try assertPageShape(page, seed)

            let facts = try XCTUnwrap(Self.expected[seed])
            XCTAssertEqual(page["file"] as? String, path)
            XCTAssertEqual(page["format"] as? String, facts.format, seed)
            XCTAssertEqual(page["method"] as? String, facts.method, seed)
            XCTAssertEqual(page["path"] as? String, facts.path, seed)
            XCTAssertEqual(page["entity"] as? String, facts.entity, seed)
            XCTAssertEqual(page["operation"] as? String, facts.operation, seed)
            XCTAssertNotNil(page["role"] as? String, "\(seed) names its role")
            XCTAssertFalse((page["parameters"] as? [Any] ?? []).isEmpty, "\(seed) has parameters")
            XCTAssertFalse((page["responseFields"] as? [Any] ?? []).isEmpty, "\(seed) has response fields")
        }
    }

    /// Facts a user would look up in the JSON: an enum's values and a parameter's default.
    func testJSONCarriesEnumValuesAndParameterFacts() throws {
        let result = try CLI.run(["parse", "--json", "spec/docs/002_0222b7055e792214.txt"], in: repositoryRoot)
        XCTAssertEqual(result.status, 0, result.stderr)
        let page = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])?.first)
        let enums = try XCTUnwrap(page["enums"] as? [[String: Any]])
        let status = try XCTUnwrap(enums.first { $0["name"] as? String == "eIdVerificationStatus" }, "eIdVerificationStatus is read")
        let values = try XCTUnwrap(status["values"] as? [[String: Any]])
        XCTAssertEqual(values.compactMap { $0["value"] as? Int }, [0, 1, 2, 3, 4, 5])
        XCTAssertEqual(values.compactMap { $0["name"] as? String }, ["None", "Pending", "Submitted", "Successful", "Failed", "Cancelled"])

        let parameters = try XCTUnwrap(page["parameters"] as? [[String: Any]])
        let size = try XCTUnwrap(parameters.first { $0["name"] as? String == "size" })
        XCTAssertEqual(size["in"] as? String, "query")
        XCTAssertEqual(size["type"] as? String, "integer")
        XCTAssertEqual(size["default"] as? String, "25")
        XCTAssertEqual(size["group"] as? String, "pagination")
        XCTAssertEqual(size["required"] as? Bool, false)
    }

    /// All seeds at once: one object per file, in the order given.
    func testSeveralFilesGiveOneObjectEach() throws {
        let paths = Self.seeds.map { "spec/docs/\($0)" }
        let result = try CLI.run(["parse", "--json"] + paths, in: repositoryRoot)
        XCTAssertEqual(result.status, 0, result.stderr)
        let array = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(array.compactMap { $0["file"] as? String }, paths)
    }

    /// A page with an error still prints what was read, with the error in its
    /// diagnostics and on stderr, and exits 2.
    func testPageWithAnErrorStillPrintsWhatWasRead() throws {
        let workspace = try Workspace()
        try workspace.write("empty.md", "")
        let result = try workspace.run(["parse", "--json", "spec/docs/003_1c1542fb87353d24.txt", "empty.md", "missing.md"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("empty.md:1:1: error: page is empty\n"), result.stderr)
        XCTAssertTrue(result.stderr.contains("missing.md:1:1: error: cannot read file\n"), result.stderr)
        let array = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]], result.stdout)
        XCTAssertEqual(array.count, 3)
        for (index, page) in array.enumerated() { try assertPageShape(page, "page \(index)") }
        XCTAssertEqual(array[0]["method"] as? String, "GET", "the good page is read in full")
        XCTAssertEqual((array[0]["diagnostics"] as? [Any])?.count, 0)
        for page in array.dropFirst() {
            let diagnostics = try XCTUnwrap(page["diagnostics"] as? [[String: Any]])
            XCTAssertEqual(diagnostics.first?["severity"] as? String, "error", "\(page["file"] ?? "?")")
            let location = try XCTUnwrap(diagnostics.first?["location"] as? [String: Any])
            XCTAssertEqual(location["file"] as? String, page["file"] as? String)
            XCTAssertEqual(location["line"] as? Int, 1)
        }
    }

    func testTextSummaryNamesTheEndpoint() throws {
        let result = try CLI.run(["parse", "spec/docs/003_1c1542fb87353d24.txt"], in: repositoryRoot)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("spec/docs/003_1c1542fb87353d24.txt (rendered)\n  endpoint: GET /api/spaces/coworkeridentitychecks/{id}\n"), result.stdout)
    }

    // MARK: Helpers

    /// Every required key is present (`null` when the page does not say), with the nested
    /// shapes of enums, parameters and response fields.
    private func assertPageShape(_ page: [String: Any], _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let missing = Self.pageKeys.subtracting(page.keys)
        XCTAssertTrue(missing.isEmpty, "\(name) lacks \(missing.sorted())", file: file, line: line)
        XCTAssertNotNil(page["file"] as? String, name, file: file, line: line)
        XCTAssertNotNil(page["format"] as? String, name, file: file, line: line)
        for key in ["enums", "parameters", "responseFields", "diagnostics"] {
            XCTAssertNotNil(page[key] as? [Any], "\(name): \(key) is an array", file: file, line: line)
        }
        for pageEnum in page["enums"] as? [[String: Any]] ?? [] {
            XCTAssertTrue(pageEnum.keys.contains("name"), "\(name): enum has a name key", file: file, line: line)
            let values = try XCTUnwrap(pageEnum["values"] as? [[String: Any]], file: file, line: line)
            XCTAssertFalse(values.isEmpty, file: file, line: line)
            for value in values {
                XCTAssertNotNil(value["value"] as? Int, "\(name): enum value", file: file, line: line)
                XCTAssertNotNil(value["name"] as? String, "\(name): enum value name", file: file, line: line)
            }
        }
        for parameter in page["parameters"] as? [[String: Any]] ?? [] {
            let keys: Set = ["name", "in", "type", "required", "default", "enum", "group"]
            XCTAssertTrue(keys.subtracting(parameter.keys).isEmpty, "\(name): parameter lacks \(keys.subtracting(parameter.keys).sorted())", file: file, line: line)
            XCTAssertNotNil(parameter["name"] as? String, file: file, line: line)
            XCTAssertTrue(["query", "body", "path", "header"].contains(parameter["in"] as? String ?? ""), "\(name): in = \(parameter["in"] ?? "nil")", file: file, line: line)
            XCTAssertNotNil(parameter["type"] as? String, file: file, line: line)
            XCTAssertNotNil(parameter["required"] as? Bool, file: file, line: line)
        }
        for field in page["responseFields"] as? [[String: Any]] ?? [] {
            let keys: Set = ["name", "type", "enum"]
            XCTAssertTrue(keys.subtracting(field.keys).isEmpty, "\(name): response field lacks \(keys.subtracting(field.keys).sorted())", file: file, line: line)
            XCTAssertNotNil(field["name"] as? String, file: file, line: line)
            XCTAssertNotNil(field["type"] as? String, file: file, line: line)
        }
    }
}
