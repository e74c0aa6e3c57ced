/// The sections an endpoint page is made of, named by the headings both formats share.
enum Section: Equatable {
    case preamble
    case authentication
    case enums
    case pathParameters
    case queryParameters
    case requestBody
    case response
    case codeExamples
    case unknown

    /// `##` headings of the export, and the bare heading lines of the rendered page.
    static func named(_ heading: Substring) -> Section? {
        // Asked of most lines: a longer ASCII line can name no section, so skip lower-casing it.
        if heading.utf8.count > 16, !heading.utf8.contains(where: { $0 >= 0x80 }) { return nil }
        return switch heading.lowercased() {
        case "authentication", "authorization": .authentication
        case "enums", "enumerations": .enums
        case "path parameters": .pathParameters
        case "query parameters", "parameters": .queryParameters
        case "request body", "body", "body parameters": .requestBody
        case "response", "responses": .response
        case "code examples", "examples", "code example": .codeExamples
        default: nil
        }
    }
}

/// What a `###` heading (or its rendered twin) means inside a section.
enum Subsection: Equatable {
    case group(ParameterGroup?)
    case required(Bool)
    case status(Int)
    case exampleTitle(String)

    static func named(_ heading: Substring, in section: Section) -> Subsection? {
        // The longest name below has 22 characters; a longer ASCII line needs no lower-casing.
        let isLongASCII = heading.utf8.count > 22 && !heading.utf8.contains(where: { $0 >= 0x80 })
        let lowered = isLongASCII ? "" : heading.lowercased()
        switch section {
        case .queryParameters, .pathParameters:
            switch lowered {
            case "pagination & sorting", "pagination and sorting", "sorting & pagination": return .group(nil)
            case "pagination": return .group(.pagination)
            case "sorting": return .group(.sorting)
            case "filters", "filter": return .group(.filter)
            case "range filters", "range filter", "date range filters": return .group(.range)
            default: return nil
            }
        case .requestBody:
            switch lowered {
            case "required fields", "required": return .required(true)
            case "optional fields", "optional": return .required(false)
            default: return nil
            }
        case .response:
            return statusCode(heading).map(Subsection.status)
        case .codeExamples:
            return .exampleTitle(String(heading))
        default:
            return nil
        }
    }

    /// `200`, `400`, also written `200 OK` or `Status 200`.
    static func statusCode(_ heading: Substring) -> Int? {
        let words = heading.split(separator: " ")
        for word in words {
            if let code = Int(word), (100...599).contains(code) { return code }
        }
        return nil
    }
}

/// Which query group a parameter belongs to: its name decides first, the heading second.
enum ParameterGrouping {
    static func group(name: String, location: ParameterLocation, heading: ParameterGroup?) -> ParameterGroup? {
        guard location == .query else { return nil }
        switch name {
        case "page", "size", "pageSize", "pageNumber": return .pagination
        case "orderBy", "dir", "sort", "sortBy", "direction": return .sorting
        default: break
        }
        if name.startsWithText("from_") || name.startsWithText("to_") { return .range }
        if let heading, heading == .filter || heading == .range { return heading }
        // Filters are named `Entity_Field`; a plain name (`id` on a commands page) is not one.
        return name.contains("_") ? .filter : nil
    }
}
