import Foundation
import VigilCore

/// Reads daily population files others derived from ICE's person-level records, telling
/// which by the header: UWCHR's pipe-delimited headcount (`detention_facility_code|n|date`)
/// or the Deportation Data Project's CSV (`detention_facility_code,date,n_detained,
/// n_detained_at_midnight,...`). Plain or `.gz`; LF, CRLF or CR-only line ends.
public enum DailyPopulationFileReader {
    public static func read(fileAt url: URL) throws -> DerivedDailyPopulation {
        let path = url.path
        let fileName = url.lastPathComponent
        guard FileManager.default.fileExists(atPath: path) else {
            throw ImportFailure(file: fileName, "no such file: \(path)")
        }
        let file = try FileByteStream(path: path, computeDigest: true)
        let isGzip = FileByteStream.signature(of: path).starts(with: [0x1F, 0x8B])
        let decoded: any ByteStream = isGzip ? try GzipByteStream(source: file, fileName: fileName) : file
        let prefetch = PrefetchingByteStream(source: decoded)
        defer { prefetch.stop() }

        let start = try DelimitedRecordScanner.peekText(prefetch)
        guard let headerLine = DelimitedRecordScanner.lines(of: start, limit: 1).first else {
            throw ImportFailure(file: fileName, row: 1, column: nil, "the file is empty")
        }
        let scanner = DelimitedRecordScanner(stream: prefetch, fileName: fileName,
                                             delimiter: DelimitedRecordScanner.delimiter(ofHeaderLine: headerLine))
        scanner.prepend(start)
        guard try scanner.nextRecord() else { throw ImportFailure(file: fileName, row: 1, column: nil, "the file is empty") }
        let names = (0..<scanner.fieldCount).map { StaysColumn.normalized(scanner.fieldText($0)) }
        func index(_ name: String) -> Int? { names.firstIndex(of: name) }

        let kind: PopulationSourceKind
        if index("n_detained") != nil, index("n_detained_at_midnight") != nil {
            kind = .ddpDailyPopulation
        } else if index("n") != nil {
            kind = .uwchrHeadcount
        } else {
            throw ImportFailure(file: fileName, row: 1, column: nil, """
                the header (\(names.joined(separator: ", "))) is neither UWCHR's headcount \
                (detention_facility_code|n|date) nor the Deportation Data Project's daily population \
                (detention_facility_code,date,n_detained,n_detained_at_midnight,...)
                """)
        }
        guard let code = index("detention_facility_code"), let date = index("date") else {
            throw ImportFailure(file: fileName, row: 1, column: nil,
                                "the header needs detention_facility_code and date columns; it has \(names.joined(separator: ", "))")
        }
        let columns = names.count
        var points: [DerivedDailyPopulation.Point] = []
        var codes: [String: String] = [:]

        func count(_ i: Int?, _ required: Bool) throws -> Int? {
            guard let i else { return nil }
            let value: Int? = scanner.withField(i) { bytes in
                guard bytes.count > 0, bytes.count < 10 else { return nil }
                var n = 0
                for b in bytes {
                    guard b >= 0x30 && b <= 0x39 else { return nil }
                    n = n * 10 + Int(b - 0x30)
                }
                return n
            }
            if value == nil && (required || scanner.withField(i, { $0.count > 0 })) {
                throw ImportFailure(file: fileName, row: scanner.line, column: names[i],
                                    "\"\(scanner.fieldText(i))\" is not a count of people")
            }
            return value
        }

        while try scanner.nextRecord() {
            guard scanner.fieldCount == columns else {
                throw StaysFileReader.fieldCountFailure(scanner, expected: columns, fileName: fileName)
            }
            let raw = scanner.fieldText(code)
            let facility = codes[raw] ?? { codes[raw] = raw; return raw }()
            guard let day = CalendarDate(iso: scanner.fieldText(date)) else {
                throw ImportFailure(file: fileName, row: scanner.line, column: names[date],
                                    "\"\(scanner.fieldText(date))\" is not a YYYY-MM-DD date")
            }
            var point = DerivedDailyPopulation.Point(facilityCode: facility, date: day)
            switch kind {
            case .uwchrHeadcount:
                point.midnight = try count(index("n"), true)
            case .ddpDailyPopulation:
                point.allDay = try count(index("n_detained"), true)
                point.midnight = try count(index("n_detained_at_midnight"), true)
                point.male = try count(index("n_detained_male"), false)
                point.female = try count(index("n_detained_female"), false)
                point.convictedCriminal = try count(index("n_detained_convicted_criminal"), false)
                point.possiblyUnder18 = try count(index("n_detained_possibly_under_18"), false)
            case .personLevelStays:
                break
            }
            points.append(point)
        }
        let source = SourceFile(fileName: fileName, sha256: file.finishDigest(), byteCount: file.byteCount)
        return DerivedDailyPopulation(source: source, kind: kind, points: points)
    }
}
