/// Where a fact came from: a file, and a 1-based line and column inside it.
public struct SourceLocation: Codable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// A whole file or folder rather than a place in it, printed as its path alone.
    public static func file(_ path: String) -> SourceLocation { SourceLocation(file: path, line: 0, column: 0) }

    public var description: String { line == 0 ? file : "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

public enum Severity: String, Codable, Hashable, Sendable, Comparable {
    case note
    case warning
    case error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One problem found in the input, printed exactly like the Swift compiler prints its own.
public struct Diagnostic: Codable, Hashable, Sendable {
    public var severity: Severity
    /// A stable identifier from `DiagnosticID`, so tests assert ids rather than prose.
    public var id: DiagnosticID
    public var message: String
    public var location: SourceLocation?
    /// Secondary places, such as the other page of a contradiction.
    public var notes: [DiagnosticNote]

    public init(
        _ severity: Severity,
        _ id: DiagnosticID,
        _ message: String,
        at location: SourceLocation?,
        notes: [DiagnosticNote] = []
    ) {
        self.severity = severity
        self.id = id
        self.message = message
        self.location = location
        self.notes = notes
    }

    public static func error(_ id: DiagnosticID, _ message: String, at location: SourceLocation?, notes: [DiagnosticNote] = []) -> Diagnostic {
        Diagnostic(.error, id, message, at: location, notes: notes)
    }

    public static func warning(_ id: DiagnosticID, _ message: String, at location: SourceLocation?, notes: [DiagnosticNote] = []) -> Diagnostic {
        Diagnostic(.warning, id, message, at: location, notes: notes)
    }

    /// `path:line:col: error: message`, followed by one `note:` line per secondary place.
    public var rendered: String {
        var lines = [Self.line(location, severity.rawValue, message)]
        for note in notes {
            lines.append(Self.line(note.location, "note", note.message))
        }
        return lines.joined(separator: "\n")
    }

    private static func line(_ location: SourceLocation?, _ kind: String, _ message: String) -> String {
        if let location { return "\(location): \(kind): \(message)" }
        return "\(kind): \(message)"
    }
}

public struct DiagnosticNote: Codable, Hashable, Sendable {
    public var message: String
    public var location: SourceLocation?

    public init(_ message: String, at location: SourceLocation?) {
        self.message = message
        self.location = location
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Sorted by place, then severity and id, so output never depends on discovery order.
    public func sortedForOutput() -> [Diagnostic] {
        sorted { lhs, rhs in
            let l = lhs.location ?? SourceLocation(file: "", line: 0, column: 0)
            let r = rhs.location ?? SourceLocation(file: "", line: 0, column: 0)
            if l != r { return l < r }
            if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
            if lhs.id != rhs.id { return lhs.id.rawValue < rhs.id.rawValue }
            return lhs.message < rhs.message
        }
    }
}
