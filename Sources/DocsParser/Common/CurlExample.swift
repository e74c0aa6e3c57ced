/// Reads the cURL samples of a page: the docs' own examples of calls, which later become
/// conformance tests. Other languages' samples are ignored because they contradict the
/// parameter definitions (a seed's JavaScript calls `dir: 1` ascending).
enum CurlExample {
    /// Reads every `curl` command in `lines`, returning the examples and where each starts.
    static func examples(in lines: [PageLine], file: String, title: String?) -> [RequestExample] {
        var examples: [RequestExample] = []
        var index = 0
        while index < lines.count {
            let start = lines[index]
            guard start.trimmed.startsWithText("curl ") || start.trimmed == "curl" else {
                index += 1
                continue
            }
            let end = commandEnd(in: lines, from: index)
            let command = lines[index..<end].map { String($0.trimmed) + "\n" }.joined()
            index = end
            if let example = parse(command, title: title, location: .init(file: file, line: start.number, column: start.column)) {
                examples.append(example)
            }
        }
        return examples
    }

    /// The index after the last line of the shell command starting at `start`: it goes on
    /// while a line ends with `\` or a single-quoted `--data` body is still open.
    static func commandEnd(in lines: [PageLine], from start: Int) -> Int {
        var index = start
        var inQuote = false
        while index < lines.count {
            let text = lines[index].trimmed
            if text.isPlainASCII {
                for byte in text.utf8 where byte == UInt8(ascii: "'") { inQuote.toggle() }
            } else {
                for character in text where character == "'" { inQuote.toggle() }
            }
            index += 1
            if !inQuote && !text.endsWithText("\\") { break }
        }
        return index
    }

    static func parse(_ command: String, title: String?, location: SourceLocation) -> RequestExample? {
        let words = shellWords(command)
        var method: String?
        var url: String?
        var body: String?
        var index = 1
        while index < words.count {
            let word = words[index]
            switch word {
            case "-X", "--request":
                method = index + 1 < words.count ? words[index + 1] : nil
                index += 2
            case "--url":
                url = index + 1 < words.count ? words[index + 1] : nil
                index += 2
            case "-d", "--data", "--data-raw", "--data-binary":
                body = index + 1 < words.count ? words[index + 1] : nil
                index += 2
            case "-H", "--header":
                index += 2
            default:
                if url == nil, word.startsWithText("http") { url = word }
                index += 1
            }
        }
        guard let url else { return nil }
        return RequestExample(title: title, method: method ?? (body == nil ? "GET" : "POST"), url: url, body: body, at: location)
    }

    /// Splits a shell command into words, honouring single and double quotes and `\` line joins.
    static func shellWords(_ command: String) -> [String] {
        if command.isPlainASCII { return asciiShellWords(Array(command.utf8)) }
        var words: [String] = []
        var current = ""
        var hasWord = false
        var quote: Character?
        var iterator = command.makeIterator()
        while let character = iterator.next() {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
                continue
            }
            switch character {
            case "'", "\"":
                quote = character
                hasWord = true
            case "\\":
                // A backslash before a newline joins lines; otherwise it escapes the next character.
                if let next = iterator.next(), next != "\n" { current.append(next); hasWord = true }
            case " ", "\t", "\n":
                if hasWord { words.append(current) }
                current = ""
                hasWord = false
            default:
                current.append(character)
                hasWord = true
            }
        }
        if hasWord { words.append(current) }
        return words
    }

    /// `shellWords` on the bytes of plain ASCII text, where every byte is a Character.
    private static func asciiShellWords(_ bytes: [UInt8]) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        var hasWord = false
        var quote: UInt8?
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if let open = quote {
                if byte == open { quote = nil } else { current.append(byte) }
                continue
            }
            switch byte {
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                quote = byte
                hasWord = true
            case UInt8(ascii: "\\"):
                // A backslash before a newline joins lines; otherwise it escapes the next character.
                if index < bytes.count {
                    let next = bytes[index]
                    index += 1
                    if next != UInt8(ascii: "\n") {
                        current.append(next)
                        hasWord = true
                    }
                }
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"):
                if hasWord { words.append(String(decoding: current, as: UTF8.self)) }
                current = []
                hasWord = false
            default:
                current.append(byte)
                hasWord = true
            }
        }
        if hasWord { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }
}

import Diagnostics
