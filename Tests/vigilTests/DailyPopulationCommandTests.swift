import ArgumentParser
import Testing
@testable import vigil

@Suite("Daily population commands")
struct DailyPopulationCommandTests {
    @Test("the stays, daily-population, compute and generate commands parse")
    func parse() {
        #expect((try? Vigil.parseAsRoot(["import", "stays", "stays.csv.gz"])) is ImportStaysCommand)
        #expect((try? Vigil.parseAsRoot(["import", "daily-population", "a.psv", "b.csv.gz"])) is ImportDailyPopulationCommand)
        #expect((try? Vigil.parseAsRoot(["compute", "daily-population", "stays.csv", "--output", "out.csv"])) is ComputeDailyPopulationCommand)
        #expect((try? Vigil.parseAsRoot(["generate", "stays", "--count", "5", "--seed", "7"])) is GenerateStaysCommand)
    }

    @Test("import stays needs a file; generate refuses a negative count")
    func refusals() {
        #expect(throws: (any Error).self) { try Vigil.parseAsRoot(["import", "stays"]) }
        #expect(throws: (any Error).self) { try Vigil.parseAsRoot(["generate", "stays", "--count", "-1"]) }
    }
}
