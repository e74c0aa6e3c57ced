#if canImport(Glibc)
import Glibc
#endif

/// Hands the memory the parsed pages held back to the system once the merge has let them
/// go. glibc keeps freed memory mapped in the arenas of the threads that freed it, so the
/// rendering, on other threads, mapped more on top: a first `generate` of the whole API
/// peaked about 10 MB higher while writing than at the end of the merge. Elsewhere this
/// does nothing.
enum FreedMemory {
    static func returnToSystem() {
        #if canImport(Glibc)
        // `malloc_trim` is glibc's own, and Swift's Glibc module does not declare it: looked up
        // by name (RTLD_DEFAULT is the null handle), and skipped where the C library lacks it.
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(nil, "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }
}
