import Foundation

/// The Swift compiler of the toolchain running the tests, for tests that prove generated
/// code compiles.
enum Swiftc {
    /// Runs the toolchain's `swiftc` (`$SWIFT_EXEC` when set, else the first on `PATH`),
    /// returning its exit status and its merged standard output and error.
    static func run(_ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        if let swiftExec = ProcessInfo.processInfo.environment["SWIFT_EXEC"], !swiftExec.isEmpty {
            process.executableURL = URL(fileURLWithPath: swiftExec)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["swiftc"] + arguments
        }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
