import Foundation

/// One documented field: its JSON key, the Swift property that reads it, and its type.
public struct JSONField: Sendable {
    public let key: String
    public let propertyName: String
    public let type: any JSONConvertible.Type
    public let isRequired: Bool
    /// Credentials (tokens, keys, PINs, bank details): never printed.
    public let isSecret: Bool

    public init(_ key: String, _ propertyName: String, _ type: any JSONConvertible.Type, required: Bool = false, secret: Bool = false) {
        self.key = key
        self.propertyName = propertyName
        self.type = type
        self.isRequired = required
        self.isSecret = secret
    }
}

/// A record type's documented fields, in the docs' order.
public struct JSONLayout: Sendable {
    public let fields: [JSONField]
    let keys: Set<String>

    public init(_ fields: [JSONField]) {
        self.fields = fields
        keys = Set(fields.map(\.key))
    }

    /// The table a generated type declares: one line per field, `name flags key`, and each
    /// line's type in `types`, in the same order.
    ///
    /// - `name` is the Swift property, without backticks;
    /// - `flags` is `-`, `required`, `secret` or `required,secret`;
    /// - `key` runs to the end of the line, with `\n` standing for a line break and `\\`
    ///   for a backslash.
    ///
    /// One string and one list rather than a call per field: the calls and their two string
    /// literals each were a third of a large request body's build time. For the generated
    /// code, which writes both from one list: a table that does not match its types traps,
    /// so it is not public.
    package init(_ table: String, _ types: [any JSONConvertible.Type]) {
        // Bytes, not Characters: a key that ends in "\r" must not join the line break after it.
        let lines = table.utf8.split(separator: UInt8(ascii: "\n"))
        precondition(lines.count == types.count, "the layout table has \(lines.count) lines for \(types.count) types")
        fields = zip(lines, types).map { line, type in
            let columns = line.split(separator: UInt8(ascii: " "), maxSplits: 2, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            precondition(columns.count == 3 && ["-", "required", "secret", "required,secret"].contains(columns[1]),
                         "not a layout line: \(String(decoding: line, as: UTF8.self))")
            return JSONField(Self.unescaped(columns[2]), columns[0], type,
                             required: columns[1].hasPrefix("required"), secret: columns[1].hasSuffix("secret"))
        }
        keys = Set(fields.map(\.key))
    }

    /// A key as the table writes it, with `\n` and `\\` read back.
    static func unescaped(_ key: String) -> String {
        guard key.unicodeScalars.contains("\\") else { return key }
        var result = String.UnicodeScalarView()
        var escaping = false
        for scalar in key.unicodeScalars {
            if escaping {
                result.append(scalar == "n" ? "\n" : scalar)
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Throws the `DecodingError` a synthesized `Decodable` would: a required field that is
    /// missing or `null`, or a field of the wrong type, named by its coding path.
    func check(_ object: JSONObject, at codingPath: [any CodingKey]) throws {
        for field in fields {
            let path = codingPath + [JSONKey(stringValue: field.key)]
            guard let value = object.values[field.key], value != .null else {
                guard !field.isRequired else {
                    throw DecodingError.keyNotFound(JSONKey(stringValue: field.key), DecodingError.Context(
                        codingPath: codingPath, debugDescription: "The required field \(field.key) is missing or null."))
                }
                continue
            }
            try field.type.check(value, at: path)
        }
    }
}
