/// Why a value typed into a form (or a file's cell) was refused, as data: the web draws it in the
/// reader's language from the catalogue (`problem.<key>`), and the command line prints
/// `englishMessage`. A reason not yet given its own case is `.other`, in English only.
public enum FieldProblemReason: Sendable, Hashable {
    case required
    case tooLong(count: Int, max: Int)
    case containsNUL
    case notADate(String)
    case beforeEarliest(CalendarDate, earliest: CalendarDate)
    case inFuture(CalendarDate, today: CalendarDate)
    case notOneOf(String, choices: [String])
    case notAWebAddress(String)
    case unknownFacility(String)
    case notYesOrNo(String)
    case notAnANumber(String)
    case notDollars(String)
    case notAConviction(String)
    case notACondition(String, choices: [String])
    case beforeBirth(CalendarDate, birth: CalendarDate)
    /// A line of a list of documents that is not `fact | title | date | kept or missing`.
    case notADocument(number: Int, line: String)
    /// A problem with one part of the `number`th document of a list.
    indirect case inDocument(number: Int, FieldProblemReason)
    /// A custody event of this kind names the facility the person was taken to.
    case eventNeedsFacility(kind: String)
    /// A bond-set event gives the bond's amount.
    case eventNeedsAmount
    /// A bond step says what it rests on.
    case stepNeedsEvidence
    /// A bond step of this stage gives an amount.
    case amountNeeded
    /// A posted bond gives the receipt number of this form (I-352, I-305).
    case receiptNeeded(form: String)
    case obligorNeeded
    case chooseCase
    case chooseBond
    /// An obligor's checked document gives the day it was checked.
    case checkedOnNeeded
    /// Too long, saying only the limit (the letter, sign-on and press forms).
    case atMost(max: Int)
    case containsControlCharacter
    /// A letter's date, which may also be spelled (`November 15, 2024`).
    case notADateOrSpelled(String)
    /// An optional date that is neither blank nor YYYY-MM-DD.
    case dateOrBlank
    case notAState(String)
    case chooseScope
    /// A sign-on's website that does not start with a scheme.
    case websiteNeedsScheme
    /// A pasted article's address: a scheme and no spaces.
    case addressNeedsScheme
    case notAnEmailAddress(String)
    case consentNeeded
    case needsBodyOrDemand
    case pasteText
    /// A pasted article over the audit's limit.
    case articleTooLong(max: Int)
    case other(String)

    /// The catalogue key of the reason's message (`problem.required`), nil for `.other`.
    public var key: String? {
        switch self {
        case .required: "problem.required"
        case .tooLong: "problem.too_long"
        case .containsNUL: "problem.contains_nul"
        case .notADate: "problem.not_a_date"
        case .beforeEarliest: "problem.before_earliest"
        case .inFuture: "problem.in_future"
        case .notOneOf: "problem.not_one_of"
        case .notAWebAddress: "problem.not_a_web_address"
        case .unknownFacility: "problem.unknown_facility"
        case .notYesOrNo: "problem.not_yes_or_no"
        case .notAnANumber: "problem.not_an_a_number"
        case .notDollars: "problem.not_dollars"
        case .notAConviction: "problem.not_a_conviction"
        case .notACondition: "problem.not_a_condition"
        case .beforeBirth: "problem.before_birth"
        case .notADocument: "problem.not_a_document"
        case .inDocument: "problem.in_document"
        case .eventNeedsFacility: "problem.event_needs_facility"
        case .eventNeedsAmount: "problem.event_needs_amount"
        case .stepNeedsEvidence: "problem.step_needs_evidence"
        case .amountNeeded: "problem.amount_needed"
        case .receiptNeeded: "problem.receipt_needed"
        case .obligorNeeded: "problem.obligor_needed"
        case .chooseCase: "problem.choose_case"
        case .chooseBond: "problem.choose_bond"
        case .checkedOnNeeded: "problem.checked_on_needed"
        case .atMost: "problem.at_most"
        case .containsControlCharacter: "problem.contains_control_character"
        case .notADateOrSpelled: "problem.not_a_date_or_spelled"
        case .dateOrBlank: "problem.date_or_blank"
        case .notAState: "problem.not_a_state"
        case .chooseScope: "problem.choose_scope"
        case .websiteNeedsScheme: "problem.website_needs_scheme"
        case .addressNeedsScheme: "problem.address_needs_scheme"
        case .notAnEmailAddress: "problem.not_an_email_address"
        case .consentNeeded: "problem.consent_needed"
        case .needsBodyOrDemand: "problem.needs_body_or_demand"
        case .pasteText: "problem.paste_text"
        case .articleTooLong: "problem.article_too_long"
        case .other: nil
        }
    }

    /// The values the message names, as text; dates as ISO days, which read the same in every language.
    /// A problem inside a document names it in English here: `arguments(inner:number:)` gives it in another language.
    public var arguments: [String: String] {
        arguments(inner: { $0.englishMessage }, number: { PipelineEventSummary.englishCount(Double($0)) })
    }

    /// The values the message names, with a problem inside a document written by `inner` and a limit
    /// grouped by `number` (`100,000`, `100.000`).
    public func arguments(inner: (FieldProblemReason) -> String, number: (Int) -> String) -> [String: String] {
        switch self {
        case .required, .containsNUL, .eventNeedsAmount, .stepNeedsEvidence, .amountNeeded, .obligorNeeded, .chooseCase, .chooseBond,
             .checkedOnNeeded, .containsControlCharacter, .dateOrBlank, .chooseScope, .websiteNeedsScheme, .addressNeedsScheme,
             .consentNeeded, .needsBodyOrDemand, .pasteText: [:]
        case .atMost(let max), .articleTooLong(let max): ["max": number(max)]
        case .notADateOrSpelled(let value), .notAState(let value), .notAnEmailAddress(let value): ["value": value]
        case .receiptNeeded(let form): ["form": form]
        case .tooLong(let count, let max): ["count": String(count), "max": String(max)]
        case .notADate(let value), .notAWebAddress(let value), .unknownFacility(let value), .notYesOrNo(let value),
             .notAnANumber(let value), .notDollars(let value), .notAConviction(let value): ["value": value]
        case .notACondition(let value, let choices): ["value": value, "choices": choices.joined(separator: ", ")]
        case .beforeBirth(let date, let birth): ["date": date.iso, "birth": birth.iso]
        case .notADocument(let number, let line): ["number": String(number), "value": line]
        case .inDocument(let number, let reason): ["number": String(number), "problem": inner(reason)]
        case .eventNeedsFacility(let kind): ["kind": kind]
        case .beforeEarliest(let date, let earliest): ["date": date.iso, "earliest": earliest.iso]
        case .inFuture(let date, let today): ["date": date.iso, "today": today.iso]
        case .notOneOf(let value, let choices): ["value": value, "choices": choices.joined(separator: ", ")]
        case .other(let message): ["message": message]
        }
    }

    /// For the command line and logs.
    public var englishMessage: String {
        guard let key else { return arguments["message"] ?? "" }
        return Catalogue.english.text(key, arguments)
    }
}
