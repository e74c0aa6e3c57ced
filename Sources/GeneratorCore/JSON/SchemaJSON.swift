import APISchema
import Diagnostics

/// The schema file's values written by hand, members in key order, with the bytes
/// `JSONEncoder.stable` gives them (`SchemaJSONTests` holds every recorded schema to that).
/// The generic `Encoder` path costs a boxed container and a metadata lookup per member:
/// for 1,500 pages that was more than the parse of the same pages.
protocol SchemaJSONValue {
    func write(to writer: JSONStreamWriter, depth: Int)
}

/// One object's members, written in the order they are added: the caller adds them sorted.
struct SchemaJSONObject {
    let writer: JSONStreamWriter
    let depth: Int
    private var count = 0

    /// Writes `{`, the members `body` adds, and the closing brace, as `JSONEncoder` indents them.
    static func write(to writer: JSONStreamWriter, depth: Int, _ body: (inout SchemaJSONObject) -> Void) {
        writer.bytes.append(UInt8(ascii: "{"))
        var object = SchemaJSONObject(writer: writer, depth: depth)
        body(&object)
        if object.count == 0 { writer.bytes.append(0x0A) }
        writer.newline(indent: depth)
        writer.bytes.append(UInt8(ascii: "}"))
    }

    private init(writer: JSONStreamWriter, depth: Int) {
        self.writer = writer
        self.depth = depth
    }

    private mutating func key(_ name: StaticString) {
        writer.memberKey(name, indent: depth + 1, afterComma: count > 0)
        count += 1
    }

    mutating func add(_ name: StaticString, _ value: String) {
        key(name)
        writer.string(value)
    }

    mutating func add(_ name: StaticString, _ value: Int) {
        key(name)
        writer.number(value)
    }

    mutating func add(_ name: StaticString, _ value: Bool) {
        key(name)
        value ? writer.literal("true") : writer.literal("false")
    }

    mutating func add(_ name: StaticString, _ value: some SchemaJSONValue) {
        key(name)
        value.write(to: writer, depth: depth + 1)
    }

    mutating func add(_ name: StaticString, _ values: [some SchemaJSONValue]) {
        key(name)
        SchemaJSONArray.write(values, to: writer, depth: depth + 1)
    }

    mutating func add(_ name: StaticString, _ values: [String]) {
        key(name)
        SchemaJSONArray.write(values, to: writer, depth: depth + 1)
    }

    /// Absent members are left out, as the synthesized `encode(to:)` leaves out nil.
    mutating func add(_ name: StaticString, _ value: String?) { if let value { add(name, value) } }
    mutating func add(_ name: StaticString, _ value: Bool?) { if let value { add(name, value) } }
    mutating func add(_ name: StaticString, _ value: (some SchemaJSONValue)?) { if let value { add(name, value) } }
}

enum SchemaJSONArray {
    static func write(_ values: [some SchemaJSONValue], to writer: JSONStreamWriter, depth: Int) {
        writer.bytes.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { writer.bytes.append(UInt8(ascii: ",")) }
            writer.newline(indent: depth + 1)
            value.write(to: writer, depth: depth + 1)
        }
        close(values.isEmpty, writer, depth)
    }

    static func write(_ values: [String], to writer: JSONStreamWriter, depth: Int) {
        writer.bytes.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { writer.bytes.append(UInt8(ascii: ",")) }
            writer.newline(indent: depth + 1)
            writer.string(value)
        }
        close(values.isEmpty, writer, depth)
    }

    private static func close(_ empty: Bool, _ writer: JSONStreamWriter, _ depth: Int) {
        if empty { writer.bytes.append(0x0A) }
        writer.newline(indent: depth)
        writer.bytes.append(UInt8(ascii: "]"))
    }
}

/// Enums with raw values are their raw value.
extension SchemaJSONValue where Self: RawRepresentable, RawValue == String {
    func write(to writer: JSONStreamWriter, depth: Int) { writer.string(rawValue) }
}

extension HTTPMethod: SchemaJSONValue {}
extension OperationKind: SchemaJSONValue {}
extension ParameterLocation: SchemaJSONValue {}
extension ParameterGroup: SchemaJSONValue {}
extension NoteKind: SchemaJSONValue {}
extension ResponseShape: SchemaJSONValue {}
