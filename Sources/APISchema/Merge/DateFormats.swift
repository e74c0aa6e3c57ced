import Foundation

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
                  let members = topLevelStrings(example) else { continue }
            for (key, text) in members where isDateTime(text) { dateFields[operation.entity, default: []].insert(key) }
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
        for index in fields.indices where fields[index].documentedType == "string" {
            if dates.contains(fields[index].name) || mentions(fields[index].description, "(ISO 8601)", byte: UInt8(ascii: "8")) {
                fields[index].format = DocumentedType.dateTimeFormat
            }
        }
    }

    /// A filter the docs give in the `YYYY-MM-DDTHH:mm` form takes a date.
    static func statesDateForm(_ description: String) -> Bool {
        mentions(description, "YYYY-MM-DD", byte: UInt8(ascii: "Y"))
    }

    /// Foundation's search (canonically equivalent text matches, as in the parser), asked
    /// only when the text holds `byte`, a byte of the needle that nothing else is canonically
    /// equivalent to and few descriptions have: Foundation's copy of each description to
    /// UTF-16 would cost more than the rest of the merge does for a field.
    private static func mentions(_ text: String, _ needle: String, byte: UInt8) -> Bool {
        text.utf8.contains(byte) && text.range(of: needle) != nil
    }

    /// The string members of an example's top-level object. Only which keys hold dates
    /// matters here, not their order, so Foundation's reader does.
    private static func topLevelStrings(_ example: String) -> [(String, String)]? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(example.utf8)) as? [String: Any] else { return nil }
        return object.compactMap { key, value in (value as? String).map { (key, $0) } }
    }

    /// `2025-01-15T10:30:00Z`, `2025-01-15T10:30`, with or without seconds and zone.
    static func isDateTime(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 16, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"),
              bytes[13] == UInt8(ascii: ":") else { return false }
        return [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15].allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[$0]) }
    }
}
