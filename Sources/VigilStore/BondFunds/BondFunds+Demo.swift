import SQLKit
import VigilCore

extension BondFunds {
    /// Stores the synthetic demo fund (`DemoBondFund`): its organization, invented cases (sealed
    /// with `key` like any case), obligors, bonds stepped through `BondLifecycle` like a member's,
    /// and donations. Nothing when the demo fund is there already. Returns how many bonds were added.
    @discardableResult
    public func loadDemo(_ plan: DemoBondFund.Plan, key: DataKey, today: CalendarDate = .today) async throws -> Int {
        let organizations = Organizations(database: database)
        if try await organizations.organization(slug: DemoBondFund.organizationSlug) != nil { return 0 }
        let fund = try await organizations.add(name: DemoBondFund.organizationName, slug: DemoBondFund.organizationSlug, kind: .bondFund,
                                               synthetic: true, by: .commandLine)
        let archive = CaseArchive(database: database, key: key)
        let caseIDs: [Int?] = try await database.transaction { db in
            var ids: [Int?] = []
            for file in plan.cases {
                guard let facility = try await IncidentFacilities.resolve(file.facility, on: db) else { ids.append(nil); continue }
                var file = file
                file.facility = facility.key
                ids.append(try await archive.insert(file, organizationID: fund.id, synthetic: true, importedFrom: nil, recorder: "demo", on: db))
            }
            return ids
        }
        var obligorIDs: [Int] = []
        for obligor in plan.obligors { obligorIDs.append(try await addObligor(obligor, to: fund, synthetic: true, by: .commandLine)) }
        for posting in plan.income {
            try await recordIncome(posting.kind, amount: posting.amount, on: posting.date, memo: posting.memo, in: fund, recordedBy: "demo",
                                   synthetic: true, by: .commandLine)
        }
        var added = 0
        for planned in plan.bonds {
            guard let caseID = caseIDs[planned.caseIndex], let first = planned.steps.first else { continue }
            let bond = try await requestBond(caseID: caseID, in: fund, step: first, today: today, recordedBy: "demo", synthetic: true, by: .commandLine)
            for var step in planned.steps.dropFirst() {
                if case .posted(var posting) = step.detail {
                    posting.obligorID = obligorIDs[posting.obligorID % obligorIDs.count]
                    step.detail = .posted(posting)
                }
                try await addStep(step, toBond: bond, in: fund, today: today, recordedBy: "demo", by: .commandLine)
            }
            for note in planned.notes {
                try await addRemark(.note, toBond: bond, in: fund, on: note.date, text: note.text, recordedBy: "demo", by: .commandLine)
            }
            for hearing in planned.hearings {
                try await addRemark(.hearing, toBond: bond, in: fund, on: hearing, text: "Master calendar hearing (synthetic)", recordedBy: "demo", by: .commandLine)
            }
            added += 1
        }
        return added
    }

    /// Whether `fund` is the generated demo (its pages and reports say so).
    public func isSynthetic(_ fund: Organization) async throws -> Bool {
        struct Row: Decodable { var synthetic: Int }
        return try await database.sql.raw("SELECT synthetic FROM organizations WHERE id = \(bind: fund.id)").first(decoding: Row.self)?.synthetic == 1
    }

    /// Deletes the demo fund's books, bonds and obligors; `CaseArchive.removeDemo` calls this
    /// inside its transaction before the synthetic cases and organizations go.
    static func removeDemo(on db: any SQLDatabase) async throws {
        try await db.raw("DELETE FROM ledger_postings WHERE synthetic = 1 OR bond_id IN (SELECT id FROM bonds WHERE synthetic = 1)").run()
        try await db.raw("DELETE FROM bond_events WHERE bond_id IN (SELECT id FROM bonds WHERE synthetic = 1)").run()
        try await db.raw("DELETE FROM bonds WHERE synthetic = 1").run()
        try await db.raw("DELETE FROM bond_obligors WHERE synthetic = 1").run()
    }
}
