import VigilCore
import VigilStore

// Why an organization's form changed nothing, as the page says it in its language. The English
// `description` stays for `vigil org`, whose commands it names.

extension OrganizationError {
    var localizedMessage: String {
        switch self {
        case .slugTaken(let slug): t("organizations.refusal.slug_taken", ["slug": slug])
        case .invalidSlug(let slug): t("organizations.refusal.invalid_slug", ["slug": slug])
        case .blankName: t("organizations.refusal.blank_name")
        case .noSuchOrganization(let slug): t("organizations.no_such_organization", ["slug": slug])
        case .noSuchUser(let email): t("organizations.refusal.no_such_user", ["email": email])
        case .blankReason: t("organizations.refusal.blank_reason")
        }
    }
}
