import ArgumentParser
import Testing
@testable import vigil

/// The command line is an interface users' scripts depend on: its names are pinned here.
@Suite("Command line")
struct CommandLineTests {
    @Test("the help names every command users' scripts rely on")
    func help() {
        let help = Vigil.helpMessage()
        for command in ["serve", "import", "export", "migrate"] {
            #expect(help.contains(command), "missing \(command)")
        }
        #expect(Vigil.helpMessage(for: ImportIceStatsCommand.self).contains("--database-url"))
        // the benchmark's switch parses but is not offered to users
        #expect(!Vigil.helpMessage(for: ImportIceStatsCommand.self).contains("skip-event-detection"))
        #expect((try? Vigil.parseAsRoot(["import", "ice-stats", "--skip-event-detection", "x.xlsx"]) as? ImportIceStatsCommand)?.skipEventDetection == true)
        #expect(Vigil.helpMessage(for: ExportCommand.self).contains("releases, facility-releases"))
    }

    @Test("export takes the documented table names and formats")
    func exportArguments() throws {
        let command = try #require(try Vigil.parseAsRoot(["export", "facility-releases", "--format", "json"]) as? ExportCommand)
        #expect(command.table == .facilityReleases)
        #expect(command.format == .json)
        #expect(throws: (any Error).self) { try Vigil.parseAsRoot(["export", "facilities-typo"]) }
        #expect(throws: (any Error).self) { try Vigil.parseAsRoot(["export", "releases", "--format", "xml"]) }
    }

    @Test("a bad database URL is refused with what to write instead")
    func badDatabaseURL() throws {
        let command = try #require(try Vigil.parseAsRoot(["migrate", "--database-url", "sqlite://relative.db"]) as? MigrateCommand)
        #expect(throws: CommandFailure.self) { try command.options.databaseLocation() }
        do {
            _ = try command.options.databaseLocation()
        } catch {
            #expect(String(describing: error).contains("sqlite:///absolute/path.sqlite"))
        }
    }

    @Test("import ice-stats needs at least one path")
    func importNeedsPaths() {
        #expect(throws: (any Error).self) { try Vigil.parseAsRoot(["import", "ice-stats"]) }
        #expect((try? Vigil.parseAsRoot(["import", "ice-stats", "a.xlsx", "folder"])) is ImportIceStatsCommand)
    }
}
