/// The pages of a search as an `AsyncSequence`; it stops after the page whose
/// `HasNextPage` is not `true`.
public struct PageSequence<Record: JSONRecordValue>: AsyncSequence, Sendable {
    public typealias Element = ListResult<Record>

    let client: NexudusClient
    let firstPage: Int
    let endpoint: @Sendable (Int) -> Endpoint<ListResult<Record>>

    public struct AsyncIterator: AsyncIteratorProtocol {
        let client: NexudusClient
        let endpoint: @Sendable (Int) -> Endpoint<ListResult<Record>>
        var nextPage: Int?

        public mutating func next() async throws -> ListResult<Record>? {
            guard let page = nextPage else { return nil }
            let result = try await client.send(endpoint(page))
            // Count pages ourselves: a server echoing a stale `CurrentPage` must not loop us.
            nextPage = result.hasNextPage == true ? page + 1 : nil
            return result
        }
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(client: client, endpoint: endpoint, nextPage: firstPage)
    }
}
