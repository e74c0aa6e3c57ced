// libFuzzer entry point for the page parser: any bytes in, a ParsedPage out, never a crash.
import Diagnostics
import DocsParser
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParser(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let page = PageReader.parse(file: "fuzz.txt", data: Data(bytes: bytes, count: count))
    // Every diagnostic must carry a location: that is the contract the fuzzer checks too.
    for diagnostic in page.diagnostics where diagnostic.location == nil {
        fatalError("diagnostic without a location: \(diagnostic.message)")
    }
    // A page is cut off at one place, and a cut-off page is always an error.
    let cutOff = page.diagnostics.filter { $0.id == .truncatedPage }
    if cutOff.count > 1 || cutOff.contains(where: { $0.severity != .error }) {
        fatalError("cut off reported \(cutOff.count) times: \(cutOff.map(\.message))")
    }
    return 0
}
