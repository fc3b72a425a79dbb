/// The tables `vigil export` and the web's download links offer, by their stable names.
public enum ExportName: String, Sendable, CaseIterable {
    case releases
    case facilityReleases = "facility-releases"
}

/// The formats every table downloads as.
public enum ExportFormat: String, Sendable, CaseIterable {
    case csv
    case json
}
