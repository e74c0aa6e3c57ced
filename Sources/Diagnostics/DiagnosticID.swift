/// The catalog of every diagnostic the generator can emit. Ids are stable: tests and
/// users match on them, so a case is renamed only with a changelog entry.
public enum DiagnosticID: String, Codable, Hashable, Sendable, CaseIterable {
    // The command line
    case unknownSubcommand
    case unknownOption
    case missingOptionValue
    case missingArgument
    case unexpectedArgument
    case invalidOptionValue
    case overlappingFolders

    // Reading files
    case noSuchFile
    case noDocumentationPages
    case unreadableFile
    case emptyFile
    case notUTF8
    case fileTooLarge

    // Page structure
    case notAnEndpointPage
    case missingMethod
    case missingPath
    case invalidPathSegment
    case missingEntity
    case missingRole
    case unknownHeading
    case unknownTag
    case unclosedTag
    case unexpectedClosingTag
    case missingAttribute
    case unreadableField
    case unreadableLine
    case truncatedTable
    /// A page saved or served incompletely: it ends inside a block, a table row or a field,
    /// or before a section every page of its kind has.
    case truncatedPage
    case malformedTableRow
    case unclosedCodeBlock
    case lostFieldNames
    case fieldCountMismatch
    case nestingTooDeep
    case invalidExampleJSON

    // Types and enums
    case unknownFieldType
    case unnamedEnumTable
    case unresolvedEnumReference
    case duplicateEnumValue
    case duplicateField
    case conflictingEnumValue
    case enumValueSetDiffers
    case unreadEnumValue
    case conflictingFieldType
    case conflictingEnumReference
    case conflictingDefault
    case conflictingRequired
    case conflictingRole
    case ambiguousSortDirection
    case conflictingEncoding

    // Generation
    case documentationErrors
    case templateError
    case invalidSchema
    case unsupportedSchemaVersion
    case generationFailed
    case typeNameClash
    case outputError
    case outputDrift
    case foreignOutputFile
    /// Two operations on one method and path, or two components of one name: the OpenAPI
    /// document has room for one, and keeps the first.
    case openAPIClash

    // Fetching the docs
    case indexUnreachable
    case invalidIndex
    case invalidManifest
    case unsafeLink
    case foreignHost
    case duplicateLink
    case httpStatus
    case requestFailed
    case tooManyRedirects
    case htmlPage
}
