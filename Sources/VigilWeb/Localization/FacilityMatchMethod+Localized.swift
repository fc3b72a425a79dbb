import VigilCore

// How a workbook facility was tied to its registry code, as a page names it, in its language. The raw
// value stays in downloads, the API and the command line.

extension FacilityMatchMethod {
    var localizedLabel: String { t("facility.match." + rawValue) }
}
