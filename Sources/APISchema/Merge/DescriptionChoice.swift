import DocsParser

/// Which text a description keeps when several pages describe one entity or field: the
/// one that kept its structure, by a fixed rule (README, "Descriptions"):
///
/// 1. the Markdown export's text over a rendering's (the export has the tables, lists,
///    arrows and code spans that a rendering flattens or glues);
/// 2. then the get page's, the create page's, the search page's, any other page's;
/// 3. then the developers rendering over the learn site's, and the first file by path.
///
/// An entity's description is the best-ranked page's. A field's text is replaced only by
/// another page's text of the same field that says the same words (`DescriptionText.same`):
/// the same text with its structure kept. Two texts that say different things are
/// different facts, and each place keeps its own.
enum DescriptionChoice {
    struct Rank: Comparable {
        var format: Int
        var kind: Int
        var rendering: Int
        var file: String

        static func < (lhs: Rank, rhs: Rank) -> Bool {
            (lhs.format, lhs.kind, lhs.rendering, lhs.file) < (rhs.format, rhs.kind, rhs.rendering, rhs.file)
        }
    }

    static func rank(_ page: ParsedPage, kind: OperationKind) -> Rank {
        let kindRank = switch kind {
        case .get: 0
        case .create: 1
        case .search: 2
        default: 3
        }
        return Rank(format: page.format == .markdown ? 0 : 1, kind: kindRank, rendering: page.format.descriptionRank, file: page.file)
    }

    /// The kinds of page whose description is the entity's own; an update or delete page
    /// describes the operation.
    static let describesEntity: Set<OperationKind> = [.get, .create, .search]

    /// Each entity's best-ranked description among `operations`' pages, in one pass over
    /// them: an API has hundreds of entities and thousands of pages.
    static func entityDescriptions(in operations: [(Operation, ParsedPage)]) -> [String: String] {
        var best: [String: (rank: Rank, text: String)] = [:]
        // Read in place: a copy of each pair would retain every string of its page once more.
        for index in operations.indices {
            let kind = operations[index].0.kind, entity = operations[index].0.entity
            guard describesEntity.contains(kind), let text = operations[index].1.description, !text.isEmpty else { continue }
            let rank = rank(operations[index].1, kind: kind)
            if best[entity].map({ rank < $0.rank }) ?? true { best[entity] = (rank, text) }
        }
        return best.mapValues(\.text)
    }

    /// Gives every field of an entity (its record's and every request body's) the
    /// best-ranked text of the same field that says the same words.
    static func preferStructuredFieldTexts(_ entities: inout [Entity], _ operations: inout [(Operation, ParsedPage)]) {
        // Every text of every field, by entity and field path, with the rank of its page.
        var texts: [String: [String: [(Rank, String)]]] = [:]
        func collect(_ fields: [Field], entity: String, prefix: String, rank: Rank) {
            for field in fields {
                let path = prefix + field.name
                if !field.description.isEmpty { texts[entity, default: [:]][path, default: []].append((rank, field.description)) }
                collect(field.children, entity: entity, prefix: path + ".", rank: rank)
            }
        }
        var recordRanks: [String: Rank] = [:]
        let entityIndex = Dictionary(entities.indices.map { (entities[$0].name, $0) }, uniquingKeysWith: { first, _ in first })
        for pair in operations.indices {
            let kind = operations[pair].0.kind, entity = operations[pair].0.entity
            let rank = rank(operations[pair].1, kind: kind)
            if kind == .get, let index = entityIndex[entity], entities[index].source == operations[pair].0.source {
                recordRanks[entity] = rank
                collect(entities[index].fields, entity: entity, prefix: "", rank: rank)
            }
            collect(operations[pair].0.body, entity: entity, prefix: "", rank: rank)
        }
        // Nothing to choose where every field has one text.
        texts = texts.compactMapValues { fields in
            let several = fields.filter { _, candidates in candidates.contains { $0.1 != candidates[0].1 } }
            return several.isEmpty ? nil : several
        }
        guard !texts.isEmpty else { return }

        func choose(_ fields: inout [Field], entity: String, prefix: String, rank: Rank) {
            guard let candidates = texts[entity] else { return }
            for index in fields.indices {
                let path = prefix + fields[index].name
                if let options = candidates[path] {
                    let own = fields[index].description
                    let better = options.filter { $0.0 < rank && $0.1 != own && DescriptionText.same($0.1, own) }.min { $0.0 < $1.0 }
                    if let better { fields[index].description = better.1 }
                }
                choose(&fields[index].children, entity: entity, prefix: path + ".", rank: rank)
            }
        }
        for index in entities.indices {
            if let rank = recordRanks[entities[index].name] { choose(&entities[index].fields, entity: entities[index].name, prefix: "", rank: rank) }
        }
        for index in operations.indices {
            let rank = rank(operations[index].1, kind: operations[index].0.kind)
            choose(&operations[index].0.body, entity: operations[index].0.entity, prefix: "", rank: rank)
        }
    }
}
