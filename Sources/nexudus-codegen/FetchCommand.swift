import Diagnostics
import DocsFetch
import Foundation
import GeneratorCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `fetch`: the command line over `DocsFetcher`: arguments, help, progress and summary on
/// standard error, exit codes.
enum FetchCommand {
    static let usage = "nexudus-codegen fetch [--index URL] [--out DIR] [--include GLOB]... [--exclude GLOB]... [--allow-host HOST]... [--concurrency N] [--timeout SECONDS] [--retries N] [--keep-going] [--quiet]"

    static let help = """
        OVERVIEW: Bring every REST reference page listed in the docs' llms.txt into a folder.

        Each page's Markdown export (the link, with .md added when it has no extension) is
        written under --out at its URL path, with sources.json: each page's URL, file,
        SHA-256, ETag and Last-Modified, sorted, without timestamps. A second run asks with
        If-None-Match / If-Modified-Since; a page that left the index is removed (only files
        the previous sources.json lists). If any page fails, --out is left exactly as it was.

        USAGE: \(usage)

        OPTIONS:
          --index <url>           The llms.txt index (default: \(FetchOptions.defaultIndex.absoluteString)).
          --out <dir>             Where the pages go (default: spec/docs).
          --include <glob>        Fetch links whose URL path (without its leading /) matches;
                                  repeatable (default: 'rest-api/**'). * stays in one segment,
                                  ** spans segments, ? is one character.
          --exclude <glob>        Leave out links whose URL path matches; repeatable.
          --allow-host <host>     Also follow links and redirects to this host; repeatable.
          --concurrency <n>       Requests at a time (default: 8).
          --timeout <seconds>     Time allowed for one request (default: 30).
          --retries <n>           Extra attempts on 409 and 429 (after Retry-After, at most
                                  120 s), 5xx, timeouts and broken connections, which back
                                  off 0.5 s, 1 s, 2 s… (default: 3).
          --keep-going            Write the pages that succeeded even when some failed.
          --quiet                 Print only errors and the summary.
          -h, --help              Show help information.

        Skipped with a warning, never written: links with '..' (also as %2e%2e) or a
        backslash, links and redirects to another host or scheme, and Markdown pages that
        are not endpoint pages. A failure of the page: an HTTP error after the retries,
        more than 5 redirects, or a body that is empty, HTML, not UTF-8, larger than 2 MB
        or cut off.

        Exit codes: 0 done, 1 some pages failed (nothing written unless --keep-going) or the
        index cannot be reached, 2 the index is not an llms.txt, 64 usage error.

        """

    static func run(_ arguments: [String], log: DiagnosticLog) throws(GeneratorError) -> Int32 {
        guard let (options, quiet) = try parse(arguments) else {
            print(help, terminator: "")
            return 0
        }
        let printer = ProgressPrinter(mode: quiet ? .quiet : isatty(STDERR_FILENO) == 1 ? .terminal : .lines)
        let report = wait {
            await DocsFetcher(transport: URLSessionTransport(maximumConnections: options.concurrency)).run(options, progress: printer.show)
        }
        printer.finish()
        log.report(report.diagnostics.filter { !quiet || $0.severity == .error })
        let out = options.outputDirectory.relativePath
        switch report.status {
        case .completed:
            printError("\(out): \(report.summary)")
            return 0
        case .pagesFailed:
            let written = report.wroteFiles ? "the other pages were written (--keep-going)" : "nothing was written (--keep-going writes the other pages)"
            printError("\(out): \(report.summary); \(written)")
            return 1
        case .writeFailed:
            printError("\(out): \(report.summary); nothing was written")
            return 1
        case .indexUnreachable:
            return 1
        case .invalidIndex:
            return 2
        }
    }

    /// The options and `--quiet`, or nil for `--help`.
    static func parse(_ arguments: [String]) throws(GeneratorError) -> (FetchOptions, quiet: Bool)? {
        let parsed = try Arguments(arguments, flags: ["--help", "-h", "--keep-going", "--quiet"],
                                   options: ["--index", "--out", "--include", "--exclude", "--allow-host", "--concurrency", "--timeout", "--retries"])
        if parsed.wantsHelp { return nil }
        guard parsed.positionals.isEmpty else { throw .invalidRequest(.unexpectedArgument, "Unexpected argument '\(parsed.positionals[0])'") }
        var options = FetchOptions(outputDirectory: URL(fileURLWithPath: "spec/docs"))
        options.keepGoing = parsed.flags.contains("--keep-going")
        for (name, values) in parsed.values {
            for value in values where value.isEmpty {
                throw .invalidRequest(.invalidOptionValue, "\(name) needs a value that is not empty")
            }
        }
        if let text = parsed.options["--index"] {
            guard let url = URL(string: text), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host?.isEmpty == false else {
                throw .invalidRequest(.invalidOptionValue, "--index '\(text)' is not an http or https URL")
            }
            options.indexURL = url
        }
        if let out = parsed.options["--out"] { options.outputDirectory = URL(fileURLWithPath: out) }
        if let include = parsed.values["--include"] { options.include = include }
        options.exclude = parsed.values["--exclude"] ?? []
        options.allowedHosts = parsed.values["--allow-host"] ?? []
        if let text = parsed.options["--concurrency"] { options.concurrency = try integer("--concurrency", text, minimum: 1) }
        if let text = parsed.options["--retries"] { options.retries = try integer("--retries", text, minimum: 0) }
        if let text = parsed.options["--timeout"] {
            guard let seconds = Double(text), seconds > 0, seconds.isFinite else {
                throw .invalidRequest(.invalidOptionValue, "--timeout '\(text)' is not a number of seconds above 0")
            }
            options.timeout = seconds
        }
        return (options, parsed.flags.contains("--quiet"))
    }

    private static func integer(_ name: String, _ text: String, minimum: Int) throws(GeneratorError) -> Int {
        guard let number = Int(text), number >= minimum, number <= 1000 else {
            throw .invalidRequest(.invalidOptionValue, "\(name) '\(text)' is not a whole number from \(minimum) to 1000")
        }
        return number
    }

    /// Runs the fetch to its end from the synchronous command line.
    private static func wait(_ work: @escaping @Sendable () async -> FetchReport) -> FetchReport {
        let box = ReportBox()
        let done = DispatchSemaphore(value: 0)
        Task {
            box.report = await work()
            done.signal()
        }
        done.wait()
        return box.report!
    }
}

private final class ReportBox: @unchecked Sendable {
    var report: FetchReport?
}

/// Progress on standard error: one line updated in place on a terminal, otherwise a line
/// at every tenth of the pages; nothing when quiet.
private final class ProgressPrinter: @unchecked Sendable {
    enum Mode { case terminal, lines, quiet }

    private let mode: Mode
    private let lock = NSLock()
    private var lastTenth = 0
    private var drewLine = false

    init(mode: Mode) { self.mode = mode }

    func show(_ progress: FetchProgress) {
        guard progress.total > 0 else { return }
        let text = "fetched \(progress.done) of \(progress.total) pages, \(progress.failed) failed"
        lock.withLock {
            switch mode {
            case .quiet:
                break
            case .terminal:
                FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
                drewLine = true
            case .lines:
                let tenth = progress.done * 10 / progress.total
                if tenth > lastTenth {
                    lastTenth = tenth
                    printError("\(text) (\(progress.done * 100 / progress.total)%)")
                }
            }
        }
    }

    func finish() {
        lock.withLock {
            if drewLine { FileHandle.standardError.write(Data("\n".utf8)) }
        }
    }
}
