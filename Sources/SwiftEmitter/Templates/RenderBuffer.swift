/// The bytes a render writes, in storage of its own. A render appends hundreds of
/// thousands of short pieces for a large API, and `Array.append(contentsOf:)` spent more
/// on each call's bookkeeping than on copying the bytes; here a piece is one `memcpy`
/// into room that doubles when it runs out.
final class RenderBuffer {
    private var storage: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    var last: UInt8? { count > 0 ? storage[count - 1] : nil }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        reserve(bytes.count)
        (storage + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// The bytes written, in an array of exactly their size: the whole SDK may be held
    /// in memory until it is written, so the spare room is not kept.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: count)) }

    private func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        let newCapacity = max(capacity * 2, count + extra)
        let newStorage = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStorage.initialize(from: storage, count: count)
        storage.deallocate()
        storage = newStorage
        capacity = newCapacity
    }
}
