// libFuzzer entry point for the page parser: any bytes in, a ParsedPage out, never a crash.
import DocsParser
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParser(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let page = PageReader.parse(file: "fuzz.txt", data: Data(bytes: bytes, count: count))
    // Every diagnostic must carry a location: that is the contract the fuzzer checks too.
    for diagnostic in page.diagnostics where diagnostic.location == nil {
        fatalError("diagnostic without a location: \(diagnostic.message)")
    }
    return 0
}
