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

    static func rank(_ page: SchemaMerger.PageOrigin, kind: OperationKind) -> Rank {
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
    static func entityDescriptions(in operations: [(Operation, SchemaMerger.PageOrigin)]) -> [String: String] {
        var best: [String: (rank: Rank, text: String)] = [:]
        // Read in place: a copy of each pair would retain every string of its page once more.
        for index in operations.indices {
            let kind = operations[index].0.kind, entity = operations[index].0.entity
            guard describesEntity.contains(kind), let text = operations[index].0.description, !text.isEmpty else { continue }
            let rank = rank(operations[index].1, kind: kind)
            if best[entity].map({ rank < $0.rank }) ?? true { best[entity] = (rank, text) }
        }
        return best.mapValues(\.text)
    }

    /// Gives every field of an entity (its record's and every request body's) the
    /// best-ranked text of the same field that says the same words. Entity by entity, each
    /// with a small index of its own texts; an entity documented by one page has no other
    /// text to choose and is skipped.
    static func preferStructuredFieldTexts(_ entities: inout [Entity], _ operations: inout [(Operation, SchemaMerger.PageOrigin)]) {
        let entityIndex = Dictionary(entities.indices.map { (entities[$0].name, $0) }, uniquingKeysWith: { first, _ in first })
        var pagesByEntity: [String: [Int]] = [:]
        for pair in operations.indices { pagesByEntity[operations[pair].0.entity, default: []].append(pair) }
        for (entity, pairs) in pagesByEntity where pairs.count > 1 {
            preferStructuredFieldTexts(of: entity, pairs, entityIndex[entity], &entities, &operations)
        }
    }

    private static func preferStructuredFieldTexts(
        of entity: String, _ pairs: [Int], _ entityIndex: Int?, _ entities: inout [Entity], _ operations: inout [(Operation, SchemaMerger.PageOrigin)]
    ) {
        // Every text of every field of the entity, by field path, with the rank of its page.
        var texts: [String: [(Rank, String)]] = [:]
        func collect(_ fields: [Field], prefix: String, rank: Rank) {
            for field in fields {
                let path = prefix.isEmpty ? field.name : prefix + field.name
                if !field.description.isEmpty { texts[path, default: []].append((rank, field.description)) }
                if !field.children.isEmpty { collect(field.children, prefix: path + ".", rank: rank) }
            }
        }
        var recordRank: Rank?
        for pair in pairs {
            let rank = rank(operations[pair].1, kind: operations[pair].0.kind)
            if operations[pair].0.kind == .get, let index = entityIndex, entities[index].source == operations[pair].0.source {
                recordRank = rank
                collect(entities[index].fields, prefix: "", rank: rank)
            }
            collect(operations[pair].0.body, prefix: "", rank: rank)
        }
        // Nothing to choose where every field has one text.
        texts = texts.filter { _, candidates in candidates.contains { $0.1 != candidates[0].1 } }
        guard !texts.isEmpty else { return }

        func choose(_ fields: inout [Field], prefix: String, rank: Rank) {
            for index in fields.indices {
                let path = prefix.isEmpty ? fields[index].name : prefix + fields[index].name
                if let options = texts[path] {
                    let own = fields[index].description
                    let better = options.filter { $0.0 < rank && $0.1 != own && DescriptionText.same($0.1, own) }.min { $0.0 < $1.0 }
                    if let better { fields[index].description = better.1 }
                }
                if !fields[index].children.isEmpty { choose(&fields[index].children, prefix: path + ".", rank: rank) }
            }
        }
        if let recordRank, let index = entityIndex { choose(&entities[index].fields, prefix: "", rank: recordRank) }
        for pair in pairs {
            choose(&operations[pair].0.body, prefix: "", rank: rank(operations[pair].1, kind: operations[pair].0.kind))
        }
    }
}
