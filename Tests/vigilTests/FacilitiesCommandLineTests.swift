import ArgumentParser
import Testing
import VigilStore
@testable import vigil

/// The facility-registry commands: their help says what they do, and their arguments parse
/// as docs/facility-registry.md documents them.
@Suite("Command line: facility registry")
struct FacilitiesCommandLineTests {
    /// Help as a user sees it, unwrapped so phrases are not split across lines.
    static func help(_ command: any ParsableCommand.Type) -> String {
        Vigil.helpMessage(for: command, columns: 10_000)
    }

    @Test("vigil facilities review --help says what it lists and how to decide")
    func reviewHelp() throws {
        // when the review command's help is printed (as `vigil facilities review --help` does)
        let parsed = try Vigil.parseAsRoot(["facilities", "review", "--help"])
        #expect(!(parsed is FacilitiesReviewCommand), "--help must show help, not run the command")
        let help = Self.help(FacilitiesReviewCommand.self)
        // then it names its job and its options
        #expect(help.contains("List workbook facilities with no accepted code, or decide one."))
        #expect(help.contains("review queue"))
        for option in ["--link", "--reject", "--note", "--replace", "--database-url"] {
            #expect(help.contains(option), "missing \(option)")
        }
        #expect(help.contains("vigil facilities review"))
    }

    @Test("vigil import facilities --help names the layouts it recognises")
    func importFacilitiesHelp() throws {
        let parsed = try Vigil.parseAsRoot(["import", "facilities", "--help"])
        #expect(!(parsed is ImportFacilitiesCommand), "--help must show help, not run the command")
        let help = Self.help(ImportFacilitiesCommand.self)
        #expect(help.contains("Import facility reference lists (DETLOC-keyed) into the facility registry."))
        for phrase in ["ICE's 2015 and 2017 facility lists", "UWCHR", "Marshall", "ddp_facility_codes.csv", "importing it again changes nothing",
                       "refuses the file", "vigil import facilities"] {
            #expect(help.contains(phrase), "missing \(phrase)")
        }
        // and the import group lists it
        #expect(Self.help(ImportCommand.self).contains("facilities"))
    }

    @Test("import facilities needs at least one file")
    func importFacilitiesNeedsFiles() {
        #expect(throws: (any Error).self) { try Vigil.parseAsRoot(["import", "facilities"]) }
        let command = try? Vigil.parseAsRoot(["import", "facilities", "a.xlsx", "b.csv.gz"]) as? ImportFacilitiesCommand
        #expect(command?.files == ["a.xlsx", "b.csv.gz"])
    }

    @Test("review decisions parse; a half-given link or link with reject is refused")
    func reviewArguments() throws {
        let link = try #require(try Vigil.parseAsRoot(["facilities", "review", "--link", "stewart-detention-center-ga", "stwrtga", "--note", "checked"])
            as? FacilitiesReviewCommand)
        #expect(link.link == ["stewart-detention-center-ga", "stwrtga"])
        #expect(link.note == "checked" && !link.replace)
        let reject = try #require(try Vigil.parseAsRoot(["facilities", "review", "--reject", "k", "--replace"]) as? FacilitiesReviewCommand)
        #expect(reject.reject == "k" && reject.replace)
        #expect(throws: (any Error).self) { try Vigil.parseAsRoot(["facilities", "review", "--link", "only-a-key"]) }
        #expect(throws: (any Error).self) { try Vigil.parseAsRoot(["facilities", "review", "--link", "k", "C", "--reject", "k"]) }
    }

    @Test("merge takes OLD NEW or --undo OLD, and says in its help that nothing is merged by itself")
    func mergeArguments() throws {
        let merge = try #require(try Vigil.parseAsRoot(["facilities", "merge", "EDENDTX", "EDNDCTX", "--note", "same building"]) as? FacilitiesMergeCommand)
        #expect(merge.codes == ["EDENDTX", "EDNDCTX"] && merge.note == "same building" && merge.undo == nil)
        let undo = try #require(try Vigil.parseAsRoot(["facilities", "merge", "--undo", "EDENDTX"]) as? FacilitiesMergeCommand)
        #expect(undo.undo == "EDENDTX" && undo.codes.isEmpty)
        #expect(try Vigil.parseAsRoot(["facilities", "merge"]) is FacilitiesMergeCommand)  // lists merges and candidate pairs
        #expect(throws: (any Error).self) { try Vigil.parseAsRoot(["facilities", "merge", "EDENDTX"]) }
        #expect(throws: (any Error).self) { try Vigil.parseAsRoot(["facilities", "merge", "A", "B", "--undo", "A"]) }
        let help = Self.help(FacilitiesMergeCommand.self)
        for phrase in ["same facility", "--undo", "never overlap", "merges none of them by itself", "--database-url"] {
            #expect(help.contains(phrase), "missing \(phrase)")
        }
    }

    @Test("deaths review takes --link ID CODE or --unlink ID, one decision at a time")
    func deathLinkArguments() throws {
        let link = try #require(try Vigil.parseAsRoot(["deaths", "review", "--link", "12", "STWRTGA"]) as? DeathsReviewCommand)
        #expect(link.link == ["12", "STWRTGA"] && link.unlink == nil)
        let unlink = try #require(try Vigil.parseAsRoot(["deaths", "review", "--unlink", "12"]) as? DeathsReviewCommand)
        #expect(unlink.unlink == 12)
        #expect(throws: (any Error).self) { try Vigil.parseAsRoot(["deaths", "review", "--link", "12"]) }
        #expect(throws: (any Error).self) { try Vigil.parseAsRoot(["deaths", "review", "--link", "twelve", "STWRTGA"]) }
        #expect(throws: (any Error).self) { try Vigil.parseAsRoot(["deaths", "review", "--link", "12", "STWRTGA", "--unlink", "12"]) }
        #expect(Self.help(DeathsReviewCommand.self).contains("later imports keep them"))
    }

    @Test("crosswalk takes export or import and a file")
    func crosswalkArguments() throws {
        let command = try #require(try Vigil.parseAsRoot(["facilities", "crosswalk", "import", "x.csv", "--replace"]) as? FacilitiesCrosswalkCommand)
        #expect(command.action == .import && command.file == "x.csv" && command.replace)
        #expect(throws: (any Error).self) { try Vigil.parseAsRoot(["facilities", "crosswalk", "merge", "x.csv"]) }
    }

    @Test("export takes the registry tables by their documented names", arguments: [
        (["export", "private-share"], ExportName.privateShare, ExportFormat.csv),
        (["export", "facilities", "--format", "json"], .facilities, .json),
        (["export", "private-share", "--format", "json"], .privateShare, .json),
    ])
    func exportRegistryTables(arguments: [String], table: ExportName, format: ExportFormat) throws {
        let command = try #require(try Vigil.parseAsRoot(arguments) as? ExportCommand)
        #expect(command.table == table)
        #expect(command.format == format)
        #expect(Self.help(ExportCommand.self).contains("facilities, private-share"))
    }
}
