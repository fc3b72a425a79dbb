import Foundation
import VigilCore

/// Reads a crosswalk CSV (`facility_key,code,method,confidence,note`) into rows of named
/// fields with their line numbers. A leading `'` before a formula character (the export's
/// guard against spreadsheet formulas) is dropped; any other apostrophe is the note's own.
public enum CrosswalkReader {
    public static func read(fileAt url: URL) throws -> [(line: Int, fields: [String: String])] {
        let fileName = url.lastPathComponent
        let data = try FileContents.read(url)
        let records = try DelimitedText.records(try TextDecoding.decode(data, fileName: fileName), delimiter: ",", fileName: fileName)
        guard let header = records.first, header.fields.contains("facility_key") else {
            throw ImportFailure(file: fileName, row: 1, "the crosswalk needs a header line: facility_key,code,method,confidence,note")
        }
        return records.dropFirst().map { record in
            var fields: [String: String] = [:]
            for (index, name) in header.fields.enumerated() where index < record.fields.count {
                var value = record.fields[index]
                if value.hasPrefix("'"), let next = value.unicodeScalars.dropFirst().first, "=+-@\t\r".unicodeScalars.contains(next) {
                    value.removeFirst()
                }
                fields[name] = value
            }
            return (record.line, fields)
        }
    }
}
