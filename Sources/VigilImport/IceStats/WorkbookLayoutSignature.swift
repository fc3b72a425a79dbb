import VigilCore

/// Tells the seven Facilities-sheet layouts apart by their inspection columns (the
/// population columns never changed).
///
/// Each layout is pinned by the exact (normalised) inspection and pending headers it had in
/// ICE's files; a header row that matches none exactly — a future layout — gets the
/// closest one, and its unknown columns are still kept in `otherColumns`.
enum WorkbookLayoutSignature {
    /// The layout of a header row whose layout-specific columns (`FacilityColumn.isLayoutSpecific`)
    /// have these normalised headers.
    static func layout(forInspectionHeaders headers: [String]) -> WorkbookLayout {
        let present = Set(headers)
        var best = WorkbookLayout.fy19
        var bestScore = Int.min
        for (layout, expected) in signatures {
            if present == expected { return layout }
            let score = present.intersection(expected).count * 2 - present.symmetricDifference(expected).count
            if score > bestScore { best = layout; bestScore = score }
        }
        return best
    }

    /// The inspection headers of each layout as they appear in ICE's workbooks, FY2019–FY2026.
    static let signatures: [(WorkbookLayout, Set<String>)] = [
        (.fy19, [
            "last inspection type", "last inspection standard", "last inspection rating-final", "last inspection date",
            "second to last inspection type", "second to last inspection standard",
            "second to last inspection rating", "second to last inspection date",
        ]),
        (.fy22, [
            "last inspection type", "last inspection standard", "last inspection rating-final", "last inspection date",
            "second to last inspection type", "second to last inspection standard", "second to last inspection date",
        ]),
        (.fy23Odo, [
            "last inspection type", "odo inspection end date", "odo last inspection standard", "odo final rating",
            "last nakamoto inspection standard", "last nakamoto inspection rating-final", "last nakamoto inspection date",
            "second to last nakamoto inspection type", "second to last nakamoto inspection standard",
            "second to last nakamoto inspection date",
        ]),
        (.fy23OdoFinalReport, [
            "last inspection type", "odo final report date", "odo last inspection standard", "odo final rating",
            "last nakamoto inspection standard", "last nakamoto inspection rating-final", "last nakamoto inspection date",
            "second to last nakamoto inspection type", "second to last nakamoto inspection standard",
            "second to last nakamoto inspection date",
        ]),
        (.fy24, [
            "last inspection type", "odo inspection end date", "odo last inspection standard", "odo final rating",
        ]),
        (.fy24Pending, [
            "last inspection type", "last inspection end date", "pending fyxx inspection",
            "last inspection standard", "last final rating",
        ]),
        (.fy26, [
            "last inspection type", "last inspection end date", "last inspection standard", "last final rating",
        ]),
    ]

    /// Layouts whose headers keep ODO and Nakamoto inspections apart. In the others the
    /// columns describe one inspection series whatever their labels say: the FY2024 "ODO"
    /// columns also carry ORSA reviews, so they are read as `.unspecified`.
    static func separatesInspectors(_ layout: WorkbookLayout) -> Bool {
        layout == .fy23Odo || layout == .fy23OdoFinalReport
    }
}
