import Diagnostics
import Foundation

/// The facts both formats derive the same way once a page's text is read: the endpoint
/// from the cURL sample when the page states no path, the operation and entity, enum
/// references and defaults written in prose, and the sort direction encoding.
struct PageFinisher {
    var page: ParsedPage
    let text: PageText
    var declaredEndpoint: (HTTPMethod, String, PageLine)?
    /// Whether the reader met the Response section: a page of any kind but a delete that
    /// lost its path and has none was cut off before its code samples.
    var hasResponseSection = false
    /// The page's last line of text, when `text` does not end where the page does (the
    /// learn reader lays out the lines after the breadcrumb only).
    var pageEnd: PageLine?

    init(page: ParsedPage, text: PageText) {
        self.page = page
        self.text = text
    }

    mutating func finish() {
        dropDuplicateFields()
        resolveEndpoint()
        classify()
        checkEndsWithResponse()
        resolveEnumMentions()
        InlineEnums.collect(into: &page)
        resolveSortDirection()
        checkPathParameters()
        dropUnreadableExamples()
    }

    // MARK: Duplicates

    /// A field documented twice would become two properties with one JSON key: the first is
    /// kept, and the second is an error when its type differs (one of them is wrong), else a warning.
    private mutating func dropDuplicateFields() {
        // The first of each name is found by its index: the key is made of the name and
        // its place, not of interpolated text, and no field is copied to find it.
        var firstParameters: [FieldKey: Int] = [:]
        firstParameters.reserveCapacity(page.parameters.count)
        var duplicateParameters: [Int] = []
        for index in page.parameters.indices {
            let slot = switch page.parameters[index].in {
            case .path: 0
            case .query: 1
            case .body: 2
            }
            let key = FieldKey(place: slot, name: page.parameters[index].name)
            guard let firstIndex = firstParameters[key] else {
                firstParameters[key] = index
                continue
            }
            let parameter = page.parameters[index]
            let first = page.parameters[firstIndex]
            let place = switch parameter.in {
            case .body: "in the request body"
            case .query: "among the query parameters"
            case .path: "among the path parameters"
            }
            reportDuplicate(parameter.name, place, type: parameter.type, at: parameter.location, firstType: first.type, firstAt: first.location)
            duplicateParameters.append(index)
        }
        page.parameters = Self.removing(duplicateParameters, from: page.parameters)
        var firstFields: [FieldKey: Int] = [:]
        firstFields.reserveCapacity(page.responseFields.count)
        var duplicateFields: [Int] = []
        for index in page.responseFields.indices {
            let key = FieldKey(place: page.responseFields[index].status, name: page.responseFields[index].name)
            guard let firstIndex = firstFields[key] else {
                firstFields[key] = index
                continue
            }
            let field = page.responseFields[index]
            let first = page.responseFields[firstIndex]
            reportDuplicate(field.name, "in the \(field.status) response", type: field.type, at: field.location, firstType: first.type, firstAt: first.location)
            duplicateFields.append(index)
        }
        page.responseFields = Self.removing(duplicateFields, from: page.responseFields)
    }

    /// The elements not at `indices` (ascending), in one pass however many there are.
    private static func removing<Element>(_ indices: [Int], from elements: [Element]) -> [Element] {
        guard !indices.isEmpty else { return elements }
        var kept: [Element] = []
        kept.reserveCapacity(elements.count - indices.count)
        var next = indices.makeIterator()
        var skipped = next.next()
        for (index, element) in elements.enumerated() {
            if index == skipped {
                skipped = next.next()
            } else {
                kept.append(element)
            }
        }
        return kept
    }

    /// A field's name in its place: a parameter's location, or a response field's status.
    private struct FieldKey: Hashable {
        var place: Int
        var name: String
    }

    private mutating func reportDuplicate(_ name: String, _ place: String, type: String, at location: SourceLocation, firstType: String, firstAt firstLocation: SourceLocation) {
        if type == firstType {
            page.diagnostics.append(.warning(.duplicateField, "'\(name)' is documented twice \(place); the first is kept", at: location,
                                             notes: [DiagnosticNote("first documented here", at: firstLocation)]))
        } else {
            page.diagnostics.append(.error(.duplicateField, "'\(name)' is documented twice \(place), typed '\(type)' here but '\(firstType)' first", at: location,
                                           notes: [DiagnosticNote("first documented here as '\(firstType)'", at: firstLocation)]))
        }
    }

    // MARK: Endpoint

    private mutating func resolveEndpoint() {
        if page.method != nil, page.path != nil { return }
        if let (method, path, line) = declaredEndpoint {
            page.method = method
            page.path = path
            page.location = text.location(line)
            return
        }
        // The export states the endpoint only through its samples; the first cURL call is it.
        guard let example = page.requestExamples.first, let method = HTTPMethod(rawValue: example.method.uppercased()),
              let path = Self.pathTemplate(url: example.url, pathParameters: page.parameters.filter { $0.in == .path }.map(\.name))
        else {
            // A reader that already said what it missed (a rendering without its path) is not repeated.
            guard !page.diagnostics.contains(where: { $0.id == .missingPath || $0.id == .missingMethod }) else { return }
            let firstLine = text.lines.first { !$0.isBlank }.map { text.location($0) } ?? SourceLocation(file: text.file, line: 1)
            let missing = page.method == nil ? "method and path" : "path"
            page.diagnostics.append(.error(.missingPath, "cannot find the endpoint's \(missing): the page states none and has no cURL sample; it cannot be generated until its method and path are known", at: firstLine))
            return
        }
        page.method = method
        page.path = path
        page.location = example.location
    }

    /// `https://host/api/spaces/coworkeridentitychecks/87654321` with path parameter `id`
    /// gives `/api/spaces/coworkeridentitychecks/{id}`; the query is not part of the path.
    static func pathTemplate(url: String, pathParameters: [String]) -> String? {
        var rest = Substring(url)
        if let scheme = rest.rangeNonLiterally(of: "://") { rest = rest[scheme.upperBound...] }
        guard let slash = rest.firstIndex(of: "/") else { return nil }
        var path = rest[slash...]
        if let query = path.firstIndex(of: "?") { path = path[..<query] }
        var segments = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        var remaining = pathParameters[...]
        for position in segments.indices where !remaining.isEmpty {
            let segment = segments[position]
            if Int(segment) != nil || (segment.startsWithText("{") && segment.endsWithText("}")) {
                segments[position] = "{\(remaining.removeFirst())}"
            }
        }
        return segments.joined(separator: "/")
    }

    // MARK: Operation and entity

    private mutating func classify() {
        guard let method = page.method, let path = page.path else {
            classifyWithoutEndpoint()
            return
        }
        var operation = OperationClassifier.operation(method: method, path: path)
        // A GET of the collection with a required list of ids is a batch get.
        if operation == .search || operation == .other,
           page.parameters.contains(where: { $0.name == "id" && $0.in == .query && $0.required && TypeText($0.type).isArray }) {
            operation = .getMany
        }
        page.operation = operation
        page.entity = OperationClassifier.entity(role: page.role, title: page.title, operation: operation)
        if page.role == nil {
            page.diagnostics.append(.warning(.missingRole, "the page names no required role", at: page.location))
        }
        if page.entity == nil {
            page.diagnostics.append(.error(.missingEntity, "cannot tell which entity '\(path)' is about: no role or title names it", at: page.location))
        }
    }

    /// A page without its method or path still states what it is about: the title
    /// ("Search Bookings") and the role (`Booking-List`) give the operation, its method and
    /// the entity. They are reported; the path is not made up, so the page is not generated.
    private mutating func classifyWithoutEndpoint() {
        guard let operation = TitleFacts.operation(title: page.title) ?? TitleFacts.operation(role: page.role) else { return }
        page.operation = operation
        page.entity = OperationClassifier.entity(role: page.role, title: page.title, operation: operation)
        if page.method == nil, let method = TitleFacts.method(for: operation) {
            page.method = method
            let source = TitleFacts.operation(title: page.title) != nil ? "title '\(page.title ?? "")'" : "role '\(page.role ?? "")'"
            page.diagnostics.append(.warning(.missingMethod, "the page states no method; \(method.rawValue) is what its \(source) names (\(operation.rawValue))", at: page.location))
        }
        if page.role == nil {
            page.diagnostics.append(.warning(.missingRole, "the page names no required role", at: page.location))
        }
        if page.entity == nil {
            page.diagnostics.append(.error(.missingEntity, "cannot tell which entity the page is about: no role or title names it", at: page.location))
        }
    }

    /// A page that lost its path with its code samples, and has no Response section either,
    /// was cut off before them: every kind of endpoint page but a delete documents its
    /// response. (A page that states its path is not judged by the sections it lacks.)
    private mutating func checkEndsWithResponse() {
        guard page.path == nil, !hasResponseSection, let operation = page.operation, operation != .delete, !CutOff.isCutOff(page),
              let last = pageEnd ?? CutOff.lastLine(of: text) else { return }
        CutOff.report("it ends after '\(PageReader.quoted(String(last.trimmed)))', before the code samples and the Response section every \(operation.rawValue) page has",
                      at: text.location(last), on: &page)
    }

    // MARK: Enums in prose

    /// "See eGender enum above", "Defaults to eGender.NotSet", and the accordion titles that
    /// say which fields an enum serves (`eX — VerificationStatus values`).
    private mutating func resolveEnumMentions() {
        var enumForField: [String: String] = [:]
        for pageEnum in page.enums {
            guard let name = pageEnum.name else { continue }
            for field in pageEnum.fields { enumForField[field] = name }
        }
        for index in page.parameters.indices {
            var parameter = page.parameters[index]
            if let mention = DescriptionFacts.enumMention(in: parameter.description, readingValues: false) {
                parameter.enum = mention.name
                parameter.nullable = parameter.nullable || mention.nullable
                if parameter.default == nil, let member = mention.defaultMember { parameter.default = member }
            } else if parameter.enum == nil, !enumForField.isEmpty, Self.isInteger(parameter.type), let name = enumForField[Self.fieldName(of: parameter)] {
                parameter.enum = name
            }
            if parameter.default == nil, let literal = DescriptionFacts.literalDefault(in: parameter.description) {
                parameter.default = literal
            }
            page.parameters[index] = parameter
        }
        page.responseFields = page.responseFields.map { Self.resolve($0, enumForField) }
    }

    private static func resolve(_ field: ResponseField, _ enumForField: [String: String]) -> ResponseField {
        var field = field
        if let mention = DescriptionFacts.enumMention(in: field.description, readingValues: false) {
            field.enum = mention.name
            field.nullable = field.nullable || mention.nullable
        } else if field.enum == nil, !enumForField.isEmpty, isInteger(field.type), let name = enumForField[field.name] {
            field.enum = name
        }
        field.children = field.children.map { resolve($0, enumForField) }
        return field
    }

    static func isInteger(_ type: String) -> Bool {
        TypeText(type).base == .integer
    }

    /// The entity field a parameter stands for: `CoworkerIdentityCheck_VerificationStatus`
    /// and `from_CoworkerIdentityCheck_UpdatedOn` name `VerificationStatus` and `UpdatedOn`.
    static func fieldName(of parameter: PageParameter) -> String {
        guard parameter.in == .query else { return parameter.name }
        var name = Substring(parameter.name)
        if name.startsWithText("from_") { name = name.dropFirst(5) } else if name.startsWithText("to_") { name = name.dropFirst(3) }
        if let underscore = name.firstIndex(of: "_") { name = name[name.index(after: underscore)...] }
        return String(name)
    }

    // MARK: Sorting and path

    private mutating func resolveSortDirection() {
        guard let dir = page.parameters.first(where: { $0.name == "dir" && $0.in == .query }) else { return }
        if let encoding = DescriptionFacts.sortDirection(in: dir.description) {
            page.sortDirection = encoding
        } else {
            page.diagnostics.append(.warning(.ambiguousSortDirection, "cannot tell which values of 'dir' mean ascending and descending from '\(dir.description)'", at: dir.location))
        }
    }

    private mutating func checkPathParameters() {
        guard let path = page.path else { return }
        let named = OperationClassifier.pathParameterNames(in: path)
        let documented = Set(page.parameters.filter { $0.in == .path }.map(\.name))
        for name in named where !documented.contains(name) {
            page.diagnostics.append(.warning(.unreadableField, "path parameter '{\(name)}' is not documented on the page", at: page.location))
        }
    }

    /// The examples become conformance tests, which decode them: one that is not JSON, or
    /// nests deeper than any record does, would only fail there, far from the page.
    private mutating func dropUnreadableExamples() {
        let depth = Self.maximumExampleDepth
        page.exampleResponses.removeAll { example in
            guard OrderedJSON.parse(example.json, maximumDepth: depth) == nil else { return false }
            page.diagnostics.append(.warning(.invalidExampleJSON,
                "the \(example.status) response example is not JSON nested at most \(depth) deep; no test is made from it", at: example.location))
            return true
        }
        for index in page.requestExamples.indices {
            guard let body = page.requestExamples[index].body, OrderedJSON.parse(body, maximumDepth: depth) == nil else { continue }
            page.diagnostics.append(.warning(.invalidExampleJSON,
                "the request example's body is not JSON nested at most \(depth) deep; no test is made from it", at: page.requestExamples[index].location))
            page.requestExamples[index].body = nil
        }
    }

    static let maximumExampleDepth = 64
}
