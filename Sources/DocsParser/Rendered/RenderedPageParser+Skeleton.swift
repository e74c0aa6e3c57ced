import Diagnostics

extension RenderedPageParser {
    /// The rendering collapses `Expandable` children; the skeleton still lists them.
    mutating func fillChildrenFromSkeleton() {
        guard case .object(let members)? = skeleton else { return }
        for index in page.responseFields.indices {
            let field = page.responseFields[index]
            let type = TypeText(field.type)
            guard field.children.isEmpty, type.base == .object,
                  let member = members.first(where: { $0.key == field.name })?.value else { continue }
            page.responseFields[index].children = Self.fields(in: member, status: field.status, at: field.location)
        }
    }

    /// Fields described by a skeleton value: `"<string>"` is a string, `123` an integer.
    static func fields(in value: OrderedJSON, status: Int, at location: SourceLocation) -> [ResponseField] {
        let object: [(key: String, value: OrderedJSON)]
        switch value {
        case .object(let members): object = members
        case .array(let items):
            guard case .object(let members)? = items.first else { return [] }
            object = members
        default: return []
        }
        return object.map { key, value in
            ResponseField(status: status, name: key, type: typeName(of: value), children: fields(in: value, status: status, at: location), at: location)
        }
    }

    static func typeName(of value: OrderedJSON) -> String {
        switch value {
        case .null: "any"
        case .bool: "boolean"
        case .integer: "integer"
        case .number: "number"
        case .string(let text): text == "<any>" ? "any" : "string"
        case .object: "object"
        case .array(let items):
            items.first.map { typeName(of: $0) + "[]" } ?? "array"
        }
    }

    /// Every key of an object skeleton should be a documented field of the success response.
    mutating func checkSkeletonFieldsRead() {
        guard case .object(let members)? = skeleton, page.operation == .get || page.operation == .listCommands else { return }
        let read = Set(page.responseFields.map(\.name))
        let missing = members.map(\.key).filter { !read.contains($0) }
        if !missing.isEmpty {
            page.diagnostics.append(.warning(.fieldCountMismatch, "the response skeleton lists \(missing.joined(separator: ", ")) but no such response field was read", at: page.location))
        }
    }
}
