extension String {
    /// The pieces one after another, in a string allocated once at its final size. The
    /// emitter joins a few short pieces for every field (a doc comment's provenance line, a
    /// layout table line, a quoted key), and `+` or `+=` made a string for each step.
    static func concatenating(_ pieces: [String]) -> String {
        let count = pieces.reduce(0) { $0 + $1.utf8.count }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var position = 0
            for var piece in pieces {
                piece.withUTF8 { utf8 in
                    guard let source = utf8.baseAddress, utf8.count > 0 else { return }
                    (buffer.baseAddress! + position).initialize(from: source, count: utf8.count)
                    position += utf8.count
                }
            }
            return position
        }
    }
}
