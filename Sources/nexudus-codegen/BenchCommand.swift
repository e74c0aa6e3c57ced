import GeneratorCore

/// `bench [--scale N,...] [--runs R]`: the pipeline's stages timed over a scaled corpus.
enum BenchCommand {
    static func run(_ arguments: [String], log: DiagnosticLog) throws(GeneratorError) -> Int32 {
        let parsed = try Arguments(arguments, flags: ["--help", "-h"], options: ["--scale", "--runs", "--spec", "--templates"])
        if parsed.wantsHelp {
            print(Help.texts["bench"]!, terminator: "")
            return 0
        }
        let scales = try (parsed.options["--scale"] ?? "1,10,100").split(separator: ",").map { text throws(GeneratorError) -> Int in
            guard let value = Int(text), value > 0 else { throw .invalidRequest(.invalidOptionValue, "--scale takes positive whole numbers, e.g. 1,10,100") }
            return value
        }
        guard let runs = Int(parsed.options["--runs"] ?? "5"), runs > 0 else {
            throw .invalidRequest(.invalidOptionValue, "--runs takes a positive whole number")
        }
        var options = GeneratorOptions()
        options.specDirectory = parsed.options["--spec"] ?? options.specDirectory
        options.templatesDirectory = parsed.options["--templates"] ?? options.templatesDirectory
        try Benchmark(scales: scales, runs: runs, options: options).run(log: log) { print($0) }
        return 0
    }
}
