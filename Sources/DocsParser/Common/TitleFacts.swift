/// What a page's title and role say about the endpoint when the page lost its method or
/// path (cut off before its code samples, or a rendering that does not show the path):
/// "Search Bookings" is a search, "Update Tariff" an update, `Booking-List` a listing.
/// These facts are reported; a path is never made up from them.
enum TitleFacts {
    /// The operation a title names by its first words, if it names one.
    static func operation(title: String?) -> OperationKind? {
        guard let title else { return nil }
        let words = title.split(separator: " ").map { $0.lowercased() }
        guard let first = words.first, words.count >= 2 else { return nil }
        switch first {
        case "search", "list", "find":
            return words.contains("commands") ? .listCommands : .search
        case "get", "retrieve", "fetch", "read":
            if words.contains("commands") { return .listCommands }
            return words[1] == "many" || words[1] == "several" ? .getMany : .get
        case "create", "add", "new": return .create
        case "update", "edit", "modify": return .update
        case "delete", "remove": return .delete
        case "run", "execute": return words.contains("command") ? .runCommand : nil
        default: return nil
        }
    }

    /// The operation a role's suffix grants (`Booking-List`, `Tariff-Edit`).
    static func operation(role: String?) -> OperationKind? {
        guard let role, let dash = role.lastIndex(of: "-") else { return nil }
        switch role[role.index(after: dash)...].lowercased() {
        case "list": return .search
        case "read": return .get
        case "create": return .create
        case "edit", "update": return .update
        case "delete": return .delete
        default: return nil
        }
    }

    /// The method every Nexudus endpoint of a kind uses; nil for a kind with no fixed one.
    static func method(for operation: OperationKind) -> HTTPMethod? {
        switch operation {
        case .search, .get, .getMany, .listCommands: .get
        case .create, .runCommand: .post
        case .update: .put
        case .delete: .delete
        case .other: nil
        }
    }

}
