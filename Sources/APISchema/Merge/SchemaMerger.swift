import Diagnostics
import DocsParser

/// Builds one `APISchema` from many pages: each entity's full record from its get page,
/// the listing from its search page, request bodies from create and update pages, and one
/// enum per name however many pages list it. Contradictions become diagnostics that name
/// both places.
public struct SchemaMerger {
    public private(set) var diagnostics: [Diagnostic] = []
    var enums = EnumMerger()

    public init() {}

    /// Merges `pages`; their order does not matter (they are sorted by file first). The
    /// diagnostics are the pages' own, less the unnamed enum tables the merge named from
    /// another page, plus the merge's. The pages are taken, not borrowed: a caller that
    /// hands them over (as `generate` does) lets the merge release them once every
    /// operation is built, so the pages and the finished schema are never held together.
    public static func merge(_ pages: consuming [ParsedPage]) -> (APISchema, [Diagnostic]) {
        var merger = SchemaMerger()
        pages.sort { $0.file < $1.file }
        var pageDiagnostics: [Diagnostic] = []
        for index in pages.indices {
            pageDiagnostics += pages[index].diagnostics
            pages[index].diagnostics = []
        }
        let schema = merger.merge(pages)
        let resolved = merger.enums.namedTables
        pageDiagnostics.removeAll { diagnostic in
            diagnostic.id == .unnamedEnumTable && diagnostic.location.map(resolved.contains) == true
        }
        return (schema, (pageDiagnostics + merger.diagnostics).sortedForOutput())
    }

    /// What the merge still needs of a page once its operation is built: which page wins
    /// when several document one operation, and which description an entity keeps.
    struct PageOrigin {
        var file: String
        var format: PageFormat

        init(_ page: ParsedPage) {
            file = page.file
            format = page.format
        }
    }

    /// Pages whose operations are built at a time, taken from the end of the list.
    static let buildBatch = 64

    mutating func merge(_ pages: consuming [ParsedPage]) -> APISchema {
        pages.removeAll { $0.method == nil || $0.path == nil || $0.entity == nil || $0.operation == nil }
        for index in pages.indices {
            for pageEnum in pages[index].enums where pageEnum.name != nil { enums.add(pageEnum) }
        }
        for index in pages.indices {
            for pageEnum in pages[index].enums where pageEnum.name == nil { enums.addUnnamed(pageEnum) }
        }
        let enumTypes = enums.result()
        diagnostics += enums.diagnostics
        let known = Set(enumTypes.map(\.name))

        // Each page's operation is built on its own, on all cores; they are merged in order.
        // The operations hold every fact the rest of the merge reads, so a batch of pages is
        // let go as soon as its operations are built: the pages and all the operations are
        // never held together (4 MB less at the top of a first `generate` of 1,500 pages).
        var batches: [(operations: [Operation], origins: [PageOrigin])] = []
        while !pages.isEmpty {
            let start = max(pages.count - Self.buildBatch, 0)
            let batch = Array(pages[start...])
            pages.removeSubrange(start...)
            batches.append((orderedConcurrentMap(batch) { OperationBuilder.operation(from: $0) }, batch.map(PageOrigin.init)))
        }
        batches.reverse()
        var built = batches.flatMap(\.operations)
        var origins = batches.flatMap(\.origins)
        batches = []
        var operations: [String: (Operation, PageOrigin)] = [:]
        for (operation, origin) in zip(built, origins) {
            if let (existing, existingOrigin) = operations[operation.id] {
                diagnostics += OperationBuilder.compare(existing, with: operation)
                // Several formats of one endpoint may be present; the export names more, so it
                // wins, then the developers rendering, then the learn site's (its description rank).
                if origin.format.descriptionRank < existingOrigin.format.descriptionRank { operations[operation.id] = (operation, origin) }
            } else {
                operations[operation.id] = (operation, origin)
            }
        }
        // Only the chosen operations are kept: any other copy of one would make the passes
        // below copy its lists of fields when they change them.
        built = []
        origins = []
        var pairs = operations.values.sorted { $0.0.id < $1.0.id }
        operations.removeAll()
        var entities = buildEntities(pairs)
        DescriptionChoice.preferStructuredFieldTexts(&entities, &pairs)
        var sortedOperations = pairs.map(\.0)
        // Let go of the pairs' copies, so the passes below change the lists in place.
        pairs.removeAll()
        resolveReferences(&entities, &sortedOperations, known: known)
        DateFormats.infer(&entities, &sortedOperations)
        Secrets.mark(&entities, &sortedOperations)
        // Handed over, not copied: a list still held here too would be copied, fields and
        // all, when the types are decided in the schema's own (11 MB more at 1,500 pages).
        entities.sort { $0.name < $1.name }
        var schema = APISchema(entities: consume entities, enums: enumTypes, operations: consume sortedOperations)
        var types = TypeDecision(enums: schema.enums, entities: schema.entities)
        types.decide(&schema)
        return schema
    }

    private mutating func buildEntities(_ operations: [(Operation, PageOrigin)]) -> [Entity] {
        var entities: [String: Entity] = [:]
        for (operation, _) in operations {
            var entity = entities[operation.entity] ?? Entity(name: operation.entity)
            switch operation.kind {
            case .get:
                entity.fields = operation.responses.first { $0.status == 200 }?.fields ?? []
                entity.source = operation.source
            case .search:
                entity.listingOmits = operation.notes.filter { $0.kind == .partialRecords }.flatMap(\.fields)
            default:
                break
            }
            entities[operation.entity] = entity
        }
        // The text that kept its structure, by the rule `DescriptionChoice` states.
        for (name, description) in DescriptionChoice.entityDescriptions(in: operations) {
            entities[name]?.description = description
        }
        return Array(entities.values)
    }

    /// What a field typed by an unknown enum becomes: its documented base type, or a JSON
    /// value when the enum name itself was the type (`type="eDocumentKind"`).
    static func fallback(_ type: String) -> String {
        DocumentedType.enumName(type) == nil ? "a plain \(type)" : "a JSON value"
    }

    /// Every enum reference must name a known enum; filters take their field's enum.
    private mutating func resolveReferences(_ entities: inout [Entity], _ operations: inout [Operation], known: Set<String>) {
        func check(_ field: inout Field) {
            if let name = field.enum, !known.contains(name) {
                diagnostics.append(.warning(.unresolvedEnumReference, "'\(field.name)' refers to enum '\(name)', which no page defines; it is generated as \(Self.fallback(field.documentedType))", at: field.source))
                field.enum = nil
            }
            for index in field.children.indices { check(&field.children[index]) }
        }
        for entityIndex in entities.indices {
            for index in entities[entityIndex].fields.indices { check(&entities[entityIndex].fields[index]) }
        }
        // Each record's field names, with the first such field's enum: a search has a filter
        // or two per field, and scanning the record for each was quadratic in its fields.
        let recordFields = Dictionary(entities.map { entity in
            (entity.name, Dictionary(entity.fields.map { ($0.name, $0.enum) }, uniquingKeysWith: { first, _ in first }))
        }, uniquingKeysWith: { first, _ in first })
        // Each operation is changed where it is: a copy would copy its lists of fields too.
        func resolve(_ operation: inout Operation) {
            for index in operation.body.indices { check(&operation.body[index]) }
            for responseIndex in operation.responses.indices {
                for index in operation.responses[responseIndex].fields.indices { check(&operation.responses[responseIndex].fields[index]) }
            }
            for index in operation.parameters.indices {
                var parameter = operation.parameters[index]
                if let name = parameter.enum, !known.contains(name) {
                    diagnostics.append(.warning(.unresolvedEnumReference, "'\(parameter.name)' refers to enum '\(name)', which no page defines; it is generated as \(Self.fallback(parameter.documentedType))", at: parameter.source))
                    parameter.enum = nil
                }
                if let fieldName = parameter.field, let fields = recordFields[operation.entity],
                   fields[fieldName] == nil, fields[fieldName + "Id"] != nil {
                    parameter.field = fieldName + "Id"  // `Entity_Business` filters `BusinessId`
                }
                if parameter.enum == nil, let fieldName = parameter.field,
                   let fieldEnum = recordFields[operation.entity]?[fieldName],
                   let name = fieldEnum, DocumentedType.isInteger(parameter.documentedType) {
                    parameter.enum = name
                }
                operation.parameters[index] = parameter
            }
        }
        for operationIndex in operations.indices { resolve(&operations[operationIndex]) }
        diagnostics += BodyFieldCheck.compare(entities: entities, operations: operations)
    }
}
