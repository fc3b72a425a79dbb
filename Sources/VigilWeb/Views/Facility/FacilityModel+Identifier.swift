import VigilCore

extension FacilityModel {
    /// The address segment for this facility's other pages: its registry code when it has one,
    /// so links stay the same however the workbooks spell its name; else its workbook key.
    var pageIdentifier: FacilityKey {
        registry.map { FacilityKey(rawValue: $0.facility.code) } ?? key
    }
}
