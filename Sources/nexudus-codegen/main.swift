import Foundation

/// `nexudus-codegen`: arguments in, exit code out; the work is GeneratorCore's.
let arguments = Array(CommandLine.arguments.dropFirst())
exit(Command.run(arguments))
