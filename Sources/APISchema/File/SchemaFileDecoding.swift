import Diagnostics

// Fields and parameters decode both shapes of `type`: version 2's decided value with the
// docs' text beside it, and version 1's text alone. A version-1 type is a placeholder until
// `APISchema.decode(from:)` decides it with the whole schema in view.

extension Field {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        (type, documentedType) = try decodeType(container, type: .type, documented: .documentedType, decoder)
        required = try container.decode(Bool.self, forKey: .required)
        self.default = try container.decodeIfPresent(String.self, forKey: .default)
        description = try container.decode(String.self, forKey: .description)
        self.enum = try container.decodeIfPresent(String.self, forKey: .enum)
        nullable = try container.decode(Bool.self, forKey: .nullable)
        format = try container.decodeIfPresent(String.self, forKey: .format)
        secret = try container.decodeIfPresent(Bool.self, forKey: .secret)
        children = try container.decode([Field].self, forKey: .children)
        source = try container.decode(SourceLocation.self, forKey: .source)
    }
}

extension Parameter {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        self.in = try container.decode(ParameterLocation.self, forKey: .in)
        (type, documentedType) = try decodeType(container, type: .type, documented: .documentedType, decoder)
        required = try container.decode(Bool.self, forKey: .required)
        self.default = try container.decodeIfPresent(String.self, forKey: .default)
        description = try container.decode(String.self, forKey: .description)
        self.enum = try container.decodeIfPresent(String.self, forKey: .enum)
        nullable = try container.decode(Bool.self, forKey: .nullable)
        group = try container.decodeIfPresent(ParameterGroup.self, forKey: .group)
        field = try container.decodeIfPresent(String.self, forKey: .field)
        format = try container.decodeIfPresent(String.self, forKey: .format)
        source = try container.decode(SourceLocation.self, forKey: .source)
    }
}

private func decodeType<Key: CodingKey>(
    _ container: KeyedDecodingContainer<Key>, type: Key, documented: Key, _ decoder: any Decoder
) throws -> (FieldType, String) {
    if decoder.userInfo[.schemaVersion] as? Int == 1 {
        return (.json, try container.decode(String.self, forKey: type))
    }
    return (try container.decode(FieldType.self, forKey: type), try container.decode(String.self, forKey: documented))
}
