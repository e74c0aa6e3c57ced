import GeneratorCore

/// A hand-written parser for `command [--flag] [--option VALUE]… [positional…]`, in the
/// manner of swift-argument-parser, without the dependency. An option given more than once
/// keeps every value, in order (`fetch --include a --include b`); `options` holds the last.
struct Arguments {
    var flags: Set<String> = []
    var values: [String: [String]] = [:]
    var positionals: [String] = []

    var options: [String: String] { values.compactMapValues(\.last) }

    init(_ arguments: [String], flags allowedFlags: Set<String>, options allowedOptions: Set<String>) throws(GeneratorError) {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                positionals += arguments[index...]
                break
            }
            guard argument.hasPrefix("-"), argument != "-" else {
                positionals.append(argument)
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if allowedFlags.contains(name), inlineValue == nil {
                flags.insert(name)
            } else if allowedOptions.contains(name) {
                // `--out --spec x` is a forgotten value, not a folder named `--spec`; `--out=-x` still works.
                let next = index < arguments.count ? arguments[index] : nil
                let nextIsOption = next.map { $0.hasPrefix("-") && $0 != "-" } ?? false
                guard let value = inlineValue ?? (nextIsOption ? nil : next) else {
                    throw .invalidRequest(.missingOptionValue, "Missing value for '\(name) <value>'")
                }
                if inlineValue == nil { index += 1 }
                values[name, default: []].append(value)
            } else {
                throw .invalidRequest(.unknownOption, "Unknown option '\(argument)'")
            }
        }
    }

    var wantsHelp: Bool { flags.contains("--help") || flags.contains("-h") }
}
