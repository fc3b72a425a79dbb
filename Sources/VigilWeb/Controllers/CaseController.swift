import Foundation
import Hummingbird
import VigilCore
import VigilStore

/// One case on the web: its page, the form to record or edit it, and custody events. Every
/// read goes through `CaseGate` (members, or a Vigil admin who broke the glass) and is
/// audited by the archive; every change is members-only and audited in its transaction.
enum CaseController {
    static func page(slug: String, id: Int, context: VigilRequestContext, gate: CaseGate, records: FacilityRecords,
                     eventProblem: CustodyEventInvalid? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        let (opened, stored) = try await gate.openCase(slug, id: id, purpose: "case page", context: context)
        let today = CalendarDate.today
        let screening = try await CaseScreening.load(database: gate.database)
        let paths = screening.paths(for: stored.file, asOf: today)
        let record = try await records.byIdentifier()[stored.file.facility]
        let item = ReleaseQueue.Item(caseID: stored.id, file: stored.file, paths: paths, facility: record)
        let model = CaseModel(chrome: await PageChrome.load(database: gate.database), csrfToken: context.signIn?.csrfToken ?? "",
                              organization: opened.organization, access: opened.access, stored: stored, paths: paths,
                              designationsNote: screening.designationsNote, facilityRecord: record,
                              checklist: ReleaseQueue.checklist(item), today: today, eventProblem: eventProblem)
        return HTMLResponse.make(CaseView.render(model), status: status)
    }

    static func newForm(slug: String, context: VigilRequestContext, gate: CaseGate) async throws -> Response {
        let opened = try await gate.open(slug, context: context)
        try opened.requireChange()
        var draft = CaseDraft()
        draft[.custodyStatus] = CustodyStatus.detained.rawValue
        return try await render(draft, caseID: nil, problems: nil, status: .ok, opened: opened, context: context, database: gate.database)
    }

    static func editForm(slug: String, id: Int, context: VigilRequestContext, gate: CaseGate) async throws -> Response {
        let (opened, stored) = try await gate.openCase(slug, id: id, purpose: "edit form", context: context)
        try opened.requireChange()
        return try await render(CaseDraft(stored.file), caseID: id, problems: nil, status: .ok, opened: opened, context: context,
                                database: gate.database)
    }

    /// Records a new case (303 to it), or shows the form again (422) saying what to fix.
    static func create(slug: String, _ request: Request, context: VigilRequestContext, gate: CaseGate) async throws -> Response {
        let opened = try await gate.open(slug, context: context)
        try opened.requireChange()
        let draft = try await draft(from: request)
        switch draft.validated(today: .today) {
        case .failure(let invalid):
            return try await render(draft, caseID: nil, problems: invalid, status: .unprocessableContent, opened: opened, context: context,
                                    database: gate.database)
        case .success(let file):
            do {
                let id = try await opened.archive.add(file, to: opened.organization, recordedBy: opened.user.email,
                                                      audit: .user(id: opened.user.id, email: opened.user.email))
                return Response(status: .seeOther, headers: [.location: SiteURL.caseFile(slug: slug, id: id).path])
            } catch CaseArchive.Refusal.unknownFacility(let named) {
                return try await render(draft, caseID: nil, problems: unknownFacility(named), status: .unprocessableContent,
                                        opened: opened, context: context, database: gate.database)
            }
        }
    }

    /// Saves an edited case (303 to it), or shows the form again (422).
    static func update(slug: String, id: Int, _ request: Request, context: VigilRequestContext, gate: CaseGate) async throws -> Response {
        let opened = try await gate.open(slug, context: context)
        try opened.requireChange()
        let draft = try await draft(from: request)
        switch draft.validated(today: .today) {
        case .failure(let invalid):
            return try await render(draft, caseID: id, problems: invalid, status: .unprocessableContent, opened: opened, context: context,
                                    database: gate.database)
        case .success(let file):
            do {
                try await opened.archive.update(id: id, in: opened.organization, to: file, audit: .user(id: opened.user.id, email: opened.user.email))
                return Response(status: .seeOther, headers: [.location: SiteURL.caseFile(slug: slug, id: id).path])
            } catch CaseArchive.Refusal.unknownFacility(let named) {
                return try await render(draft, caseID: id, problems: unknownFacility(named), status: .unprocessableContent,
                                        opened: opened, context: context, database: gate.database)
            } catch CaseArchive.Refusal.noSuchCase {
                throw CaseGate.hidden
            }
        }
    }

    /// Records a custody event (303 back to the case), or shows the case again (422) saying why not.
    static func addEvent(slug: String, id: Int, _ request: Request, context: VigilRequestContext, gate: CaseGate,
                         records: FacilityRecords) async throws -> Response {
        let opened = try await gate.open(slug, context: context)
        try opened.requireChange()
        var request = request
        let form = try await FormFields.read(&request)
        let draft = CustodyEventDraft(kind: form["kind"] ?? "", date: form["date"] ?? "", facility: form["facility"] ?? "",
                                      amount: form["amount"] ?? "", note: form["note"] ?? "")
        let problem: CustodyEventInvalid
        switch draft.validated(today: .today) {
        case .failure(let invalid):
            problem = invalid
        case .success(let event):
            do {
                try await opened.archive.addEvent(event, toCase: id, in: opened.organization, recordedBy: opened.user.email,
                                                  audit: .user(id: opened.user.id, email: opened.user.email))
                return Response(status: .seeOther, headers: [.location: SiteURL.caseFile(slug: slug, id: id).path + "#custody-history"])
            } catch CaseArchive.Refusal.unknownFacility(let named) {
                problem = CustodyEventInvalid(problems: [CustodyEventProblem(field: .facility, reason: .unknownFacility(named))])
            } catch CaseArchive.Refusal.noSuchCase {
                throw CaseGate.hidden
            }
        }
        return try await page(slug: slug, id: id, context: context, gate: gate, records: records, eventProblem: problem,
                              status: .unprocessableContent)
    }

    static func draft(from request: Request) async throws -> CaseDraft {
        var request = request
        let form = try await FormFields.read(&request)
        return CaseDraft { form[$0.rawValue] }
    }

    static func unknownFacility(_ named: String) -> CaseInvalid {
        CaseInvalid(problems: [CaseFieldProblem(field: .facility, reason: .unknownFacility(named))])
    }

    static func render(_ draft: CaseDraft, caseID: Int?, problems: CaseInvalid?, status: HTTPResponse.Status, opened: CaseGate.Opened,
                       context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        let model = CaseFormModel(chrome: await PageChrome.load(database: database), csrfToken: context.signIn?.csrfToken ?? "",
                                  organization: opened.organization, caseID: caseID, draft: draft, problems: problems, today: .today)
        return HTMLResponse.make(CaseFormView.render(model), status: status)
    }
}
