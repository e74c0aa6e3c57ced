import Foundation

/// `nexudus-codegen`: a thin command line over DocsParser, APISchema and SwiftEmitter.
let arguments = Array(CommandLine.arguments.dropFirst())
let exitCode = Command.run(arguments)
exit(exitCode)
