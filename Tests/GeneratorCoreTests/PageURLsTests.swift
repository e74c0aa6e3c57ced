import Diagnostics
import Foundation
@testable import GeneratorCore
import SwiftEmitter
import TestSupport
import XCTest

/// `sources.json` in the documentation folder: generated doc comments name a page by the
/// URL it was fetched from, by its path when the manifest does not know it; a manifest that
/// is not one is a warning, never a crash or a failed run.
final class PageURLsTests: XCTestCase {
    private var root = ""

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("nexudus-urls-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: root)
    }

    private func path(_ relative: String) -> String { (root as NSString).appendingPathComponent(relative) }

    private static let getPage = "003_1c1542fb87353d24.txt"
    private static let getURL = "https://learn.nexudus.com/rest-api/spaces/get-coworkeridentitychecks-by-id.md"

    private static func manifest(file: String = getPage, url: String = getURL) -> Data {
        Data("""
            {
              "index" : "https://learn.nexudus.com/llms.txt",
              "pages" : [
                { "file" : "\(file)", "sha256" : "00", "url" : "\(url)" }
              ],
              "version" : 1
            }

            """.utf8)
    }

    func testAManifestMapsEachPagesPathToItsURL() {
        let (urls, diagnostics) = PageURLs.decode(Self.manifest(file: "rest-api/spaces/get.md"), in: "spec/docs")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(urls.byPath, ["spec/docs/rest-api/spaces/get.md": Self.getURL])
    }

    func testNoManifestIsNoMapAndNoDiagnostic() {
        let (urls, diagnostics) = PageURLs.decode(PageURLs.manifestData(in: root), in: root)
        XCTAssertEqual(urls, PageURLs())
        XCTAssertEqual(diagnostics, [])
    }

    func testABadManifestIsAWarningNamingTheFile() {
        for (bytes, reason) in [("{ not json", "not valid JSON"), ("{\"version\": 1, \"pages\": []}", "no 'index'"),
                                ("{\"version\": 1, \"index\": \"x\", \"pages\": 3}", "'pages' has the wrong type")] {
            let (urls, diagnostics) = PageURLs.decode(Data(bytes.utf8), in: root)
            XCTAssertEqual(urls, PageURLs())
            XCTAssertEqual(diagnostics.map(\.rendered), [
                "\(path("sources.json")): warning: sources.json is not a sources manifest (\(reason)); doc comments name every page by its path",
            ])
            XCTAssertEqual(diagnostics.map(\.id), [.invalidManifest])
        }
    }

    func testTheManifestIsPartOfTheCacheKey() throws {
        try Data("tool".utf8).write(to: URL(fileURLWithPath: path("tool")))
        try FileManager.default.createDirectory(atPath: path("templates"), withIntermediateDirectories: true)
        try Data("enum {{name}} {}\n".utf8).write(to: URL(fileURLWithPath: path("templates/enum.swift.mustache")))
        func key(_ manifest: Data?) -> UInt64? {
            CacheKey.compute(options: [], templates: TemplateFiles.read(from: path("templates")), runtime: .imported(module: RuntimeOutput.runtimeModule),
                             sources: [], manifest: manifest, executable: path("tool"))
        }
        let none = try XCTUnwrap(key(nil))
        XCTAssertEqual(key(nil), none)
        XCTAssertNotEqual(key(Data()), none, "an empty manifest is not a missing one")
        XCTAssertNotEqual(key(Self.manifest()), none)
        XCTAssertNotEqual(key(Self.manifest(url: "https://learn.nexudus.com/other.md")), key(Self.manifest()))
    }

    /// The seeds in a folder with a `sources.json` that knows the get page: `generate` names
    /// that page by its URL and every other page by its path.
    private func generate(manifest: Data?) throws -> (model: String, request: String, log: [String]) {
        let docs = path("docs")
        try FileManager.default.createDirectory(atPath: docs, withIntermediateDirectories: true)
        let seeds = packageRoot.appendingPathComponent("spec/docs")
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path) where name.hasSuffix(".txt") {
            try FileManager.default.copyItem(atPath: seeds.appendingPathComponent(name).path, toPath: (docs as NSString).appendingPathComponent(name))
        }
        if let manifest { try manifest.write(to: URL(fileURLWithPath: (docs as NSString).appendingPathComponent("sources.json"))) }
        var options = GeneratorOptions()
        options.specDirectory = docs
        options.schemaPath = path("schema.json")
        options.outputDirectory = path("Generated")
        options.testsDirectory = path("ConformanceTests")
        options.templatesDirectory = packageRoot.appendingPathComponent("templates").path
        options.cacheDirectory = nil
        let log = DiagnosticLog()
        _ = try GeneratorPipeline(options: options).run(.write, log: log)
        let model = try String(contentsOfFile: path("Generated/Models/CoworkerIdentityCheck.swift"), encoding: .utf8)
        let request = try String(contentsOfFile: path("Generated/Requests/CreateCoworkerRequest.swift"), encoding: .utf8)
        return (model, request, log.lines)
    }

    func testGenerateNamesAPageByItsURLWhenSourcesJSONKnowsIt() throws {
        let (model, request, log) = try generate(manifest: Self.manifest())
        XCTAssertEqual(log.filter { $0.contains("sources.json") }, [])
        XCTAssertTrue(model.contains("/// Documented in <\(Self.getURL)>, line 2.\npublic struct CoworkerIdentityCheck:"), model)
        XCTAssertTrue(model.contains("    /// Documented in <\(Self.getURL)>, line 77.\n    public let businessId"), model)
        XCTAssertFalse(model.contains("003_1c1542fb87353d24.txt:"), "no doc comment of the known page names its path")
        XCTAssertTrue(request.contains("/// Documented in `\(path("docs/004_171b5e522a1534d0.txt")):"), "a page the manifest does not list keeps its path")
        XCTAssertFalse(request.contains("https://learn.nexudus.com/rest-api"))
    }

    func testABadSourcesJSONWarnsAndNamesPagesByPath() throws {
        let (model, _, log) = try generate(manifest: Data("[1, 2".utf8))
        XCTAssertEqual(log.filter { $0.contains("sources.json") },
                       ["\(path("docs/sources.json")): warning: sources.json is not a sources manifest (not valid JSON); doc comments name every page by its path"])
        XCTAssertTrue(model.contains("/// Documented in `\(path("docs/003_1c1542fb87353d24.txt")):2`.\npublic struct CoworkerIdentityCheck"), model)
    }
}
