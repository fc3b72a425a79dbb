import Foundation
import Hummingbird
import VigilCore
import VigilMail
import VigilStore

/// Signing a letter, confirming by the e-mailed link, and withdrawing.
///
/// A sign-on is dropped without a word when its honeypot field is filled (scripts fill every
/// field), refused (429) past the per-address or per-e-mail limit, and otherwise stored
/// unconfirmed with an e-mail sent: only a followed link sends it to review. The same e-mail
/// signing again is folded into its signature. Links ask before they act (GET shows a button,
/// POST acts), since mail scanners open links.
struct SignOnController: Sendable {
    let database: VigilDatabase
    let settings: SignOnSettings
    let cookies: AccountCookies

    static var checkYourEmail: String { t("letters.check_your_email") }
    static var tooMany: String { t("letters.too_many_signatures") }

    func sign(id: Int, request: Request, context: VigilRequestContext) async throws -> Response {
        var request = request
        let form = try await FormFields.read(&request)
        let letter = try await LettersController.readable(id, context: context, database: database)
        let token = context.signIn?.csrfToken ?? request.cookies[AccountCookies.signInCSRF]?.value ?? ""
        var state = LetterPageModel.SignOnForm(csrfToken: token, mailAvailable: settings.send != nil)
        guard letter.status == .open else {
            throw WebError.conflict(t("letters.not_open", ["status": LetterPageView.status(letter.status).lowercased()]))
        }
        // The confirmation e-mail below is written in the language of this request (`SiteLanguage.current`):
        // the language the person read the form in. The honeypot: a person never sees the field. Answer as if it worked, store nothing.
        if let trap = form[LetterPageView.honeypotField], !trap.isEmpty {
            state.notice = Self.checkYourEmail
            return try await render(letter, state, status: .ok, context: context)
        }
        let draft = SignatureDraft { form[$0] }
        state.draft = draft
        guard let send = settings.send else {
            return try await render(letter, state, status: .serviceUnavailable, context: context)
        }
        let signature: SignatureRequest
        switch draft.validated() {
        case .failure(let invalid):
            state.problems = invalid.problems
            return try await render(letter, state, status: .unprocessableContent, context: context)
        case .success(let valid):
            signature = valid
        }
        let address = ClientAddress.resolve(peer: context.remoteAddress?.ipAddress,
                                            forwardedFor: request.headers[values: .init("X-Forwarded-For")!],
                                            trustedProxies: settings.trustedProxies)
        let now = settings.now()
        let addressLimited = await settings.perAddress.isLimited(["address:" + address], now: now)
        let emailLimited = await settings.perEmail.isLimited(["email:" + signature.email], now: now)
        if addressLimited || emailLimited {
            state.notice = Self.tooMany
            return try await render(letter, state, status: .tooManyRequests, context: context)
        }
        await settings.perAddress.record(["address:" + address], now: now)
        await settings.perEmail.record(["email:" + signature.email], now: now)

        let outcome = try await SignatureArchive(database: database).submit(signature, letterID: id, now: now)
        switch outcome {
        case .created(_, let links), .folded(_, let links):
            let mail = SignOnEmail.confirmation(to: signature.email, organization: signature.organization, letterTitle: letter.title,
                                                confirmURL: settings.absolute(.letterConfirm(token: links.confirm)),
                                                withdrawURL: settings.absolute(.letterWithdraw(token: links.withdraw)),
                                                hoursValid: Int(SignatureArchive.confirmationLifetime / 3600))
            do {
                try await send(mail)
            } catch {
                context.logger.error("sign-on confirmation e-mail not sent", metadata: ["error": "\(error)"])
                state.notice = Self.mailFailedNotice(error)
                return try await render(letter, state, status: .serviceUnavailable, context: context)
            }
        case .alreadyDecided:
            // Said the same way as a new signature, so the form does not tell anyone which addresses have signed.
            break
        }
        state.draft = SignatureDraft()
        state.notice = Self.checkYourEmail
        return try await render(letter, state, status: .ok, context: context)
    }

    /// That the confirmation was not sent, in the reader's language. The mail server's own answer, when it
    /// refused, is quoted and said to be its words (it is in the server's language); any other cause
    /// (Vigil's English account of a connection that failed) goes to the log, not into the sentence.
    static func mailFailedNotice(_ error: any Error) -> String {
        if case let .rejected(_, _, code, reply)? = error as? MailError {
            return t("letters.mail_failed_server_said", ["reply": "\(code) \(reply)"])
        }
        return t("letters.mail_failed")
    }

    func linkPage(_ purpose: SignOnLinkModel.Purpose, request: Request, context: VigilRequestContext) async throws -> Response {
        let token = QueryParameters(query: request.uri.query)["token"] ?? ""
        let existing = request.cookies[AccountCookies.signInCSRF]?.value
        let csrf = context.signIn?.csrfToken ?? existing.flatMap { $0.isEmpty ? nil : $0 } ?? SignInSessions.randomToken()
        let outcome = try await SignatureArchive(database: database).peek(token: token, purpose: purpose == .confirm ? .confirm : .withdraw,
                                                                          now: settings.now())
        let state: SignOnLinkModel.State
        switch outcome {
        case .done(let row):
            let letter = try await LetterQueries(database: database).letter(id: row.letterID)
            state = .ask(organization: row.organization, letterTitle: letter?.title ?? t("letters.the_letter"), letterID: row.letterID)
        default:
            state = .refused(message: Self.refusal(outcome, purpose))
        }
        var response = HTMLResponse.make(SignOnLinkView.render(SignOnLinkModel(chrome: await PageChrome.load(database: database, section: .letters),
                                                                                 purpose: purpose, token: token, csrfToken: csrf, state: state)))
        if context.signIn == nil, existing != csrf { response.setCookie(cookies.signInCSRF(csrf)) }
        response.headers[.cacheControl] = "private, no-store"
        return response
    }

    func follow(_ purpose: SignOnLinkModel.Purpose, request: Request, context: VigilRequestContext) async throws -> Response {
        var request = request
        let form = try await FormFields.read(&request)
        let token = form["token"] ?? ""
        let archive = SignatureArchive(database: database)
        let outcome: SignatureArchive.LinkOutcome
        if purpose == .confirm {
            outcome = try await archive.confirm(token: token, now: settings.now())
        } else {
            outcome = try await archive.withdraw(token: token, now: settings.now())
        }
        let state: SignOnLinkModel.State
        var status = HTTPResponse.Status.ok
        switch outcome {
        case .done(let row):
            let message = purpose == .confirm
                ? t("letters.signature_confirmed", ["organization": row.organization])
                : t("letters.signature_withdrawn", ["organization": row.organization])
            state = .done(message: message, letterID: row.letterID)
        default:
            state = .refused(message: Self.refusal(outcome, purpose))
            status = outcome == .expired ? .gone : .notFound
        }
        let csrf = context.signIn?.csrfToken ?? request.cookies[AccountCookies.signInCSRF]?.value ?? ""
        return HTMLResponse.make(SignOnLinkView.render(SignOnLinkModel(chrome: await PageChrome.load(database: database, section: .letters),
                                                                         purpose: purpose, token: token, csrfToken: csrf, state: state)),
                                 status: status)
    }

    static func refusal(_ outcome: SignatureArchive.LinkOutcome, _ purpose: SignOnLinkModel.Purpose) -> String {
        switch outcome {
        case .expired:
            purpose == .confirm ? t("letters.link.expired_confirm") : t("letters.link.expired_withdraw")
        case .used: t("letters.link.used")
        default: t("letters.link.unknown")
        }
    }

    private func render(_ letter: LetterRecord, _ state: LetterPageModel.SignOnForm, status: HTTPResponse.Status,
                        context: VigilRequestContext) async throws -> Response {
        var response = HTMLResponse.make(LetterPageView.render(try await LettersController.model(letter, form: state, context: context,
                                                                                               database: database)), status: status)
        response.headers[.cacheControl] = "private, no-store"
        return response
    }
}
