import VigilCore

/// Reads the rows below the header: facilities into `FacilityObservation`s, every value by
/// its column's kind, every irregular value into the ledger.
struct FacilityRowReader {
    let header: FacilitiesHeader
    let file: String
    let sheet: String

    enum Outcome {
        case blank
        case facility(FacilityObservation)
        /// A footnote, a total or other text: left out, with why and the row's text.
        case notAFacility(ReleaseAnomalyFacts.SkippedRowReason, text: String)
    }

    private let nameColumn: Int
    /// `header.bindings` by column index, for the columns up to the last bound one: looked up for
    /// every cell of every row, where hashing the index was half a percent of an import.
    private let bindingByColumn: [(column: FacilityColumn, header: String)?]
    private let typeColumns: [Int]
    private let orderedColumns: [Int]
    private let separatesInspectors: Bool

    init(header: FacilitiesHeader, file: String, sheet: String) {
        self.header = header
        self.file = file
        self.sheet = sheet
        nameColumn = header.bindings.first { $0.value.column == .name }!.key
        orderedColumns = header.bindings.keys.sorted()
        var bindingByColumn: [(column: FacilityColumn, header: String)?] = Array(repeating: nil, count: (orderedColumns.last ?? -1) + 1)
        for (index, binding) in header.bindings { bindingByColumn[index] = binding }
        self.bindingByColumn = bindingByColumn
        typeColumns = orderedColumns.filter { header.bindings[$0]?.column == .typeDetailed }
        separatesInspectors = WorkbookLayoutSignature.separatesInspectors(header.layout)
    }

    func read(_ row: XLSXRow, into ledger: inout AnomalyLedger) -> Outcome {
        if row.isBlank { return .blank }
        let name = CellText.display(row[nameColumn]).trimmingSpaces()
        // Over the column alone: a closure over `self` copied the whole reader for every row.
        let nameColumn = self.nameColumn
        if name.isEmpty {
            let text = row.cells.filter { $0.column != nameColumn && !$0.value.isBlank }
                .map { CellText.display($0.value).trimmingSpaces() }.joined(separator: " | ")
            return .notAFacility(.noName, text: shortened(text))
        }
        if !row.cells.contains(where: { $0.column != nameColumn && !$0.value.isBlank }) {
            return .notAFacility(.note, text: shortened(name))
        }
        if Self.isTotal(name) {
            return .notAFacility(.total, text: shortened(name))
        }
        return .facility(observation(from: row, name: name, ledger: &ledger))
    }

    // MARK: - Building the observation

    private func observation(from row: XLSXRow, name: String, ledger: inout AnomalyLedger) -> FacilityObservation {
        var facility = FacilityObservation(sourceRow: row.number, name: name)
        var values = CellValueReader(file: file, sheet: sheet, row: row.number)
        // A row reports a few inspections, each over several cells: found by a look along them,
        // in the order first met (a dictionary's hashing, three times a cell, was 1% of an import).
        var inspections: [(key: InspectionKey, inspection: ReportedInspection)] = []
        var genderText: String?
        var genderHeader = "Male/Female"

        for cell in row.cells where cell.column != nameColumn {
            guard cell.column < bindingByColumn.count, let binding = bindingByColumn[cell.column] else {
                // A value under an empty header cell: kept under the column's letter.
                let letter = CellReference.letters(forColumn: cell.column)
                if let text = values.text(cell.value, column: letter, ledger: &ledger) { facility.otherColumns[letter] = text }
                continue
            }
            let label = binding.header
            switch binding.column {
            case .name: break
            case .address: facility.address = values.text(cell.value, column: label, ledger: &ledger)
            case .city: facility.city = values.text(cell.value, column: label, ledger: &ledger)
            case .state: facility.state = values.text(cell.value, column: label, ledger: &ledger)
            case .zip: facility.zip = values.zip(cell.value, column: label, ledger: &ledger)
            case .areaOfResponsibility: facility.areaOfResponsibility = values.text(cell.value, column: label, ledger: &ledger)
            case .typeDetailed: facility.typeDetailed = values.text(cell.value, column: label, ledger: &ledger)
            case .gender:
                genderText = values.text(cell.value, column: label, ledger: &ledger)
                genderHeader = label
            case .averageLengthOfStay: facility.averageLengthOfStay = values.number(cell.value, column: label, ledger: &ledger)
            case .levelA: facility.levelA = values.number(cell.value, column: label, ledger: &ledger)
            case .levelB: facility.levelB = values.number(cell.value, column: label, ledger: &ledger)
            case .levelC: facility.levelC = values.number(cell.value, column: label, ledger: &ledger)
            case .levelD: facility.levelD = values.number(cell.value, column: label, ledger: &ledger)
            case .maleCriminal: facility.maleCriminal = values.number(cell.value, column: label, ledger: &ledger)
            case .maleNonCriminal: facility.maleNonCriminal = values.number(cell.value, column: label, ledger: &ledger)
            case .femaleCriminal: facility.femaleCriminal = values.number(cell.value, column: label, ledger: &ledger)
            case .femaleNonCriminal: facility.femaleNonCriminal = values.number(cell.value, column: label, ledger: &ledger)
            case .threatLevel1: facility.threatLevel1 = values.number(cell.value, column: label, ledger: &ledger)
            case .threatLevel2: facility.threatLevel2 = values.number(cell.value, column: label, ledger: &ledger)
            case .threatLevel3: facility.threatLevel3 = values.number(cell.value, column: label, ledger: &ledger)
            case .noThreatLevel: facility.noThreatLevel = values.number(cell.value, column: label, ledger: &ledger)
            case .mandatory: facility.mandatory = values.number(cell.value, column: label, ledger: &ledger)
            case .guaranteedMinimum: facility.guaranteedMinimum = values.number(cell.value, column: label, ledger: &ledger)
            case .pendingInspection: facility.pendingInspection = values.text(cell.value, column: label, ledger: &ledger)
            case .other:
                if let text = values.text(cell.value, column: label, ledger: &ledger) { facility.otherColumns[label] = text }
            case .inspection(let column):
                let key = InspectionKey(position: column.position,
                                        inspector: separatesInspectors ? column.namedInspector : .unspecified)
                let index = inspections.firstIndex { $0.key == key } ?? {
                    inspections.append((key, ReportedInspection(position: key.position, inspector: key.inspector)))
                    return inspections.count - 1
                }()
                switch column.field {
                case .type: inspections[index].inspection.type = values.text(cell.value, column: label, ledger: &ledger)
                case .standard: inspections[index].inspection.standard = values.text(cell.value, column: label, ledger: &ledger)
                case .rating: inspections[index].inspection.rating = values.text(cell.value, column: label, ledger: &ledger)
                case .date:
                    let date = values.date(cell.value, column: label, ledger: &ledger)
                    inspections[index].inspection.date = date
                    if date != nil { inspections[index].inspection.dateLabel = label }
                }
            }
        }
        // Into one array of the right size: mapping then filtering made two, the second grown one at a time.
        facility.inspections.reserveCapacity(inspections.count)
        for (_, inspection) in inspections where !inspection.isEmpty { facility.inspections.append(inspection) }
        if let genderText {
            assignGender(genderText, header: genderHeader, to: &facility, ledger: &ledger)
        }
        return facility
    }

    /// Stores the Male/Female value as the gender, unless it is a facility type: then it
    /// is kept under the column's header in `otherColumns` and the slip is recorded.
    private func assignGender(_ text: String, header label: String, to facility: inout FacilityObservation,
                              ledger: inout AnomalyLedger) {
        switch GenderColumnValue(text, typeDetailed: facility.typeDetailed) {
        case .gender(let gender), .unrecognised(let gender):
            facility.gender = gender
        case .facilityType(let type):
            facility.otherColumns[label] = type
            let location = SourceLocation(file: file, sheet: sheet, row: facility.sourceRow, column: label)
            ledger.count(.facilityTypeInGenderColumn(column: label, example: type), column: label, value: "", at: location)
        }
    }

    private struct InspectionKey: Equatable {
        let position: ReportedInspection.Position
        let inspector: ReportedInspection.Inspector
    }

    /// "Total", "Grand Total", "TOTALS:".
    private static func isTotal(_ name: String) -> Bool {
        guard name.utf8.count <= 16 else { return false }
        var words = name.lowercased().split(whereSeparator: { !$0.isLetter })
        if words.first == "grand" { words.removeFirst() }
        return words == ["total"] || words == ["totals"]
    }

    private func shortened(_ text: String) -> String {
        text.count > 120 ? String(text.prefix(117)) + "..." : text
    }
}
