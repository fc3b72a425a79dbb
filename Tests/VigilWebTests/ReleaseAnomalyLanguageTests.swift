import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilCore
@testable import VigilImport
import VigilStore
import VigilTestSupport
@testable import VigilWeb

/// A release's anomalies are stored with the values their sentences are made of (M0024), so
/// `/releases` says them in the reader's language; a row stored without them keeps its English.
@Suite("Release anomalies in the reader's language")
struct ReleaseAnomalyLanguageTests {
    @Test("an imported workbook's anomalies read in Spanish on /releases?lang=es and in English on ?lang=en; a row stored before M0024 shows its English",
          arguments: TestEngine.available)
    func releasesPage(engine: TestEngine) async throws {
        // given a workbook with an Excel serial date column, a cell that is not a number and a total row
        var fixture = IceStatsWorkbookFixture()
        fixture.addFacility("STEWART DETENTION CENTER", state: "GA", ["Last Inspection End Date": 45316])
        fixture.addFacility("A JAIL", ["Level D": "about twelve"])
        fixture.rowsBelow = [["Total", "", "", "", "", "", "", "", "", 10.25]]
        let release = try IceStatsWorkbookReader.read(data: try fixture.data(), fileName: "FY24_detentionStats07182024.xlsx")
        #expect(Set(release.anomalies.map(\.kind)) == [.excelSerialDate, .unreadableValue, .skippedRow])
        try await withTestDatabase(engine) { db in
            // when it is imported
            try await ReleaseArchive(database: db).archive(release, synthetic: false)
            let app = try await buildApplication(configuration: AppConfig(logLevel: .warning), database: db)
            try await app.test(.router) { client in
                // then the Spanish page says both in Spanish, the date written the Spanish way
                let spanish = try await client.get("/releases?lang=es")
                #expect(spanish.status == .ok)
                #expect(spanish.body.contains("tenía fechas como números de serie de Excel en 1 celda"))
                #expect(spanish.body.contains("de enero de 2024"))
                #expect(spanish.body.contains("que no es un número, en 1 celda; se guardó sin valor."))
                #expect(spanish.body.contains("La fila 11 se dejó fuera: es una fila de totales"))
                #expect(!spanish.body.contains("held dates as Excel serial numbers"))
                // and the English page says what the importer always said
                let english = try await client.get("/releases?lang=en")
                #expect(english.body.contains("held dates as Excel serial numbers in 1 cell"))
                #expect(english.body.contains("which is not a number, in 1 cell; stored as no value."))
            }
            // when the same release arrives again under another name (other bytes, same as-of date and table)
            var copy = try IceStatsWorkbookReader.read(data: try fixture.data(), fileName: "20240719112240-FY24_detentionStats07182024.xlsx")
            copy.source.sha256 = String(repeating: "b", count: 64)
            try await ReleaseArchive(database: db).archive(copy, synthetic: false)
            let republished = try await buildApplication(configuration: AppConfig(logLevel: .warning), database: db)
            try await republished.test(.router) { client in
                // then its note reads in Spanish, its date the Spanish way, and in English as the importer wrote it
                let spanish = try await client.get("/releases?lang=es")
                #expect(spanish.body.contains("20240719112240-FY24_detentionStats07182024.xlsx trae la misma publicación (al "))
                #expect(!spanish.body.contains("carries the same release"))
                let english = try await client.get("/releases?lang=en")
                #expect(english.body.contains("20240719112240-FY24_detentionStats07182024.xlsx carries the same release (as of "))
            }
            // when a row is as stored before M0024, without its values
            try await db.sql.raw("UPDATE release_anomalies SET details_json = NULL WHERE kind = 'unreadable_value'").run()
            let restarted = try await buildApplication(configuration: AppConfig(logLevel: .warning), database: db)
            try await restarted.test(.router) { client in
                // then the Spanish page shows its English detail as written, and the other still in Spanish
                let spanish = try await client.get("/releases?lang=es")
                #expect(spanish.body.contains("which is not a number, in 1 cell; stored as no value."))
                #expect(spanish.body.contains("tenía fechas como números de serie de Excel en 1 celda"))
            }
        }
    }

    @Test("a mark with nothing to quote (a lone non-breaking space, #N/A as an error value), an unreadable segregation sheet and a cell's place read in Spanish; the quoted mark stays as written",
          arguments: TestEngine.available)
    func placeholdersAndUnreadableSheet(engine: TestEngine) async throws {
        // given a workbook with a lone non-breaking space, #N/A as an error and "*" as text, and a segregation sheet the reader could not open
        var fixture = IceStatsWorkbookFixture()
        fixture.addFacility("A JAIL", ["Level C": .text("\u{00A0}"), "Level A": .error("#N/A"), "Mandatory": "*"])
        var release = try IceStatsWorkbookReader.read(data: try fixture.data(), fileName: "FY24_detentionStats07182024.xlsx")
        release.anomalies.append(ReleaseAnomaly(.segregationSheetUnreadable(sheet: "Monthly Segregation", error: "the sheet's part is missing from the file"),
                                                at: SourceLocation(file: "FY24_detentionStats07182024.xlsx", sheet: "Monthly Segregation")))
        try await withTestDatabase(engine) { db in
            // when it is imported
            try await ReleaseArchive(database: db).archive(release, synthetic: false)
            let app = try await buildApplication(configuration: AppConfig(logLevel: .warning), database: db)
            try await app.test(.router) { client in
                // then the Spanish page describes the marks in Spanish, and quotes the one ICE wrote as it is
                let spanish = try await client.get("/releases?lang=es").body
                #expect(spanish.contains("tenía el valor de relleno un espacio de no separación solo (U+00A0) en 1 celda"))
                #expect(spanish.contains("tenía el valor de relleno #N/A (un valor de error) en 1 celda"))
                #expect(spanish.contains("tenía el valor de relleno \"*\" en 1 celda"))
                #expect(!spanish.contains("a lone non-breaking space") && !spanish.contains("an error value"))
                // the unreadable sheet in a Spanish sentence, the reader's technical English quoted as such
                #expect(spanish.contains("no se pudo leer, así que no se importó ninguna de sus cifras. El error, en inglés: the sheet's part is missing"))
                #expect(!spanish.contains("could not be read"))
                // and where each was found, in Spanish words around the file's own names
                #expect(spanish.contains("FY24_detentionStats07182024.xlsx, hoja \"Facilities FY24\", fila 8, columna \"Level C\""))
                #expect(!spanish.contains(", row 8"))
                // and the English page says what the importer always said
                let english = try await client.get("/releases?lang=en").body
                #expect(english.contains("held the placeholder a lone non-breaking space (U+00A0) in 1 cell"))
                #expect(english.contains("held the placeholder #N/A (an error value) in 1 cell"))
                #expect(english.contains("could not be read, so none of its figures were imported: the sheet's part is missing from the file"))
                #expect(english.contains("sheet \"Facilities FY24\", row 8, column \"Level C\""))
            }
        }
    }

    @Test("the demo dataset's made-up anomaly is given as facts, so it reads in Spanish too")
    func demoAnomaly() async throws {
        try await withApp { client, _ in
            let spanish = try await client.get("/releases?lang=es").body
            #expect(spanish.contains("La columna \"Guaranteed Minimum\" tenía el valor de relleno \"#N/A\" en 2 celdas; se leyeron como sin valor."))
            #expect(!spanish.contains("were read as no value") && !spanish.contains("held the placeholder"))
            let english = try await client.get("/releases?lang=en").body
            #expect(english.contains("Column \"Guaranteed Minimum\" held the placeholder \"#N/A\" in 2 cells; read as no value."))
        }
    }
}
