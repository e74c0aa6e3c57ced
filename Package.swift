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
        .executableTarget(
            name: "nexudus-codegen",
            dependencies: ["Diagnostics", "DocsParser", "APISchema", "SwiftEmitter"]
        ),
        // Everything under Generated/ is generator output; the build proves it compiles.
        .target(name: "NexudusAPI", path: "Generated"),

        .testTarget(name: "DocsParserTests", dependencies: ["DocsParser"], exclude: ["Fixtures"]),
        .testTarget(name: "APISchemaTests", dependencies: ["APISchema", "DocsParser"], exclude: ["Fixtures", "Goldens"]),
        .testTarget(name: "SwiftEmitterTests", dependencies: ["SwiftEmitter", "APISchema", "DocsParser"], exclude: ["Goldens"]),
        .testTarget(name: "CLITests", dependencies: ["nexudus-codegen"], exclude: ["Fixtures"]),
        .testTarget(name: "NexudusAPITests", dependencies: ["NexudusAPI"]),
        // Written by `generate` from the docs' own examples: a new page brings its own tests.
        .testTarget(name: "NexudusAPIConformanceTests", dependencies: ["NexudusAPI"]),
        // The client against a real HTTP exchange on 127.0.0.1, through the public API only.
        .testTarget(name: "NexudusAPILoopbackTests", dependencies: ["NexudusAPI"]),
    ],
    swiftLanguageModes: [.v6]
)
