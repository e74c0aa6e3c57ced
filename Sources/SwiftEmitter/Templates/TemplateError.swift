import Diagnostics

/// A template problem, located in the template's own source so it reads like a compiler error.
///
/// Parsing and rendering both throw this: generated code must never silently miss a value,
/// so anything doubtful fails loudly with a place to look.
public struct TemplateError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The `name` given to the `Template` the problem is in (a partial's own name for errors inside it).
    public var templateName: String
    /// 1-based.
    public var line: Int
    /// 1-based, counted in UTF-8 bytes, as the Swift compiler counts columns.
    public var column: Int
    public var message: String

    public init(templateName: String, line: Int, column: Int, message: String) {
        self.templateName = templateName
        self.line = line
        self.column = column
        self.message = message
    }

    /// The catalog's `templateError`, located in the template.
    public var diagnostic: Diagnostic {
        .error(.templateError, message, at: SourceLocation(file: templateName, line: line, column: column))
    }

    /// `NAME:LINE:COL: error: MESSAGE`, as every diagnostic prints, so editors and CI logs can jump to it.
    public var description: String { diagnostic.rendered }
}

/// Where a tag starts (its `{{`); kept apart from `Diagnostics.SourceLocation` to avoid shadowing it.
struct TemplateLocation: Sendable, Equatable {
    var line: Int
    var column: Int
}

extension TemplateError {
    init(_ templateName: String, _ location: TemplateLocation, _ message: String) {
        self.init(templateName: templateName, line: location.line, column: location.column, message: message)
    }
}
