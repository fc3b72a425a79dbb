import Hummingbird
import NIOCore
import VigilCore
import VigilStore

/// A large table's CSV or JSON written to the response a chunk at a time, as the client takes
/// it, instead of as one string built whole first: a download of every facility in every
/// release holds one chunk of text at a time besides the table's rows.
///
/// The bytes are exactly those of `DataTable.csv()` and `DataTable.json()`: both are made of
/// the same line functions. A streamed body has no length known in advance, so the response
/// cache does not keep it and gzip does not touch it (see `ResponseCacheMiddleware`, which
/// still gives it its validators and answers 304).
enum TableBodyStream {
    /// Tables with more rows than this are streamed; smaller ones go whole, so they can be
    /// kept in the response cache and gzipped once.
    static let rowThreshold = 2_000
    /// About how much text is sent per write.
    static let chunkBytes = 64 << 10

    static func shouldStream(_ table: DataTable) -> Bool { table.rows.count > rowThreshold }

    static func body(_ table: DataTable, format: ExportFormat) -> ResponseBody {
        ResponseBody { writer in
            var chunk = ""
            chunk.reserveCapacity(chunkBytes + 4096)
            switch format {
            case .csv:
                chunk += table.csvHeaderLine()
                for row in table.rows {
                    table.appendCSVLine(row, to: &chunk)
                    if chunk.utf8.count >= chunkBytes {
                        try await writer.write(ByteBuffer(string: chunk))
                        chunk.removeAll(keepingCapacity: true)
                    }
                }
            case .json:
                chunk += "["
                for (index, row) in table.rows.enumerated() {
                    table.appendJSONObject(row, at: index, to: &chunk)
                    if chunk.utf8.count >= chunkBytes {
                        try await writer.write(ByteBuffer(string: chunk))
                        chunk.removeAll(keepingCapacity: true)
                    }
                }
                chunk += table.jsonEnd
            }
            if !chunk.isEmpty { try await writer.write(ByteBuffer(string: chunk)) }
            try await writer.finish(nil)
        }
    }
}
