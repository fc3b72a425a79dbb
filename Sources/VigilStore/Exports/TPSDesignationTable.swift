import VigilCore

/// The `tps-designations` table: the latest stored version of the TPS designations, one row
/// per designation in file order, with the window in which it is in force after later
/// notices and the file's certainty. Public: it holds no person data. Columns are a stable
/// interface (docs/exports.md); add at the end, never rename.
public enum TPSDesignationTable {
    public static let columns = [
        "country", "designation", "kind", "effective_from", "effective_to", "in_force_from", "in_force_through", "end_change",
        "announced", "continuous_residence_since", "continuous_physical_presence_since", "federal_register_citation",
        "federal_register_document", "source", "certainty", "notes", "version", "file_name", "sha256", "source_row",
    ]

    public static func make(_ latest: (version: TPSDesignationArchive.Version, list: TPSDesignationList)?) -> DataTable {
        var table = DataTable(columns: columns)
        guard let latest else { return table }
        let version = latest.version
        for d in latest.list.designations {
            table.append([
                .text(d.country), .text(d.designation), .text(d.kind), TableValue(d.effectiveFrom), TableValue(d.effectiveTo),
                TableValue(d.inForce.lowerBound), TableValue(d.inForce.upperBound), TableValue(d.endChange), TableValue(d.announced),
                TableValue(d.continuousResidenceSince), TableValue(d.continuousPhysicalPresenceSince), TableValue(d.federalRegisterCitation),
                TableValue(d.federalRegisterDocument), .text(d.source), TableValue(d.certainty), TableValue(d.notes),
                .integer(version.number), .text(version.source.fileName), .text(version.source.sha256), TableValue(d.sourceRow),
            ])
        }
        return table
    }
}
