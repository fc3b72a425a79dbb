import Foundation
import Testing
import VigilCore
import VigilImport
import VigilStore
@testable import VigilWeb

/// `/tps`: the latest stored TPS designations with when each is in force, source and certainty.
@Suite("Screener: TPS page")
struct TPSPageTests {
    static let file = """
        country,designation,kind,effective_from,effective_to,continuous_residence_since,continuous_physical_presence_since,federal_register_citation,federal_register_document,notes,certainty
        Haiti,2024,extension+redesignation,2024-08-04,2026-02-03,2024-06-03,2024-08-04,,2024-14247,"end moved to 2025-08-03 by partial vacatur (90 FR 10511, 2025-02-24)",
        Lebanon,2024,initial,2024-11-27,2026-05-27,2024-10-16,2024-11-27,,2024-27788,announced 2024-10-17; published 2024-11-26,
        Ukraine,2022,initial,2022-04-19,2023-10-19,2022-04-11,2022-04-19,,,,CR date to verify

        """

    @Test("lists each designation with its in-force window, source and certainty, and downloads the same")
    func page() async throws {
        try await withApp(releases: []) { client, database in
            // before any import, the page says how to import
            #expect(try await client.get("/tps").body.contains("vigil import tps &lt;csv&gt;"))
            // given a stored version
            let list = try TPSDesignationReader.read(data: Data(Self.file.utf8), fileName: "tps_designations.csv")
            _ = try await TPSDesignationArchive(database: database).importList(list)
            // when the page is read by a signed-out visitor
            let page = try await client.get("/tps")
            // then every designation is there with what the screener uses
            #expect(page.status == .ok)
            #expect(page.body.contains("Version 1: <code>tps_designations.csv</code>"))
            #expect(page.body.contains("2024-08-04 – 2025-08-03"))
            #expect(page.body.contains("end moved to 2025-08-03 by partial vacatur"))
            #expect(page.body.contains("announced 2024-10-17"))
            #expect(page.body.contains("Federal Register document 2024-27788"))
            #expect(page.body.contains("<span class=\"badge badge-warn\">CR date to verify</span>"))
            #expect(page.body.contains("aria-current=\"page\">TPS</a>"))
            // and the CSV holds the same rows
            let csv = CSV.parse(try await client.get("/tps.csv").body)
            #expect(csv.first == TPSDesignationTable.columns)
            #expect(csv.dropFirst().map { $0[0] } == ["Haiti", "Lebanon", "Ukraine"])
            #expect(csv[1][6] == "2025-08-03" && csv[3][14] == "CR date to verify")
            let json = try await client.get("/tps.json")
            #expect(json.body.contains("\"in_force_through\""))
        }
    }

    @Test("in Spanish, Vigil's words around a source and a moved end follow the reader; the citations stay as published")
    func spanish() async throws {
        try await withApp(releases: []) { client, database in
            let list = try TPSDesignationReader.read(data: Data(Self.file.utf8), fileName: "tps_designations.csv")
            _ = try await TPSDesignationArchive(database: database).importList(list)
            let page = try await client.get("/tps?lang=es").body
            #expect(page.contains("Documento del Federal Register 2024-27788"))
            #expect(page.contains("Archivo de designaciones de TPS, Ukraine 2022 (el archivo no da cita del Federal Register)"))
            #expect(page.contains("end moved to 2025-08-03 by partial vacatur (90 FR 10511, 2025-02-24); el aviso de designación decía que terminaba el 2026-02-03"))
            #expect(!page.contains("Federal Register document") && !page.contains("no Federal Register citation given")
                    && !page.contains("the designation notice's end was"))
            // and the CSV keeps its English wording, for scripts
            #expect(try await client.get("/tps.csv?lang=es").body.contains("the designation notice's end was 2026-02-03"))
        }
    }
}
