import ArgumentParser
import Foundation
import Testing
import VigilCore
import VigilStore
@testable import vigil

/// `vigil fund ...` against a real SQLite file: money in, a bond stepped through to posting, a
/// refund before cancellation refused, fractions of a cent refused, and the export of public figures.
@Suite("Command line: bond funds", .serialized)
struct FundCommandTests {
    static func run<C: AsyncParsableCommand>(_ arguments: [String], as type: C.Type) async throws {
        var command = try #require(try Vigil.parseAsRoot(arguments) as? C)
        try await command.run()
    }

    @Test("a fund books a donation, posts a bond on its case, refuses a refund before cancellation, and reports the year")
    func roundTrip() async throws {
        let (folder, url) = try await ImportIncidentsCommandTests.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let key = DataKey.random()
        // given a fund with one case
        try await Self.run(["org", "add", "river-fund", "--name", "River Bond Fund", "--kind", "bond-fund", "--database-url", url], as: OrgAddCommand.self)
        var database = try await VigilDatabase.open(try DatabaseLocation(url: url))
        let fund = try #require(try await Organizations(database: database).organization(slug: "river-fund"))
        let caseID = try await CaseArchive(database: database, key: key).add(
            CaseFile(name: "Ana Prueba", aNumber: ANumber("A123-456-789")!, birthDate: CalendarDate(year: 1990, month: 1, day: 2)!,
                     citizenship: "Honduras", facility: "plain-county-jail-tx", detainedOn: CalendarDate(year: 2025, month: 3, day: 4)!),
            to: fund, recordedBy: "t", audit: .commandLine)
        try await database.shutdown()
        let common = ["--fund", "river-fund", "--database-url", url]
        // when money comes in and a bond is requested, approved and posted
        try await Self.run(["fund", "donate", "--amount", "$20,000.01", "--date", "2025-03-01"] + common, as: FundDonateCommand.self)
        await #expect(throws: (any Error).self) {
            try await Self.run(["fund", "donate", "--amount", "10.001"] + common, as: FundDonateCommand.self)
        }
        try await Self.run(["fund", "obligor", "--name", "Rosa Prueba", "--kind", "citizen", "--document", "U.S. passport=2025-03-02"] + common,
                           as: FundObligorCommand.self)
        try await Self.run(["fund", "step", "--stage", "requested", "--case", String(caseID), "--date", "2025-03-10", "--evidence", "IJ order",
                            "--amount", "5000"] + common, as: FundStepCommand.self)
        try await Self.run(["fund", "step", "--stage", "approved", "--bond", "1", "--date", "2025-03-11", "--evidence", "vote"] + common,
                           as: FundStepCommand.self)
        try await Self.run(["fund", "step", "--stage", "posted", "--bond", "1", "--date", "2025-03-12", "--evidence", "CeBONDS", "--amount", "5,000.00",
                            "--i352", "I352-1", "--i305", "I305-1", "--obligor", "1", "--payment", "ach"] + common, as: FundStepCommand.self)
        // then a refund before cancellation is refused, naming the I-391
        let refusal = await #expect(throws: CommandFailure.self) {
            try await Self.run(["fund", "step", "--stage", "refunded", "--bond", "1", "--date", "2025-06-01", "--evidence", "deposit",
                                "--amount", "5000"] + common, as: FundStepCommand.self)
        }
        #expect(refusal?.description.contains("I-391") == true)
        // and the books hold the donation less the bond, the bond outstanding
        database = try await VigilDatabase.open(try DatabaseLocation(url: url))
        let balances = try await BondFunds(database: database).balances(of: fund)
        #expect(balances.cash == Cents(1_500_001) && balances.outstanding == Cents(500_000) && balances.trialBalance == .zero)
        let exported = try await Exporter(database: database).render(.caseAggregates, as: .csv)
        #expect(exported.contains("2025-03,plain-county-jail-tx,") && exported.contains(",true") && !exported.contains("Ana Prueba"))
        try await database.shutdown()
        try await Self.run(["fund", "report", "--year", "2025", "--format", "csv"] + common, as: FundReportCommand.self)
        #expect(throws: (any Error).self) { try Vigil.parseAsRoot(["fund", "report"] + common) as? FundReportCommand }
    }
}
