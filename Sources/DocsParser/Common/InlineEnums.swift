import Diagnostics

/// Get pages have no Enums section: "See eX enum values: 0 = None, 1 = Manual" in a
/// field's description is the only place those values are documented. Each such list
/// becomes one of the page's enums, so an enum documented only on a get page is still
/// generated rather than dropped as an unresolved reference.
enum InlineEnums {
    static func collect(into page: inout ParsedPage) {
        let tabled = Set(page.enums.compactMap(\.name))
        var inline: [PageEnum] = []
        func visit(field: String, description: String, at location: SourceLocation) {
            guard description.containsText("values:"), let mention = DescriptionFacts.enumMention(in: description),
                  let values = mention.values, !tabled.contains(mention.name) else { return }
            if let unread = mention.unreadValue {
                page.diagnostics.append(.warning(
                    .unreadEnumValue,
                    "'\(field)' lists a value of \(mention.name) that cannot be read, '\(unread)'; the values before it are kept",
                    at: location))
            }
            guard !values.isEmpty else { return }
            guard let index = inline.firstIndex(where: { $0.name == mention.name }) else {
                inline.append(PageEnum(name: mention.name, values: values, fields: [field], at: location))
                return
            }
            if !inline[index].fields.contains(field) { inline[index].fields.append(field) }
            if Set(inline[index].values) != Set(values) {
                page.diagnostics.append(.warning(
                    .enumValueSetDiffers,
                    "'\(field)' lists other values for \(mention.name) than '\(inline[index].fields[0])' does on this page; the first list is kept",
                    at: location, notes: [DiagnosticNote("the first list is here", at: inline[index].location)]))
            }
        }
        func walk(_ fields: [ResponseField]) {
            for index in fields.indices {
                if fields[index].description.containsText("values:") {
                    visit(field: fields[index].name, description: fields[index].description, at: fields[index].location)
                }
                if !fields[index].children.isEmpty { walk(fields[index].children) }
            }
        }
        // Only a description with a list of values is read: a parameter's field name is
        // worked out for those alone.
        for parameter in page.parameters where parameter.description.containsText("values:") {
            visit(field: PageFinisher.fieldName(of: parameter), description: parameter.description, at: parameter.location)
        }
        walk(page.responseFields)
        page.enums += inline
    }
}
