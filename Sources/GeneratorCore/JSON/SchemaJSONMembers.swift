import APISchema
import Diagnostics

// Each type's members in key order (UTF-8 byte order, as `.sortedKeys` sorts them). A member
// added to a type and not here fails `SchemaJSONTests` at once.

extension Entity: SchemaJSONValue {
    func write(to writer: JSONStreamWriter, depth: Int) {
        SchemaJSONObject.write(to: writer, depth: depth) { object in
            object.add("description", description)
            object.add("fields", fields)
            object.add("listingOmits", listingOmits)
            object.add("name", name)
            object.add("source", source)
        }
    }
}

extension Field: SchemaJSONValue {
    func write(to writer: JSONStreamWriter, depth: Int) {
        SchemaJSONObject.write(to: writer, depth: depth) { object in
            object.add("children", children)
            object.add("default", self.default)
            object.add("description", description)
            object.add("documentedType", documentedType)
            object.add("enum", self.enum)
            object.add("format", format)
            object.add("name", name)
            object.add("nullable", nullable)
            object.add("required", required)
            object.add("secret", secret)
            object.add("source", source)
            object.add("type", type)
        }
    }
}

extension FieldType: SchemaJSONValue {
    func write(to writer: JSONStreamWriter, depth: Int) {
        switch self {
        case .string: writer.string("string")
        case .integer: writer.string("integer")
        case .number: writer.string("number")
        case .boolean: writer.string("boolean")
        case .dateTime: writer.string("dateTime")
        case .json: writer.string("json")
        case .object: writer.string("object")
        case .array(let element): SchemaJSONObject.write(to: writer, depth: depth) { $0.add("array", element) }
        case .enumeration(let name): SchemaJSONObject.write(to: writer, depth: depth) { $0.add("enum", name) }
        case .record(let name): SchemaJSONObject.write(to: writer, depth: depth) { $0.add("record", name) }
        }
    }
}

extension EnumType: SchemaJSONValue {
    func write(to writer: JSONStreamWriter, depth: Int) {
        SchemaJSONObject.write(to: writer, depth: depth) { object in
            object.add("isFlags", isFlags)
            object.add("name", name)
            object.add("sources", sources)
            object.add("values", values)
        }
    }
}

extension EnumValue: SchemaJSONValue {
    func write(to writer: JSONStreamWriter, depth: Int) {
        SchemaJSONObject.write(to: writer, depth: depth) { object in
            object.add("name", name)
            object.add("value", value)
        }
    }
}

extension Parameter: SchemaJSONValue {
    func write(to writer: JSONStreamWriter, depth: Int) {
        SchemaJSONObject.write(to: writer, depth: depth) { object in
            object.add("default", self.default)
            object.add("description", description)
            object.add("documentedType", documentedType)
            object.add("enum", self.enum)
            object.add("field", field)
            object.add("format", format)
            object.add("group", group)
            object.add("in", self.in)
            object.add("name", name)
            object.add("nullable", nullable)
            object.add("required", required)
            object.add("source", source)
            object.add("type", type)
        }
    }
}

extension Response: SchemaJSONValue {
    func write(to writer: JSONStreamWriter, depth: Int) {
        SchemaJSONObject.write(to: writer, depth: depth) { object in
            object.add("example", example)
            object.add("fields", fields)
            object.add("status", status)
        }
    }
}

extension Note: SchemaJSONValue {
    func write(to writer: JSONStreamWriter, depth: Int) {
        SchemaJSONObject.write(to: writer, depth: depth) { object in
            object.add("fields", fields)
            object.add("kind", kind)
            object.add("source", source)
            object.add("text", text)
        }
    }
}

extension Operation: SchemaJSONValue {
    func write(to writer: JSONStreamWriter, depth: Int) {
        SchemaJSONObject.write(to: writer, depth: depth) { object in
            object.add("body", body)
            object.add("description", description)
            object.add("entity", entity)
            object.add("id", id)
            object.add("kind", kind)
            object.add("method", method)
            object.add("notes", notes)
            object.add("parameters", parameters)
            object.add("path", path)
            object.add("requestExamples", requestExamples)
            object.add("responseShape", responseShape)
            object.add("responses", responses)
            object.add("role", role)
            object.add("sortDirection", sortDirection)
            object.add("source", source)
            object.add("summary", summary)
            object.add("title", title)
        }
    }
}

extension SortDirectionEncoding: SchemaJSONValue {
    func write(to writer: JSONStreamWriter, depth: Int) {
        SchemaJSONObject.write(to: writer, depth: depth) { object in
            object.add("ascending", ascending)
            object.add("descending", descending)
        }
    }
}

extension RequestExample: SchemaJSONValue {
    func write(to writer: JSONStreamWriter, depth: Int) {
        SchemaJSONObject.write(to: writer, depth: depth) { object in
            object.add("body", body)
            object.add("location", location)
            object.add("method", method)
            object.add("title", title)
            object.add("url", url)
        }
    }
}

extension SourceLocation: SchemaJSONValue {
    func write(to writer: JSONStreamWriter, depth: Int) {
        SchemaJSONObject.write(to: writer, depth: depth) { object in
            object.add("column", column)
            object.add("file", file)
            object.add("line", line)
        }
    }
}
