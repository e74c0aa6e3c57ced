/// Reads and writes the keys of a JSON object that a generated type does not document.
enum AdditionalProperties {
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }

        init(stringValue: String) {
            self.stringValue = stringValue
        }

        init?(intValue: Int) {
            nil
        }
    }

    static func decode(from decoder: any Decoder, excluding documented: [String]) throws -> [String: JSONValue] {
        let container = try decoder.container(keyedBy: Key.self)
        let known = Set(documented)
        var result: [String: JSONValue] = [:]
        for key in container.allKeys where !known.contains(key.stringValue) {
            result[key.stringValue] = try container.decode(JSONValue.self, forKey: key)
        }
        return result
    }

    static func encode(_ properties: [String: JSONValue], to encoder: any Encoder) throws {
        guard !properties.isEmpty else { return }
        var container = encoder.container(keyedBy: Key.self)
        for (key, value) in properties.sorted(by: { $0.key < $1.key }) {
            try container.encode(value, forKey: Key(stringValue: key))
        }
    }
}
