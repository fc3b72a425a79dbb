import VigilStore

/// The caches one running application shares across requests, all keyed on the data version.
struct WebCaches: Sendable {
    let versions: DataVersionWatch
    let responses: ResponseCache
    let closureInputs: ClosureInputsCache

    /// 64 MiB of pages and downloads by default; `responseBytes: 0` keeps none (every request is made afresh).
    init(database: VigilDatabase, responseBytes: Int = WebCaches.defaultResponseBytes) {
        versions = DataVersionWatch(database: database)
        responses = ResponseCache(byteLimit: responseBytes)
        closureInputs = ClosureInputsCache(database: database, versions: versions)
    }

    static let defaultResponseBytes = 64 << 20
}
