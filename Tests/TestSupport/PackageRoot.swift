import Foundation

/// The folder of the package the tests run in: the first above this file holding a
/// `Package.swift`. Tests read fixtures from it and never write to it, except goldens
/// under `UPDATE_GOLDENS=1`.
public let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while url.path != "/" {
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        url = url.deletingLastPathComponent()
    }
    preconditionFailure("no Package.swift above \(#filePath)")
}()
