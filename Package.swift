// swift-tools-version:6.0
import PackageDescription

// Zero dependencies by design: the generator and the SDK it emits need only the toolchain.
let package = Package(
    name: "NexudusCodegen",
    products: [
        .executable(name: "nexudus-codegen", targets: ["nexudus-codegen"]),
        .library(name: "NexudusAPI", targets: ["NexudusAPI"]),
    ],
    targets: [
        .target(name: "Diagnostics"),
        .target(name: "DocsParser", dependencies: ["Diagnostics"]),
        .target(name: "APISchema", dependencies: ["Diagnostics", "DocsParser"]),
        .target(name: "SwiftEmitter", dependencies: ["Diagnostics", "APISchema"]),
        // `fetch`: the docs' llms.txt index and every REST page's Markdown export, all or nothing.
        .target(name: "DocsFetch", dependencies: ["Diagnostics", "DocsParser"]),
        // The schema as an OpenAPI 3.1 document (spec/openapi.json), written in pieces.
        .target(name: "OpenAPIExport", dependencies: ["Diagnostics", "APISchema", "DocsParser"]),
        // The pipeline, the disk, the cache and the reports: everything a command does.
        .target(name: "GeneratorCore", dependencies: ["Diagnostics", "DocsParser", "APISchema", "SwiftEmitter", "DocsFetch", "OpenAPIExport"]),
        // Arguments in, exit codes out.
        .executableTarget(name: "nexudus-codegen", dependencies: ["Diagnostics", "APISchema", "GeneratorCore", "DocsFetch"]),
        // The SDK's support code (JSON, dates, client, errors): ordinary Swift, compiled and
        // tested once. `generate` copies these same files into an output folder elsewhere.
        .target(name: "NexudusRuntime"),
        // Everything under Generated/ is generator output; the build proves it compiles.
        .target(name: "NexudusAPI", dependencies: ["NexudusRuntime"], path: "Generated"),
        // The same generator run on fixture pages of the endpoint kinds spec/docs lacks (batch
        // get, delete, commands, run command); CLITests checks it is in sync with its pages.
        .target(name: "NexudusFixtureAPI", dependencies: ["NexudusRuntime"], path: "Tests/FixtureSDK/Generated"),
        // The SDK's decode and field-read speed against a plain struct (run it in release).
        .executableTarget(name: "nexudus-sdk-bench", dependencies: ["NexudusAPI"], path: "Tests/Bench/SDKBench"),
        // A real HTTP server on 127.0.0.1 for the loopback test targets.
        .target(name: "LoopbackSupport", path: "Tests/LoopbackSupport"),

        .testTarget(name: "DocsParserTests", dependencies: ["DocsParser", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "APISchemaTests", dependencies: ["APISchema", "DocsParser", "TestSupport"], exclude: ["Fixtures", "Goldens"]),
        .testTarget(name: "OpenAPIExportTests", dependencies: ["OpenAPIExport", "APISchema", "Diagnostics", "TestSupport"]),
        .testTarget(name: "SwiftEmitterTests", dependencies: ["SwiftEmitter", "APISchema", "DocsParser", "TestSupport"], exclude: ["Goldens"]),
        // What every test target shares: the package root, golden files.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "GeneratorCoreTests", dependencies: ["GeneratorCore", "SwiftEmitter", "Diagnostics", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["nexudus-codegen", "GeneratorCore", "Diagnostics", "TestSupport", "DocsFetchTestSupport"], exclude: ["Fixtures"]),
        // A docs site on 127.0.0.1 for the fetch tests, shared by DocsFetchTests and CLITests.
        .target(name: "DocsFetchTestSupport", dependencies: ["LoopbackSupport", "TestSupport"], path: "Tests/DocsFetchTestSupport"),
        .testTarget(name: "DocsFetchTests", dependencies: ["DocsFetch", "DocsFetchTestSupport", "LoopbackSupport", "Diagnostics"]),
        .testTarget(name: "NexudusRuntimeTests", dependencies: ["NexudusRuntime"]),
        .testTarget(name: "NexudusAPITests", dependencies: ["NexudusAPI", "TestSupport"]),
        // Written by `generate` from the docs' own examples: a new page brings its own tests.
        .testTarget(name: "NexudusAPIConformanceTests", dependencies: ["NexudusAPI"]),
        // The client against a real HTTP exchange on 127.0.0.1, through the public API only.
        .testTarget(name: "NexudusAPILoopbackTests", dependencies: ["NexudusAPI", "LoopbackSupport", "TestSupport"]),
        .testTarget(name: "NexudusFixtureAPILoopbackTests", dependencies: ["NexudusFixtureAPI", "LoopbackSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
