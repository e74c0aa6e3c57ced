import APISchema

/// The schema's operation, not Foundation's.
typealias SchemaOperation = Operation
