import Diagnostics

/// Decides what a page is about (the entity) and what it does (the operation kind) from
/// the facts every page states: method, path, role and, in the export, the title.
enum OperationClassifier {
    static func operation(method: HTTPMethod?, path: String?) -> OperationKind {
        guard let method, let path else { return .other }
        let (segments, query) = split(path)
        let last = segments.last?.lowercased() ?? ""
        if last == "commands" && method == .get { return .listCommands }
        if last == "runcommand" { return .runCommand }
        if method == .get, let query, query.startsWithText("id=[") || query.startsWithText("ids=") { return .getMany }
        let endsWithParameter = last.startsWithText("{") && last.endsWithText("}")
        switch method {
        case .get: return endsWithParameter ? .get : (query == nil && segments.count >= 2 ? .search : .other)
        case .post: return endsWithParameter ? .other : .create
        case .put, .patch: return .update
        case .delete: return .delete
        }
    }

    /// The entity, from the role (`CoworkerIdentityCheck-List`), else from the title.
    static func entity(role: String?, title: String?, operation: OperationKind) -> String? {
        if let role, let dash = role.lastIndex(of: "-") {
            let name = String(role[..<dash])
            if TypeText.isEntityName(name) { return name }
        }
        guard let title else { return nil }
        let words = title.split(separator: " ")
        guard let last = words.last.map(String.init), TypeText.isEntityName(last), words.count > 1 else { return nil }
        // Titles of listings and batches use the plural ("Search CoworkerIdentityChecks").
        let plural = operation == .search || operation == .getMany || title.startsWithText("Search") || title.startsWithText("List")
        return plural ? Inflection.singular(last) ?? last : last
    }

    /// The path parameters named in `{braces}`, in order.
    static func pathParameterNames(in path: String) -> [String] {
        split(path).segments.compactMap { segment in
            guard segment.startsWithText("{"), segment.endsWithText("}"), segment.count > 2 else { return nil }
            return String(segment.dropFirst().dropLast())
        }
    }

    private static func split(_ path: String) -> (segments: [Substring], query: Substring?) {
        let parts = path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let segments = parts[0].split(separator: "/")
        return (segments, parts.count > 1 ? parts[1] : nil)
    }
}
