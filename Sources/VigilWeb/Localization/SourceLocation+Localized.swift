import VigilCore

extension SourceLocation {
    /// Where in a file, in the page's language: `FY24.xlsx, hoja "Facilities FY24", fila 12`. The file,
    /// sheet and column names are the file's own and stay as written; `description` stays English for logs.
    var localizedDescription: String {
        var parts = [file]
        if let sheet { parts.append(t("releases.location.sheet", ["sheet": sheet])) }
        if let row { parts.append(t("releases.location.row", ["row": String(row)])) }
        if let column { parts.append(t("releases.location.column", ["column": column])) }
        return parts.joined(separator: ", ")
    }
}
