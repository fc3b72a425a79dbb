import Hummingbird
import VigilCore
import VigilStore

/// Adding a cited operator record from a facility's page: editors only.
///
/// The CSRF middleware has already checked every POST's token. The record and its audit entry
/// are stored in one transaction; a refused form is shown again with the editor's input and
/// nothing is stored. Fields are those of the operator CSV (`OperatorRecordDraft`).
enum OperatorFormController {
    /// The form. Someone not signed in is sent to sign in and brought back; a viewer gets a 403.
    static func form(key: FacilityKey, _ request: Request, context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        guard context.user != nil else {
            return Response(status: .seeOther, headers: [.location: ReturnPath.signIn(returningTo: SiteURL.newOperatorRecord(key).path)])
        }
        try context.requireRole(.editor)
        let facility = try await registryFacility(key, database: database)
        var draft = OperatorRecordDraft()
        draft[.contractType] = facility.typeDetailed ?? ""
        return try await render(draft, key: key, facility: facility, problems: [], status: .ok, context: context, database: database)
    }

    /// Stores the posted record, then shows the facility's page (303); or the form again (422).
    static func create(key: FacilityKey, _ request: Request, context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        let editor = try context.requireRole(.editor)
        let facility = try await registryFacility(key, database: database)
        var request = request
        let form = try await FormFields.read(&request)
        var draft = OperatorRecordDraft { form[$0.rawValue] }
        draft[.code] = facility.code
        switch draft.validated(source: "web form") {
        case .failure(let invalid):
            return try await render(draft, key: key, facility: facility, problems: invalid.problems, status: .unprocessableContent,
                                    context: context, database: database)
        case .success(let record):
            try await FacilityRegistry(database: database).addOperatorRecord(record, by: editor.email,
                                                                            audit: .user(id: editor.id, email: editor.email))
        }
        return Response(status: .seeOther, headers: [.location: SiteURL.facility(FacilityKey(rawValue: facility.code)).path + "#registry"])
    }

    /// The registry facility a page key names: a code, or a workbook key with an accepted code.
    static func registryFacility(_ key: FacilityKey, database: VigilDatabase) async throws -> RegistryFacility {
        let registry = RegistryQueries(database: database)
        if let facility = try await registry.facility(code: key.rawValue.uppercased()) { return facility }
        if let match = try await registry.match(key: key), let facility = try await registry.facility(code: match.code) { return facility }
        throw WebError.notFound(t("operators.no_registry_code", ["key": key.rawValue]))
    }

    static func render(_ draft: OperatorRecordDraft, key: FacilityKey, facility: RegistryFacility, problems: [OperatorRecordDraft.Problem],
                       status: HTTPResponse.Status, context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        let model = OperatorFormModel(chrome: await PageChrome.load(database: database), csrfToken: context.signIn?.csrfToken ?? "",
                                      key: key, facility: facility, draft: draft, problems: problems)
        return HTMLResponse.make(OperatorFormView.render(model), status: status)
    }
}
