import APISchema
import Diagnostics
import DocsParser
import Foundation
import TestSupport

/// Pages for merge tests: the seeds, the parser's rendered fixture, and small pages.
enum MergePages {
    static func load(_ relativePath: String) -> ParsedPage {
        let data = (try? Data(contentsOf: packageRoot.appendingPathComponent(relativePath))) ?? Data()
        return PageReader.parse(file: relativePath, data: data)
    }

    static let seedFiles = ["000_49fd64d59c0cccb4.txt", "001_edbeff8a5b28dd5a.txt", "002_0222b7055e792214.txt",
                            "003_1c1542fb87353d24.txt", "004_171b5e522a1534d0.txt"]

    static func seed(_ index: Int) -> ParsedPage { load("spec/docs/\(seedFiles[index])") }
    static var seeds: [ParsedPage] { seedFiles.indices.map(seed) }
    static var renderedSearch: ParsedPage { load("Tests/DocsParserTests/Fixtures/search-coworkeridentitychecks.rendered.txt") }

    /// A Markdown create page for `entity` with the given enum accordions and body fields.
    static func markdownCreate(_ file: String, entity: String, enums: String = "", fields: String) -> ParsedPage {
        PageReader.parse(file: file, text: """
            # Create \(entity)

            ## Authentication

            <Note>
              The authenticated user must be a full unrestricted administrator or have the **`\(entity)-Create`** role.
            </Note>

            ## Enums

            \(enums)

            ## Request Body

            \(fields)

            ## Code Examples

            ```bash
            curl -X POST "https://spaces.nexudus.com/api/spaces/\(entity.lowercased())s" -d '{}'
            ```
            """)
    }

    static func accordion(_ name: String, _ rows: [(Int, String)]) -> String {
        "<Accordion title=\"\(name) — Kind values\">\n  | Value | Name |\n  | ----- | ---- |\n"
            + rows.map { "  | \($0.0) | \($0.1) |" }.joined(separator: "\n") + "\n</Accordion>"
    }

    /// A rendered update page for `entity` whose enum tables have no names.
    static func renderedUpdate(_ file: String, entity: String, tables: [[(Int, String)]], fields: String) -> ParsedPage {
        let enums = tables.map { rows in (["ValueName"] + rows.map { "\($0.0)\($0.1)" }).joined(separator: "\n") }.joined(separator: "\n")
        return PageReader.parse(file: file, text: """
            Skip to main content
            PUT
            /
            api
            /
            spaces
            /
            \(entity.lowercased())s
            Updates an existing \(entity) record.

            Authentication

            The authenticated user must be a full unrestricted administrator or have the \(entity)-Edit role.

            Enums

            \(enums)

            Request Body

            Required Fields

            Id
            integer
            required
            The Id of the record.
            \(fields)
            """)
    }
}

extension DiffFixture {
    /// A page parsed from text, as `PageReader` reads a file.
    static func page(_ file: String, _ text: String) -> ParsedPage {
        PageReader.parse(file: file, data: Data(text.utf8))
    }
}

/// A page's bytes and the path it is read as.
struct ParsedPageSource {
    var file: String
    var data: Data
}

extension MergePages {
    /// Parses and merges pages as `generate` does.
    static func merge(_ sources: [ParsedPageSource]) -> (APISchema, [Diagnostic]) {
        SchemaMerger.merge(sources.map { PageReader.parse(file: $0.file, data: $0.data) })
    }
}
