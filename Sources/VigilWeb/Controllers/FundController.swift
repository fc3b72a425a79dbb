import Foundation
import Hummingbird
import VigilCore
import VigilStore

/// `/orgs/{slug}/fund`: a bond fund's books, queues, bonds and obligors, and the forms that
/// change them. Members only, through the same gate as cases (a break-glass admin reads only);
/// every read of case names and every change is audited by the store.
enum FundController {
    static func page(slug: String, _ request: Request, context: VigilRequestContext, gate: CaseGate,
                     problem: String? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        let opened = try await gate.open(slug, context: context)
        let funds = BondFunds(database: gate.database)
        let fund = try await fundOrHidden(funds, slug: slug)
        let query = QueryParameters(query: request.uri.query)
        let refundDays = query["refund-days"].flatMap(Int.init).map { min(max($0, 0), 3_650) } ?? FundQueues.defaultRefundDays
        let bonds = try await funds.bonds(of: fund, by: opened.reader("fund page"))
        let today = CalendarDate.today
        let cases = try await opened.archive.list(fund, by: opened.reader("fund page: cases to request a bond for"))
        let model = FundModel(chrome: await PageChrome.load(database: gate.database), csrfToken: context.signIn?.csrfToken ?? "",
                              organization: fund, access: opened.access, synthetic: try await funds.isSynthetic(fund),
                              balances: try await funds.balances(of: fund), bonds: bonds,
                              queues: FundQueues(bonds: bonds, today: today, refundDays: refundDays), refundDays: refundDays,
                              obligors: try await funds.obligors(of: fund),
                              cases: cases.map { (id: $0.id, name: $0.file.name) }, problem: problem, today: today)
        return HTMLResponse.make(FundView.render(model), status: status)
    }

    /// The fund, or the gate's 404 when the organization is not a fund (a legal team has no books).
    static func fundOrHidden(_ funds: BondFunds, slug: String) async throws -> Organization {
        do { return try await funds.fund(slug: slug) } catch is BondFundError { throw CaseGate.hidden }
    }

    /// Runs a change from a posted form, then back to the page; a refusal shows on the page with 422.
    static func change(slug: String, _ request: Request, context: VigilRequestContext, gate: CaseGate, anchor: String,
                       _ body: (FormFields, BondFunds, Organization, CaseGate.Opened) async throws -> Void) async throws -> Response {
        let opened = try await gate.open(slug, context: context)
        try opened.requireChange()
        let funds = BondFunds(database: gate.database)
        let fund = try await fundOrHidden(funds, slug: slug)
        var request = request
        let form = try await FormFields.read(&request)
        do {
            try await body(form, funds, fund, opened)
        } catch let error as BondFundError {
            return try await page(slug: slug, request, context: context, gate: gate, problem: t("cases.nothing_was_recorded") + error.localizedMessage,
                                  status: .unprocessableContent)
        } catch let invalid as BondStepInvalid {
            return try await page(slug: slug, request, context: context, gate: gate,
                                  problem: t("cases.nothing_was_recorded") + invalid.problems.map(\.localizedText).joined(separator: " "),
                                  status: .unprocessableContent)
        } catch let error as CentsParseError {
            return try await page(slug: slug, request, context: context, gate: gate,
                                  problem: t("cases.nothing_was_recorded") + t("bond_funds.problem_field.amount") + ": " + error.localizedMessage,
                                  status: .unprocessableContent)
        }
        return Response(status: .seeOther, headers: [.location: SiteURL.fund(slug: slug).path + "#" + anchor])
    }

    static func actor(_ opened: CaseGate.Opened) -> AuditEvent.Actor { .user(id: opened.user.id, email: opened.user.email) }

    static func date(_ form: FormFields) throws -> CalendarDate {
        let text = (form["date"] ?? "").trimmingCharacters(in: .whitespaces)
        guard let date = CalendarDate(iso: text) else { throw BondStepInvalid(.date, .notADate(text)) }
        return date
    }

    static func income(slug: String, _ request: Request, context: VigilRequestContext, gate: CaseGate) async throws -> Response {
        try await change(slug: slug, request, context: context, gate: gate, anchor: "books") { form, funds, fund, opened in
            let amount = try Cents(parsing: form["amount"] ?? "")
            let kind: LedgerEntryKind = form["kind"] == "grant" ? .grant : .donation
            try await funds.recordIncome(kind, amount: amount, on: try date(form), memo: form["memo"] ?? "", in: fund,
                                         recordedBy: opened.user.email, by: actor(opened))
        }
    }

    static func step(slug: String, _ request: Request, context: VigilRequestContext, gate: CaseGate) async throws -> Response {
        try await change(slug: slug, request, context: context, gate: gate, anchor: "bonds") { form, funds, fund, opened in
            let draft = BondStepDraft(stage: form["stage"] ?? "", date: form["date"] ?? "", evidence: form["evidence"] ?? "",
                                      amount: form["amount"] ?? "", interest: form["interest"] ?? "", i352Receipt: form["i352"] ?? "",
                                      i305Receipt: form["i305"] ?? "", obligor: form["obligor"] ?? "", paymentMethod: form["payment"] ?? "")
            let step = try draft.validated().get()
            if step.stage == .requested {
                guard let caseID = Int(form["case"] ?? "") else { throw BondStepInvalid(.case, .chooseCase) }
                try await funds.requestBond(caseID: caseID, in: fund, step: step, recordedBy: opened.user.email, by: actor(opened))
            } else {
                guard let bond = Int(form["bond"] ?? "") else { throw BondStepInvalid(.bond, .chooseBond) }
                try await funds.addStep(step, toBond: bond, in: fund, recordedBy: opened.user.email, by: actor(opened))
            }
        }
    }

    static func note(slug: String, _ request: Request, context: VigilRequestContext, gate: CaseGate) async throws -> Response {
        try await change(slug: slug, request, context: context, gate: gate, anchor: "bonds") { form, funds, fund, opened in
            guard let bond = Int(form["bond"] ?? "") else { throw BondStepInvalid(.bond, .chooseBond) }
            let remark: BondFunds.Remark = form["kind"] == "hearing" ? .hearing : .note
            try await funds.addRemark(remark, toBond: bond, in: fund, on: try date(form), text: form["text"] ?? "",
                                      recordedBy: opened.user.email, by: actor(opened))
        }
    }

    static func obligor(slug: String, _ request: Request, context: VigilRequestContext, gate: CaseGate) async throws -> Response {
        try await change(slug: slug, request, context: context, gate: gate, anchor: "obligors") { form, funds, fund, opened in
            guard let kind = ObligorKind(rawValue: form["kind"] ?? "") else {
                throw BondStepInvalid(.kind, .notOneOf(form["kind"] ?? "", choices: ObligorKind.allCases.map(\.rawValue)))
            }
            var documents: [ObligorDocument] = []
            let title = (form["document"] ?? "").trimmingCharacters(in: .whitespaces)
            if !title.isEmpty {
                guard let verified = CalendarDate(iso: (form["verified"] ?? "").trimmingCharacters(in: .whitespaces)) else {
                    throw BondStepInvalid(.verified, .checkedOnNeeded)
                }
                documents.append(ObligorDocument(title: title, verifiedOn: verified))
            }
            try await funds.addObligor(Obligor(name: form["name"] ?? "", kind: kind, contact: form["contact"] ?? "", documents: documents),
                                       to: fund, by: actor(opened))
        }
    }

    // MARK: Report

    static func year(_ request: Request) -> Int {
        QueryParameters(query: request.uri.query)["year"].flatMap(Int.init).map { min(max($0, 2000), 2100) } ?? CalendarDate.today.year
    }

    static func loadReport(slug: String, year: Int, context: VigilRequestContext, gate: CaseGate) async throws -> (Organization, FundReport, Bool) {
        let opened = try await gate.open(slug, context: context)
        let funds = BondFunds(database: gate.database)
        let fund = try await fundOrHidden(funds, slug: slug)
        let report = FundReport(bonds: try await funds.bonds(of: fund, by: opened.reader("fund report")), postings: try await funds.postings(of: fund),
                                from: CalendarDate(year: year, month: 1, day: 1)!, through: CalendarDate(year: year, month: 12, day: 31)!)
        return (fund, report, try await funds.isSynthetic(fund))
    }

    static func report(slug: String, _ request: Request, context: VigilRequestContext, gate: CaseGate) async throws -> Response {
        let year = Self.year(request)
        let (fund, report, synthetic) = try await loadReport(slug: slug, year: year, context: context, gate: gate)
        let model = FundReportModel(chrome: await PageChrome.load(database: gate.database), organization: fund, year: year, report: report,
                                    synthetic: synthetic)
        return HTMLResponse.make(FundReportView.render(model))
    }

    static func reportFile(slug: String, format: ExportFormat, _ request: Request, context: VigilRequestContext, gate: CaseGate) async throws -> Response {
        let year = Self.year(request)
        let (fund, report, _) = try await loadReport(slug: slug, year: year, context: context, gate: gate)
        return TableResponse.make(report.table, format: format, fileStem: "\(fund.slug)-report-\(year)")
    }
}
