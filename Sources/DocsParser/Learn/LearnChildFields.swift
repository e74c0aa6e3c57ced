import Diagnostics

/// The learn site shows an object field's children after a toggle line under it: "Hide
/// child attributes" when they are shown, "Show child attributes" when the copy kept them
/// folded away. The text marks where they start but not where they end.
enum ChildToggle: Equatable {
    /// The children follow.
    case shown
    /// The children are not on the page.
    case folded

    init?(_ line: Substring) {
        switch line.lowercased() {
        case "hide child attributes", "hide properties", "hide attributes": self = .shown
        case "show child attributes", "show properties", "show attributes": self = .folded
        default: return nil
        }
    }
}

extension RenderedPageParser {
    /// Moves the fields after a "Hide child attributes" toggle under their parent. The
    /// response example decides where the children end: they are the fields after the
    /// toggle that its object for the parent has, up to the first it does not. With no
    /// example, every field up to the end of that status is taken for a child, and a warning
    /// says the nesting was guessed. A folded toggle is a warning: those fields are lost.
    mutating func nestLearnChildren() {
        // From the last toggle back, so the indices of earlier ones stay put.
        for (fieldIndex, toggle, location) in childToggles.reversed() where fieldIndex < page.responseFields.count {
            let parent = page.responseFields[fieldIndex]
            guard toggle == .shown else {
                page.diagnostics.append(.warning(.unreadableField, "the child fields of '\(parent.name)' are folded away in this rendering ('Show child attributes'); they are not on the page and were not read", at: location))
                continue
            }
            let example = page.exampleResponses.first { $0.status == parent.status }.flatMap { OrderedJSON.parse($0.json) }
            let childKeys = example.map { Self.keys(of: Self.member(parent.name, of: $0)) }
            var end = fieldIndex + 1
            while end < page.responseFields.count, page.responseFields[end].status == parent.status {
                if let childKeys, !childKeys.contains(page.responseFields[end].name) { break }
                end += 1
            }
            if childKeys == nil, end > fieldIndex + 1 {
                page.diagnostics.append(.warning(.unreadableField, "cannot tell where the child fields of '\(parent.name)' end: the \(parent.status) response has no example; the fields after it in that response are read as its children", at: location))
            }
            page.responseFields[fieldIndex].children += page.responseFields[(fieldIndex + 1)..<end]
            page.responseFields.removeSubrange((fieldIndex + 1)..<end)
        }
    }

    private static func member(_ name: String, of value: OrderedJSON) -> OrderedJSON? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == name }?.value
    }

    /// The keys of an object, or of the first object in an array.
    private static func keys(of value: OrderedJSON?) -> Set<String> {
        switch value {
        case .object(let members)?: Set(members.map(\.key))
        case .array(let items)?: keys(of: items.first)
        default: []
        }
    }
}
