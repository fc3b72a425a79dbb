/// An organization's cases ranked by the strength and urgency of their release paths.
///
/// The score is a sum of points, each part shown on the page with its rule, so a reader can
/// check any case's place by hand. Ties go to the person detained longer.
public enum ReleaseQueue {
    /// One case to rank.
    public struct Item: Sendable, Equatable {
        public var caseID: Int
        public var file: CaseFile
        public var paths: [ScreeningPath]
        public var facility: FacilityRecord?

        public init(caseID: Int, file: CaseFile, paths: [ScreeningPath], facility: FacilityRecord?) {
            self.caseID = caseID
            self.file = file
            self.paths = paths
            self.facility = facility
        }
    }

    /// The parts of the score, in the order the page explains them.
    public enum Part: String, Sendable, Hashable, CaseIterable {
        case paths
        case vulnerability
        case timeDetained = "time-detained"
        case facilityRecord = "facility-record"
        case hearing

        public var label: String {
            switch self {
            case .paths: "Release paths"
            case .vulnerability: "Vulnerability"
            case .timeDetained: "Time detained"
            case .facilityRecord: "Facility record"
            case .hearing: "Next hearing"
            }
        }

        /// The rule, as the page states it.
        public var rule: String {
            switch self {
            case .paths:
                "12 points when the screener finds a path the person meets (TPS, parole, a directive, Fraihat, bond), 6 when the best is “may meet”; 2 more for each further open path (at most 6); 6 fewer when a mandatory-detention ground blocks discretionary release (a lawyer decides)."
            case .vulnerability:
                "4 for pregnancy, birth within the past year or nursing (Directive 11032.4); 4 for a serious mental disorder (11063.2); 3 for a disability; 3 for age over 55; 2 for each chronic condition (at most 6)."
            case .timeDetained:
                "1 point for every full 30 days in custody, at most 6."
            case .facilityRecord:
                "From Vigil's own data on the facility where the person is held now: 2 per death in custody (at most 6), 1 per failed inspection (at most 3), 1 for any segregation placement in the latest 12 months of ICE's tables (2 for 50 or more)."
            case .hearing:
                "5 when the next hearing is within 7 days, 4 within 14, 2 within 30, 1 within 60; nothing when none is set or it has passed."
            }
        }
    }

    /// One ranked case: its score by part, and what to gather.
    public struct Entry: Sendable, Equatable {
        public var item: Item
        public var rank: Int
        public var points: [Part: Int]
        public var score: Int { points.values.reduce(0, +) }
        /// Evidence still to gather: documents the case lists as missing, then what each open path still needs.
        public var checklist: [CatalogueText]
        public var daysDetained: Int
    }

    public static func rank(_ items: [Item], asOf date: CalendarDate) -> [Entry] {
        let scored = items.map { item in
            Entry(item: item, rank: 0, points: points(item, asOf: date), checklist: checklist(item),
                  daysDetained: item.file.daysDetained(asOf: date))
        }
        let sorted = scored.sorted {
            if $0.score != $1.score { return $0.score > $1.score }
            if $0.daysDetained != $1.daysDetained { return $0.daysDetained > $1.daysDetained }
            return $0.item.caseID < $1.item.caseID
        }
        return sorted.enumerated().map { index, entry in
            var entry = entry
            entry.rank = index + 1
            return entry
        }
    }

    public static func points(_ item: Item, asOf date: CalendarDate) -> [Part: Int] {
        let file = item.file
        var points: [Part: Int] = [:]

        let open = item.paths.filter(\.isOpen)
        var paths = 0
        if open.contains(where: { $0.status == .meets }) { paths = 12 } else if !open.isEmpty { paths = 6 }
        if open.count > 1 { paths += min(6, 2 * (open.count - 1)) }
        if item.paths.contains(where: \.blocksRelease) { paths -= 6 }
        points[.paths] = paths

        var vulnerability = 0
        let postpartum = file.postpartumSince.map { $0.days(until: date) <= 365 && $0 <= date } ?? false
        if file.pregnant || postpartum || file.nursing { vulnerability += 4 }
        if file.seriousMentalDisorder { vulnerability += 4 }
        if file.disability { vulnerability += 3 }
        if file.age(on: date) > 55 { vulnerability += 3 }
        vulnerability += min(6, 2 * Set(file.conditions).count)
        points[.vulnerability] = vulnerability

        points[.timeDetained] = min(6, file.daysDetained(asOf: date) / 30)

        var facility = 0
        if let record = item.facility {
            facility += min(6, 2 * record.deaths)
            facility += min(3, record.failedInspections)
            if record.segregationPlacements >= 50 { facility += 2 } else if record.segregationPlacements > 0 { facility += 1 }
        }
        points[.facilityRecord] = facility

        var hearing = 0
        if let next = file.nextHearing, next >= date {
            let days = date.days(until: next)
            hearing = days <= 7 ? 5 : days <= 14 ? 4 : days <= 30 ? 2 : days <= 60 ? 1 : 0
        }
        points[.hearing] = hearing
        return points
    }

    public static func checklist(_ item: Item) -> [CatalogueText] {
        var seen = Set<String>()
        var list: [CatalogueText] = []
        // Told apart by their English, so one document asked for by two paths is listed once.
        func add(_ text: CatalogueText) {
            let key = text.english.lowercased()
            if !seen.contains(key) { seen.insert(key); list.append(text) }
        }
        for document in item.file.evidence where document.status == .missing { add(.verbatim(document.title)) }
        for path in item.paths where path.isOpen {
            for missing in path.evidence { add(missing) }
        }
        return list
    }
}
