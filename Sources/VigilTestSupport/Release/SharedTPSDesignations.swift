import Foundation
import VigilCore
import VigilImport

/// The real TPS designations file, read in place from the shared data with the project's
/// own reader, for the screener's tests.
public enum SharedTPSDesignations {
    public static let relativePath = "release/tps_designations.csv"

    /// The file's designations; throws (naming the file) when it is absent.
    public static func load() throws -> [TPSDesignation] {
        try TPSDesignationReader.read(fileAt: SharedData.require(relativePath)).designations
    }

    /// The designation of `country` named `designation` (`"2021"`).
    public static func find(_ country: String, _ designation: String) throws -> TPSDesignation {
        guard let found = try load().first(where: { $0.country == country && $0.designation == designation }) else {
            throw SharedData.Missing(relative: "\(relativePath): \(country) \(designation)", folder: SharedData.folder)
        }
        return found
    }
}
