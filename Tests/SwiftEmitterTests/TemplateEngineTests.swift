import XCTest
@testable import SwiftEmitter

final class TemplateEngineTests: XCTestCase {
    // MARK: Helpers

    private func render(
        _ source: String, _ context: TemplateValue = [:], partials: [String: String] = [:]
    ) throws(TemplateError) -> String {
        var compiled: [String: Template] = [:]
        for (name, text) in partials { compiled[name] = try Template(name: name, source: text) }
        return try Template(name: "main", source: source).render(context, partials: compiled)
    }

    private func assertError(
        _ source: String, _ context: TemplateValue = [:], partials: [String: String] = [:],
        in templateName: String = "main", at line: Int, _ column: Int, _ message: String,
        file: StaticString = #filePath, line testLine: UInt = #line
    ) {
        do {
            let output = try render(source, context, partials: partials)
            XCTFail("expected an error, got \(output.debugDescription)", file: file, line: testLine)
        } catch {
            XCTAssertEqual(
                error, TemplateError(templateName: templateName, line: line, column: column, message: message),
                file: file, line: testLine)
        }
    }

    // MARK: Variables

    func testVariablesAreSubstituted() throws {
        XCTAssertEqual(try render("Hello, {{name}}!", ["name": "World"]), "Hello, World!")
        XCTAssertEqual(try render("{{ name }}/{{&name}}/{{& name }}", ["name": "x"]), "x/x/x")
    }

    func testNoHTMLEscaping() throws {
        let raw = #"<T: Equatable> && "quoted" 'single' &amp; >"#
        XCTAssertEqual(try render("{{v}}", ["v": .string(raw)]), raw)
    }

    func testBooleansRenderAsSwiftLiterals() throws {
        XCTAssertEqual(try render("let a = {{yes}}, b = {{no}}", ["yes": true, "no": false]), "let a = true, b = false")
    }

    func testDottedNames() throws {
        let context: TemplateValue = ["a": ["b": ["c": "deep"]], "x": "top"]
        XCTAssertEqual(try render("{{a.b.c}} {{x}}", context), "deep top")
        XCTAssertEqual(try render("{{#a.b}}{{c}}{{/a.b}}", context), "deep")
    }

    func testDottedNameDoesNotBacktrackToOuterFrames() {
        // The inner frame owns `a`, so `a.b` must be found there even though the root has one.
        let context: TemplateValue = ["a": ["b": "outer"], "items": [["a": ["other": "1"]]]]
        assertError("{{#items}}{{a.b}}{{/items}}", context, at: 1, 11, "unknown variable 'a.b'")
    }

    func testImplicitIterator() throws {
        XCTAssertEqual(try render("{{#items}}{{.}},{{/items}}", ["items": ["a", "b", "c"]]), "a,b,c,")
        XCTAssertEqual(try render("{{.}}", "root"), "root")
    }

    // MARK: Sections

    func testSectionIteratesListOfObjects() throws {
        let context: TemplateValue = ["people": [["name": "Ann"], ["name": "Bob"]]]
        XCTAssertEqual(try render("{{#people}}{{name}};{{/people}}", context), "Ann;Bob;")
    }

    func testSectionOverBooleans() throws {
        XCTAssertEqual(try render("[{{#on}}yes{{/on}}]", ["on": true]), "[yes]")
        XCTAssertEqual(try render("[{{#on}}yes{{/on}}]", ["on": false]), "[]")
    }

    func testSectionOverObjectPushesIt() throws {
        let context: TemplateValue = ["person": ["name": "Ann"], "name": "outer"]
        XCTAssertEqual(try render("{{#person}}{{name}}{{/person}} {{name}}", context), "Ann outer")
    }

    func testSectionOverNonEmptyStringPushesIt() throws {
        XCTAssertEqual(try render("{{#s}}<{{.}}>{{/s}}", ["s": "doc"]), "<doc>")
    }

    func testFalsyValuesAndMissingKeys() throws {
        let falsy: [TemplateValue] = [false, "", [], [:]]
        for value in falsy {
            XCTAssertEqual(try render("[{{#v}}x{{/v}}]", ["v": value]), "[]", "\(value)")
            XCTAssertEqual(try render("[{{^v}}x{{/v}}]", ["v": value]), "[x]", "\(value)")
        }
        XCTAssertEqual(try render("[{{#missing}}{{alsoMissing}}{{/missing}}]"), "[]")
        XCTAssertEqual(try render("[{{^missing}}x{{/missing}}]"), "[x]")
    }

    func testInvertedSectionSkipsTruthyValues() throws {
        let truthy: [TemplateValue] = [true, "s", ["a"], ["k": "v"]]
        for value in truthy {
            XCTAssertEqual(try render("[{{^v}}x{{/v}}]", ["v": value]), "[]", "\(value)")
        }
    }

    func testNestedSectionsLookUpOuterNames() throws {
        let context: TemplateValue = [
            "type": "User",
            "fields": [["name": "id", "tags": ["a", "b"]], ["name": "email", "tags": []]],
        ]
        let source = "{{#fields}}{{type}}.{{name}}:{{#tags}}{{name}}={{.}} {{/tags}}|{{/fields}}"
        XCTAssertEqual(try render(source, context), "User.id:id=a id=b |User.email:|")
    }

    // MARK: Standalone lines and comments

    func testStandaloneTagLinesAreRemoved() throws {
        let source = """
            struct {{name}} {
                {{#fields}}
                var {{name}}: {{type}}
                {{/fields}}
                {{^fields}}
                // no fields
                {{/fields}}
            }

            """
        let user: TemplateValue = ["name": "User", "fields": [["name": "id", "type": "Int"], ["name": "email", "type": "String"]]]
        XCTAssertEqual(try render(source, user), "struct User {\n    var id: Int\n    var email: String\n}\n")
        XCTAssertEqual(try render(source, ["name": "Empty", "fields": []]), "struct Empty {\n    // no fields\n}\n")
    }

    func testStandaloneCRLFAndTabs() throws {
        XCTAssertEqual(try render("|\r\n{{#b}}\r\n{{/b}}\r\n|", ["b": true]), "|\r\n|")
        XCTAssertEqual(try render("a\n\t {{#b}}\t\nx\n \t{{/b}} \nz", ["b": true]), "a\nx\nz")
    }

    func testStandaloneAtTemplateStartAndEnd() throws {
        XCTAssertEqual(try render("  {{#b}}\n#{{/b}}\n/", ["b": true]), "#\n/")
        XCTAssertEqual(try render("#{{#b}}\n/\n  {{/b}}", ["b": true]), "#\n/\n")
        XCTAssertEqual(try render("{{! only a comment }}"), "")
    }

    func testTagsThatDoNotStandAloneKeepTheirLine() throws {
        XCTAssertEqual(try render(" {{#b}}x{{/b}} \n", ["b": true]), " x \n")
        XCTAssertEqual(try render("{{#b}}{{/b}}\n", ["b": true]), "\n")
        XCTAssertEqual(try render("  {{name}}\n", ["name": "X"]), "  X\n")
        XCTAssertEqual(try render("a {{! note }}\nb"), "a \nb")
    }

    func testComments() throws {
        XCTAssertEqual(try render("a{{! ignored {{ stuff }}b"), "ab")
        XCTAssertEqual(try render("a\n  {{! one\n  two }}\nb\n"), "a\nb\n")
        XCTAssertEqual(try render("{{!}}x"), "x")
    }

    // MARK: Partials

    func testPartialsSeeTheContextStack() throws {
        let context: TemplateValue = ["owner": "S", "items": [["x": "1"], ["x": "2"]]]
        let output = try render("[{{#items}}{{> item}}{{/items}}]", context, partials: ["item": "<{{owner}}.{{x}}>"])
        XCTAssertEqual(output, "[<S.1><S.2>]")
    }

    func testStandalonePartialIsIndented() throws {
        let source = "struct S {\n    {{> members}}\n}\n"
        let members = "let a = 1\n\nlet b = {{b}}\n"
        let output = try render(source, ["b": "[\n  1,\n]"], partials: ["members": members])
        XCTAssertEqual(output, "struct S {\n    let a = 1\n\n    let b = [\n      1,\n    ]\n}\n")
    }

    func testNestedPartialIndentationAccumulates() throws {
        let partials = ["outer": "enum E {\n  {{> inner}}\n}\n", "inner": "case a\ncase b\n"]
        XCTAssertEqual(try render("  {{> outer}}\nend", partials: partials), "  enum E {\n    case a\n    case b\n  }\nend")
    }

    func testInlinePartialIsNotIndented() throws {
        XCTAssertEqual(try render("x {{> p}}\ny", partials: ["p": "a\nb"]), "x a\nb\ny")
    }

    func testPartialInsideSectionWithIndentation() throws {
        let source = "{\n{{#cases}}\n    {{> case}}\n{{/cases}}\n}"
        let output = try render(source, ["cases": ["a", "b"]], partials: ["case": "case {{.}}\n"])
        XCTAssertEqual(output, "{\n    case a\n    case b\n}")
    }

    func testPartialRecursionIsBounded() {
        assertError("{{> self}}", partials: ["self": "x{{> self}}"], in: "self", at: 1, 2,
                    "partial 'self' nested more than 32 levels deep; is it recursive?")
    }

    func testPartialChainUpToTheLimitRenders() throws {
        var partials: [String: String] = ["p\(Template.maxPartialDepth)": "end"]
        for level in 1..<Template.maxPartialDepth { partials["p\(level)"] = "{{> p\(level + 1)}}" }
        XCTAssertEqual(try render("{{> p1}}", partials: partials), "end")
        partials["p\(Template.maxPartialDepth)"] = "{{> p\(Template.maxPartialDepth + 1)}}"
        partials["p\(Template.maxPartialDepth + 1)"] = "too deep"
        assertError("{{> p1}}", partials: partials, in: "p32", at: 1, 1,
                    "partial 'p33' nested more than 32 levels deep; is it recursive?")
    }

    // MARK: Errors

    func testUnknownVariable() {
        assertError("line one\n  {{foo}}", at: 2, 3, "unknown variable 'foo'")
        assertError("{{a.b}}", ["a": ["c": "x"]], at: 1, 1, "unknown variable 'a.b'")
    }

    func testErrorInsidePartialNamesThePartial() {
        assertError("ok\n{{> field}}", partials: ["field": "\n\n   {{missing}}"], in: "field", at: 3, 4,
                    "unknown variable 'missing'")
    }

    func testVariableOfWrongKind() {
        assertError("{{items}}", ["items": ["a"]], at: 1, 1,
                    "variable 'items' is a list; only strings and booleans can be rendered, use a section")
        assertError("x {{obj}}", ["obj": ["k": "v"]], at: 1, 3,
                    "variable 'obj' is an object; only strings and booleans can be rendered, use a section")
    }

    func testUnclosedSection() {
        assertError("a\n{{#items}}\nx", at: 2, 1, "unclosed section '{{#items}}': missing '{{/items}}'")
        assertError("{{#a}}\n  {{^b}}\n{{/b}}\n", at: 1, 1, "unclosed section '{{#a}}': missing '{{/a}}'")
    }

    func testMismatchedAndStrayClosingTags() {
        assertError("{{#a}}\n  {{/b}}", at: 2, 3, "closing tag '{{/b}}' does not match open section '{{#a}}'")
        assertError("{{^a}}{{/b}}", at: 1, 7, "closing tag '{{/b}}' does not match open section '{{^a}}'")
        assertError("x{{/a}}", at: 1, 2, "closing tag '{{/a}}' has no open section")
    }

    func testUnknownPartial() {
        assertError("\n\n    {{> nope}}\n", at: 3, 5, "unknown partial 'nope'")
    }

    func testEmptyTagNames() {
        for source in ["{{}}", "{{ }}", "{{#}}", "{{^ }}", "{{/}}", "{{>}}", "{{&}}"] {
            assertError(source, at: 1, 1, "empty tag name")
        }
        assertError("ab\ncd{{#  }}", at: 2, 3, "empty tag name")
    }

    func testInvalidTagNames() {
        assertError("{{a..b}}", at: 1, 1, "invalid tag name 'a..b'")
        assertError("{{.a}}", at: 1, 1, "invalid tag name '.a'")
        assertError("x {{a b}}", at: 1, 3, "invalid tag name 'a b'")
        assertError("{{> two words}}", at: 1, 1, "invalid tag name 'two words'")
    }

    func testUnterminatedTag() {
        assertError("a\nb {{name", at: 2, 3, "unterminated tag: '{{' has no matching '}}'")
        assertError("{{! never closed\n}", at: 1, 1, "unterminated tag: '{{' has no matching '}}'")
        assertError("ok {{x}} {{", ["x": "1"], at: 1, 10, "unterminated tag: '{{' has no matching '}}'")
    }

    func testUnsupportedTags() {
        assertError("{{{v}}}", at: 1, 1, "triple mustaches are not supported: values are never escaped, write '{{name}}'")
        assertError("{{=<% %>=}}", at: 1, 1, "set-delimiter tags are not supported")
    }

    func testColumnsCountUTF8BytesAndErrorFormat() {
        assertError("é{{x}}", at: 1, 3, "unknown variable 'x'")
        let error = TemplateError(templateName: "Model.swift.mustache", line: 4, column: 7, message: "unknown variable 'foo'")
        XCTAssertEqual(error.description, "Model.swift.mustache:4:7: error: unknown variable 'foo'")
    }

    // MARK: Values and reuse

    func testLiteralConformances() {
        let value: TemplateValue = ["s": "x", "b": true, "l": ["a", false], "o": ["k": "v"]]
        XCTAssertEqual(value, .object([
            "s": .string("x"), "b": .bool(true),
            "l": .list([.string("a"), .bool(false)]), "o": .object(["k": .string("v")]),
        ]))
    }

    func testParseOnceRenderMany() throws {
        let template = try Template(name: "row", source: "{{#rows}}\n{{id}}: {{label}}\n{{/rows}}\n")
        for count in [0, 1, 500] {
            let rows = (0..<count).map { TemplateValue.object(["id": .string("\($0)"), "label": "<\($0)>"]) }
            let output = try template.render(["rows": .list(rows)])
            XCTAssertEqual(output, (0..<count).map { "\($0): <\($0)>\n" }.joined())
        }
    }

    /// An object made from a literal keeps the literal's pairs; a key written twice keeps
    /// its last value and its first place, as a dictionary assignment would.
    func testAnObjectLiteralWithARepeatedKeyKeepsTheLastValue() throws {
        let object: TemplateObject = ["a": "1", "bb": "2", "a": "3", "c": "4"]
        XCTAssertEqual(object.count, 3)
        XCTAssertEqual(object.keys, ["a", "bb", "c"])
        XCTAssertEqual(object["a"], "3")
        XCTAssertEqual(object.map(\.key), ["a", "bb", "c"])
        XCTAssertEqual(object, ["c": "4", "bb": "2", "a": "3"])
        let plain: TemplateObject = ["x": "1", "y": .bool(true)]
        XCTAssertEqual(plain.map(\.key), ["x", "y"])
        XCTAssertEqual(try Template(name: "t", source: "{{a}}{{bb}}{{c}}").render(.object(object)), "324")
    }
}
