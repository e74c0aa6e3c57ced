/// Stands in for a credential when a record is printed, logged or dumped: the docs mark
/// tokens, keys, PIN codes and bank details, and their values never reach a log.
public struct Redacted: CustomStringConvertible, CustomDebugStringConvertible, Sendable {
    let isPresent: Bool

    public init<Value>(_ value: Value?) {
        isPresent = value != nil
    }

    public var description: String { isPresent ? "<redacted>" : "nil" }
    public var debugDescription: String { description }
}
