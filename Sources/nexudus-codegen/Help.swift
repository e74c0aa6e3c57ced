import Foundation

/// Every help text the command line prints, in swift-argument-parser's layout.
enum Help {
    static let overview = "Generates a typed Swift SDK from the Nexudus REST API documentation pages."

    static let usage = "nexudus-codegen <subcommand> [options]"

    static let subcommands: [(String, String)] = [
        ("generate", "Read spec/docs, write spec/schema.json, spec/openapi.json and Generated/."),
        ("check", "Exit 1 when Generated/, spec/schema.json or spec/openapi.json no longer match the docs."),
        ("parse", "Print what was read from each page (--json for machines)."),
        ("diff", "Classify the API changes between two doc snapshots (folders or schema files)."),
        ("lint", "Report contradictions between the pages of one doc snapshot."),
        ("bench", "Time each stage over a corpus scaled from spec/docs."),
        ("fetch", "Bring the REST pages listed in the docs' llms.txt into spec/docs."),
    ]

    static var main: String {
        var lines = ["OVERVIEW: \(overview)", "", "USAGE: \(usage)", "", "OPTIONS:", "  -h, --help              Show help information.", "", "SUBCOMMANDS:"]
        for (name, summary) in subcommands {
            lines.append("  " + name.padding(toLength: 22, withPad: " ", startingAt: 0) + "  " + summary)
        }
        lines += ["", "  See 'nexudus-codegen help <subcommand>' for detailed help.", ""]
        return lines.joined(separator: "\n")
    }

    static let usages: [String: String] = [
        "parse": "nexudus-codegen parse [--json] <file> ...",
        "generate": "nexudus-codegen generate [--spec <dir>] [--schema <file>] [--openapi <file> | --no-openapi] [--out <dir>] [--tests-out <dir>] [--templates <dir>] [--runtime <dir>] [--cache-dir <dir>] [--no-cache]",
        "check": "nexudus-codegen check [--spec <dir>] [--schema <file>] [--openapi <file> | --no-openapi] [--out <dir>] [--tests-out <dir>] [--templates <dir>] [--runtime <dir>] [--cache-dir <dir>] [--no-cache]",
        "bench": "nexudus-codegen bench [--scale <n,n,...>] [--runs <n>] [--spec <dir>] [--templates <dir>]",
        "fetch": FetchCommand.usage,
    ]

    static let texts: [String: String] = [
        "fetch": FetchCommand.help,
        "diff": """
            OVERVIEW: Compare two doc snapshots and classify every API change.

            USAGE: nexudus-codegen diff <old> <new> [--format text|json|markdown] [--fail-on breaking|additive]

            ARGUMENTS:
              <old>, <new>            A folder of doc pages, or a schema.json written by generate.

            OPTIONS:
              --format <format>       text (default, grouped by entity), json, or markdown for a pull request.
              --fail-on <impact>      Exit 1 on breaking changes (default) or on any API change (additive).
              -h, --help              Show help information.

            Exit codes: 0 nothing at or above --fail-on changed, 1 it did, 2 bad input.

            """,
        "lint": """
            OVERVIEW: Report the same fact documented two ways on two pages of one snapshot.

            USAGE: nexudus-codegen lint [<folder>] [--strict]

            OPTIONS:
              --strict                Exit 1 when anything is found.
              -h, --help              Show help information.

            """,
        "bench": """
            OVERVIEW: Time each stage (read, parse, merge, emit, write) over a synthetic corpus.

            The corpus (spec/docs under n entity names) is written to a temporary folder and
            every stage runs as in `generate`: read the pages, parse, merge, emit (render every
            file; nothing is kept), write (render again into a fresh output folder, schema file
            included) and rewrite (the same again: nothing has changed, nothing is written).
            Each line shows the median [min–max] time, pages/s, µs/page and processor time.

            USAGE: nexudus-codegen bench [--scale <n,n,...>] [--runs <n>] [--spec <dir>] [--templates <dir>]

            OPTIONS:
              --scale <n,...>         Copies of spec/docs under distinct entity names (default: 1,10,100).
              --runs <n>              Runs per scale; the median, minimum and maximum are printed (default: 5).
              -h, --help              Show help information.

            Run it in a release build: swift run -c release nexudus-codegen bench --scale 1,10,100,300

            """,
        "parse": """
            OVERVIEW: Print what was read from each documentation page.

            USAGE: \(usages["parse"]!)

            ARGUMENTS:
              <file>                  A page in either format (Markdown export or rendered text).

            OPTIONS:
              --json                  Print a JSON array, one object per page.
              -h, --help              Show help information.

            Exits 2 when any page has an error; what could be read is printed anyway.

            """,
        "generate": """
            OVERVIEW: Read the docs, write the schema, the OpenAPI document and the Swift SDK.

            USAGE: \(usages["generate"]!)

            OPTIONS:
              --spec <dir>            Documentation pages (default: spec/docs).
              --schema <file>         Schema to write (default: spec/schema.json).
              --openapi <file>        OpenAPI 3.1 document to write (default: openapi.json
                                      beside the schema, spec/openapi.json).
              --no-openapi            Leave the OpenAPI document out.
              --out <dir>             Swift output (default: Generated).
              --tests-out <dir>       Conformance tests from the docs' examples
                                      (default: Tests/NexudusAPIConformanceTests).
              --templates <dir>       Templates to render with (default: templates).
              --runtime <dir>         The runtime's sources (default: Sources/NexudusRuntime).
                                      An --out inside the runtime's package re-exports its
                                      NexudusRuntime target; any other gets a copy in Runtime/.
              --cache-dir <dir>       Cache of earlier runs (default: .build/nexudus-codegen).
              --no-cache              Neither read nor write the cache.
              -h, --help              Show help information.

            Nothing is written when any error is found; unchanged files are not rewritten.
            Generated files that are no longer produced are removed; a file under --out or
            --tests-out that nexudus-codegen did not write is left in place with a warning.

            A run with the same executable, templates and pages as the last successful run
            with the same options is answered from the cache when every output file still
            has the size and hash that run recorded and the output folders hold no other
            file; otherwise it runs in full. Either way it prints the same.

            """,
        "check": """
            OVERVIEW: Regenerate in memory and compare with what is on disk.

            USAGE: \(usages["check"]!)

            OPTIONS:
              --spec <dir>            Documentation pages (default: spec/docs).
              --schema <file>         Schema to compare (default: spec/schema.json).
              --openapi <file>        OpenAPI document to compare (default: openapi.json
                                      beside the schema, spec/openapi.json).
              --no-openapi            Leave the OpenAPI document out.
              --out <dir>             Swift output (default: Generated).
              --tests-out <dir>       Conformance tests from the docs' examples
                                      (default: Tests/NexudusAPIConformanceTests).
              --templates <dir>       Templates to render with (default: templates).
              --runtime <dir>         The runtime's sources (default: Sources/NexudusRuntime).
                                      An --out inside the runtime's package re-exports its
                                      NexudusRuntime target; any other gets a copy in Runtime/.
              --cache-dir <dir>       Cache of earlier runs (default: .build/nexudus-codegen).
              --no-cache              Neither read nor write the cache.
              -h, --help              Show help information.

            Writes nothing but its cache entry. Exits 0 when in sync, 1 when any file
            differs (each is listed with a short diff and the 'generate' command that fixes
            it), 2 when the docs have errors. The cache answers only as it does for
            'generate': same inputs as the last successful run with these options, every
            output file still of the size and hash it recorded, no other file in the output
            folders. Otherwise check runs in full.

            """,
    ]
}
