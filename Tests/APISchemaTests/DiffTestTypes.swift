@testable import APISchema

/// The schema's operation; this file imports no Foundation, whose `Operation` would clash.
typealias SchemaOperation = Operation
