import Foundation

/// The sign-on form as submitted: every field as typed, not yet checked.
public struct SignatureDraft: Sendable, Hashable {
    public var organization = ""
    public var city = ""
    public var state = ""
    public var scope = ""
    public var website = ""
    public var contactName = ""
    public var email = ""
    /// The consent box: "yes" when ticked.
    public var consent = ""

    public init() {}

    /// The form's field names, in the order the form shows them.
    public static let fieldNames = ["organization", "city", "state", "scope", "website", "contact_name", "email", "consent"]

    public init(fields: (String) -> String?) {
        organization = fields("organization") ?? ""
        city = fields("city") ?? ""
        state = fields("state") ?? ""
        scope = fields("scope") ?? ""
        website = fields("website") ?? ""
        contactName = fields("contact_name") ?? ""
        email = fields("email") ?? ""
        consent = fields("consent") ?? ""
    }

    /// The signature, or every problem by field name.
    public func validated() -> Result<SignatureRequest, SignatureInvalid> {
        var problems: [String: FieldProblemReason] = [:]
        func text(_ name: String, _ value: String, required: Bool, max: Int = 200) -> String? {
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if trimmed.isEmpty {
                if required { problems[name] = .required }
                return nil
            }
            if trimmed.count > max { problems[name] = .atMost(max: max); return nil }
            if trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                problems[name] = .containsControlCharacter
                return nil
            }
            return trimmed
        }
        let organization = text("organization", self.organization, required: true)
        let city = text("city", self.city, required: false, max: 100)
        var state: String?
        if let written = text("state", self.state, required: false, max: 40) {
            if let code = StateName.code(written), StateName.codes.values.contains(code) { state = code } else {
                problems["state"] = .notAState(written)
            }
        }
        var scope: SignatureScope?
        if let written = text("scope", self.scope, required: true, max: 20) {
            scope = SignatureScope(rawValue: written.lowercased())
            if scope == nil { problems["scope"] = .chooseScope }
        }
        var website: String?
        if let written = text("website", self.website, required: false, max: 300) {
            let lower = written.lowercased()
            if (lower.hasPrefix("https://") || lower.hasPrefix("http://")) && !written.contains(" ") && written.count > 10 {
                website = written
            } else {
                problems["website"] = .websiteNeedsScheme
            }
        }
        let contact = text("contact_name", self.contactName, required: true, max: 120)
        var email: String?
        if let written = text("email", self.email, required: true, max: 254) {
            if User.isPlausibleEmail(written) { email = User.normalizedEmail(written) } else {
                problems["email"] = .notAnEmailAddress(written)
            }
        }
        if !["yes", "on", "true", "1"].contains(consent.lowercased()) {
            problems["consent"] = .consentNeeded
        }
        guard problems.isEmpty, let organization, let scope, let contact, let email else {
            return .failure(SignatureInvalid(problems: problems))
        }
        return .success(SignatureRequest(organization: organization, city: city, state: state, scope: scope, website: website,
                                         contactName: contact, email: email))
    }
}

/// A checked sign-on: what is stored, waiting for its e-mail to be confirmed.
public struct SignatureRequest: Sendable, Hashable {
    public var organization: String
    public var city: String?
    public var state: String?
    public var scope: SignatureScope
    public var website: String?
    public var contactName: String
    /// Normalized (trimmed, lower case), so the same address signing twice is folded.
    public var email: String

    public init(organization: String, city: String? = nil, state: String? = nil, scope: SignatureScope, website: String? = nil,
                contactName: String, email: String) {
        self.organization = organization
        self.city = city
        self.state = state
        self.scope = scope
        self.website = website
        self.contactName = contactName
        self.email = email
    }
}

/// Why a sign-on form was not accepted: a reason per field, said in the reader's language when the form is drawn.
public struct SignatureInvalid: Error, Sendable, Hashable {
    public var problems: [String: FieldProblemReason]

    public init(problems: [String: FieldProblemReason]) { self.problems = problems }
}
