import Diagnostics

/// One difference between two snapshots of the API, classified for a client of our
/// generated Swift SDK. The rules are in the README ("How drift is classified").
public struct SchemaChange: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case operationAdded, operationRemoved, pathChanged
        case fieldAdded, fieldRemoved, fieldRenamed, fieldRetyped
        case fieldBecameRequired, fieldBecameOptional
        case enumReferenceChanged
        case listingFieldRemoved, listingFieldAdded
        case enumAdded, enumRemoved, enumKindChanged
        case enumValueAdded, enumValueRemoved, enumValueRenamed
        case filterAdded, filterRemoved
        case defaultAdded, defaultRemoved, defaultChanged
        case roleChanged
        case sortDirectionChanged
        case descriptionChanged
    }

    public enum Impact: String, Codable, Sendable, Comparable, CaseIterable {
        case documentation
        case additive
        case breaking

        private var rank: Int {
            switch self {
            case .documentation: 0
            case .additive: 1
            case .breaking: 2
            }
        }

        public static func < (lhs: Impact, rhs: Impact) -> Bool { lhs.rank < rhs.rank }
    }

    public var kind: Kind
    public var impact: Impact
    /// The entity the change belongs to, or `enums` for a shared enum.
    public var entity: String
    /// What changed, e.g. `Coworker.create body FullName`.
    public var subject: String
    /// A sentence for a reviewer: the old and the new fact, and why it has this impact.
    public var detail: String
    public var oldSource: SourceLocation?
    public var newSource: SourceLocation?

    public init(_ kind: Kind, _ impact: Impact, entity: String, subject: String, detail: String,
                old: SourceLocation? = nil, new: SourceLocation? = nil) {
        self.kind = kind
        self.impact = impact
        self.entity = entity
        self.subject = subject
        self.detail = detail
        self.oldSource = old
        self.newSource = new
    }
}
