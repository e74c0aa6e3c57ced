/// A hand-written parser for `command [--flag] [--option VALUE] [positional…]`, in the
/// manner of swift-argument-parser, without the dependency.
struct Arguments {
    var flags: Set<String> = []
    var options: [String: String] = [:]
    var positionals: [String] = []

    init(_ arguments: [String], flags allowedFlags: Set<String>, options allowedOptions: Set<String>) throws(CommandError) {
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
                    throw CommandError.usage("Missing value for '\(name) <value>'")
                }
                if inlineValue == nil { index += 1 }
                options[name] = value
            } else {
                throw CommandError.usage("Unknown option '\(argument)'")
            }
        }
    }
}
