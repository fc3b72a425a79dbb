import Foundation
import Hummingbird
import VigilCore
import VigilStore

/// `/orgs/{slug}/queue`: the same screener as the case page, over every detained person of the
/// organization, ranked by `ReleaseQueue`. The read of every case is audited as one entry.
enum ReleaseQueueController {
    static func page(slug: String, context: VigilRequestContext, gate: CaseGate, records: FacilityRecords) async throws -> Response {
        let opened = try await gate.open(slug, context: context)
        let cases = try await opened.archive.list(opened.organization, by: opened.reader("release queue"))
        let today = CalendarDate.today
        let facilities = try await records.byIdentifier()
        let screening = try await CaseScreening.load(database: gate.database)
        var items: [ReleaseQueue.Item] = []
        var names: [String: String] = [:]
        for stored in cases where stored.file.custodyStatus == .detained {
            items.append(ReleaseQueue.Item(caseID: stored.id, file: stored.file,
                                           paths: screening.paths(for: stored.file, asOf: today),
                                           facility: facilities[stored.file.facility]))
            if let name = stored.facilityName { names[stored.file.facility] = name }
        }
        let model = ReleaseQueueModel(chrome: await PageChrome.load(database: gate.database), organization: opened.organization,
                                      access: opened.access, entries: ReleaseQueue.rank(items, asOf: today), facilityNames: names,
                                      designationsNote: screening.designationsNote, asOf: today, notDetained: cases.count - items.count)
        return HTMLResponse.make(ReleaseQueueView.render(model))
    }
}
