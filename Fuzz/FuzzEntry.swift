import Foundation

/// The one libFuzzer entry point of the fuzz binary (`scripts/fuzz`): every reader's target is
/// compiled into one binary, so VigilImport is built once, and `VIGIL_FUZZ_TARGET` picks the
/// target a run exercises. Any outcome but a crash, a hang or a sanitizer report is fine.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzTargets.selected(Data(bytes: start, count: count))
    return 0
}

/// Every fuzz target by the name `scripts/fuzz` takes.
enum FuzzTargets {
    static let all: [String: @Sendable (Data) -> Void] = [
        "workbook": FuzzWorkbook.run,
        "worksheet-xml": FuzzWorksheetXML.run,
        "shared-strings": FuzzSharedStrings.run,
        "delimited-text": FuzzDelimitedText.run,
        "stays-csv": FuzzStaysCSV.run,
        "deaths": FuzzDeaths.run,
        "facility-lists": FuzzFacilityLists.run,
        "incidents": FuzzIncidents.run,
        "operators": FuzzOperators.run,
        "contracts": FuzzContracts.run,
        "commission-activity": FuzzCommissionActivity.run,
        "287g": Fuzz287g.run,
        "funded-beds": FuzzFundedBeds.run,
        "dossiers": FuzzDossiers.run,
        "tps": FuzzTPS.run,
        "cases": FuzzCases.run,
        "letter": FuzzLetter.run,
        "press": FuzzPress.run,
        "national-adp": FuzzNationalADP.run,
    ]

    static let selected: @Sendable (Data) -> Void = {
        let name = ProcessInfo.processInfo.environment["VIGIL_FUZZ_TARGET"] ?? ""
        guard let target = all[name] else {
            FileHandle.standardError.write(Data("VIGIL_FUZZ_TARGET must be one of: \(all.keys.sorted().joined(separator: " "))\n".utf8))
            exit(2)
        }
        return target
    }()
}
