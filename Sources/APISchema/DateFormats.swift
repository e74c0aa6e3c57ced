import DocsParser

/// The docs type dates as `string`; their examples and range filters show which strings
/// are dates. Marking them lets the emitter decode real dates without guessing from names.
enum DateFormats {
    static func infer(_ entities: inout [Entity], _ operations: inout [Operation]) {
        var dateFields: [String: Set<String>] = [:]
        for operation in operations {
            for parameter in operation.parameters where parameter.format == "date-time" {
                if let field = parameter.field { dateFields[operation.entity, default: []].insert(field) }
            }
            guard operation.kind == .get, let example = operation.responses.first(where: { $0.status == 200 })?.example,
                  case .object(let members)? = OrderedJSON.parse(example) else { continue }
            for (key, value) in members {
                if case .string(let text) = value, isDateTime(text) { dateFields[operation.entity, default: []].insert(key) }
            }
        }
        // In place: rebuilding the lists would copy every field of the API once more.
        for index in entities.indices {
            mark(&entities[index].fields, dateFields[entities[index].name] ?? [])
        }
        for index in operations.indices {
            let dates = dateFields[operations[index].entity] ?? []
            mark(&operations[index].body, dates)
            if operations[index].kind == .get {
                for response in operations[index].responses.indices { mark(&operations[index].responses[response].fields, dates) }
            }
        }
    }

    private static func mark(_ fields: inout [Field], _ dates: Set<String>) {
        for index in fields.indices where fields[index].type == "string" {
            if dates.contains(fields[index].name) || fields[index].description.containsNonLiterally("(ISO 8601)") {
                fields[index].format = "date-time"
            }
        }
    }

    /// `2025-01-15T10:30:00Z`, `2025-01-15T10:30`, with or without seconds and zone.
    static func isDateTime(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 16, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"),
              bytes[13] == UInt8(ascii: ":") else { return false }
        return [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15].allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[$0]) }
    }
}
