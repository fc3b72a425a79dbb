import VigilCore

/// The press audit's findings as a table, for `vigil audit press` and the report's downloads:
/// exactly `article,kind,text,verdict,source_text,source_value,start,end`, offsets in Unicode
/// scalars of the article's text.
public enum PressFindingTable {
    public static let columns = ["article", "kind", "text", "verdict", "source_text", "source_value", "start", "end"]

    public static func make(_ findings: [PressFinding]) -> DataTable {
        var table = DataTable(columns: columns)
        for f in findings {
            table.append([
                .text(f.article), .text(f.kind.rawValue), .text(f.text), .text(f.verdict.rawValue), .text(f.sourceText),
                .text(f.sourceValue), .integer(f.start), .integer(f.end),
            ])
        }
        return table
    }
}
