import Foundation
import Testing
import VigilCore
import VigilImport

/// The TPS designations reader refuses a bad file whole, naming the row and the column.
@Suite("Screener: TPS designations file")
struct TPSDesignationReaderTests {
    static let header = "country,designation,kind,effective_from,effective_to,continuous_residence_since,continuous_physical_presence_since,notes,certainty\n"

    @Test("a bad row is refused naming the row and column", arguments: [
        ("Haiti,2024,x,2024-08-04,2026-02-30,2024-06-03,2024-08-04,,\n", 2, "effective_to"),
        ("Haiti,2024,x,2024-08-04,2024-08-01,2024-06-03,2024-08-04,,\n", 2, "effective_to"),
        ("Haiti,2024,x,2024-08-04,2026-02-03,,2024-08-04,,\n", 2, "continuous_residence_since"),
        ("Haiti,2024,x,2024-08-04,2026-02-03,2024-06-03,2024-08-04,end moved to August,\n", 2, "notes"),
        ("Haiti,2024,x,2024-08-04,2026-02-03,2024-06-03,2024-08-04,terminated effective 2023-01-01,\n", 2, "notes"),
        ("Haiti,2024,x,2024-08-04,2026-02-03,2024-06-03,2024-08-04,,\nHaiti,2024,x,2024-08-04,2026-02-03,2024-06-03,2024-08-04,,\n", 3, "designation"),
    ])
    func refusals(rows: String, row: Int, column: String) {
        #expect { try TPSDesignationReader.read(data: Data((Self.header + rows).utf8), fileName: "tps.csv") } throws: { error in
            guard let failure = error as? ImportFailure else { return false }
            return failure.location.file == "tps.csv" && failure.location.row == row && failure.location.column == column
        }
    }

    @Test("a file without a required column is refused at its header")
    func missingColumn() {
        #expect { try TPSDesignationReader.read(data: Data("country,designation\nHaiti,2024\n".utf8), fileName: "tps.csv") } throws: { error in
            (error as? ImportFailure)?.location.column == "kind"
        }
    }
}
