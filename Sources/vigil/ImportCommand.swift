import ArgumentParser

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import source files into Vigil.",
        subcommands: [ImportIceStatsCommand.self, ImportFacilitiesCommand.self, ImportOperatorsCommand.self,
                      ImportStaysCommand.self, ImportDailyPopulationCommand.self,
                      ImportDeathsCommand.self, ImportNationalADPCommand.self, ImportIncidentsCommand.self,
                      ImportCasesCommand.self,
                      ImportTPSCommand.self,
                      // Expansion (issue 12)
                      ImportContractsCommand.self, ImportCommissionActivityCommand.self, Import287gAgreementsCommand.self,
                      ImportFundedBedsCommand.self, ImportDossiersCommand.self])
}
