import Diagnostics

/// The rendered page drops the names of its enum tables. This recovers each name from the
/// fields that refer to it, strongest evidence first, and warns about any it cannot.
struct EnumNameRecovery {
    var page: ParsedPage

    struct Mention {
        var name: String
        var defaultMember: String?
        var values: [EnumValue]?
    }

    mutating func recover() {
        var unnamed = page.enums.indices.filter { page.enums[$0].name == nil }
        guard !unnamed.isEmpty else { return }
        var mentions = collectMentions().filter { mention in !page.enums.contains { $0.name == mention.name } }

        func assign(_ table: Int, _ name: String) {
            page.enums[table].name = name
            unnamed.removeAll { $0 == table }
            mentions.removeAll { $0.name == name }
        }
        // "See eX enum values: 0 = None, 1 = Manual" names the table with those values.
        for mention in mentions {
            guard let values = mention.values,
                  let table = unnamed.first(where: { page.enums[$0].values.sameValues(as: values) }) else { continue }
            assign(table, mention.name)
        }
        // "Defaults to eGender.NotSet" names the only remaining table with a `NotSet` row.
        for mention in mentions {
            guard let member = mention.defaultMember else { continue }
            let candidates = unnamed.filter { page.enums[$0].values.contains { $0.name == member } }
            if candidates.count == 1 { assign(candidates[0], mention.name) }
        }
        // One table left and one enum referred to without a table: they are the same.
        if unnamed.count == 1, mentions.count == 1 {
            assign(unnamed[0], mentions[0].name)
        }
        for table in unnamed {
            let preview = page.enums[table].values.prefix(4).map { "\($0.value) \($0.name)" }.joined(separator: ", ")
            page.diagnostics.append(.warning(
                .unnamedEnumTable,
                "cannot recover the name of the enum table with values \(preview)\(page.enums[table].values.count > 4 ? ", …" : ""); no field on this page refers to it unambiguously (another page with the same values may name it)",
                at: page.enums[table].location))
        }
    }

    /// Each enum referred to by a field, once, in page order, with everything said about it.
    private func collectMentions() -> [Mention] {
        var mentions: [Mention] = []
        var descriptions: [String] = page.parameters.map(\.description)
        var typeNames: [String?] = page.parameters.map { TypeText($0.type).enumName }
        func walk(_ fields: [ResponseField]) {
            for field in fields {
                descriptions.append(field.description)
                typeNames.append(TypeText(field.type).enumName)
                walk(field.children)
            }
        }
        walk(page.responseFields)
        for (description, typeName) in zip(descriptions, typeNames) {
            let mention = DescriptionFacts.enumMention(in: description).map {
                Mention(name: $0.name, defaultMember: $0.defaultMember, values: $0.values)
            } ?? typeName.map { Mention(name: $0) }
            guard let mention else { continue }
            if let existing = mentions.firstIndex(where: { $0.name == mention.name }) {
                mentions[existing].defaultMember = mentions[existing].defaultMember ?? mention.defaultMember
                mentions[existing].values = mentions[existing].values ?? mention.values
            } else {
                mentions.append(mention)
            }
        }
        return mentions
    }

}
