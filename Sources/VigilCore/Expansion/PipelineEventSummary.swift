import Foundation

/// What happened at one stage of a site's timeline, as data: pages draw it in the reader's language
/// from the catalogue (`expansion.summary.<kind>`), while the API and downloads keep `english`.
public enum PipelineEventSummary: Sendable, Hashable {
    /// A federal contract award (or a modification of one) and the first words of its description.
    case award(id: String, recipient: String?, dollars: Double?, description: String, modification: Bool)
    /// A county or city agenda item and, when recorded, how the vote went.
    case agendaItem(title: String, vote: String?)
    case agreement287g(model: String, agency: String)
    /// A researched contract dossier, dated by its first year only.
    case dossier(title: String, value: String?)
    case dossierBeds(String)
    /// The first ICE release listing the facility with people held.
    case firstListed(adp: Double)
    case guaranteedMinimum(beds: Double)
    /// ADP in the latest release, and the change since first listed.
    case growth(adp: Double, change: Double)

    /// The catalogue key of the message.
    public var key: String {
        switch self {
        case .award(_, _, let dollars, _, let modification):
            "expansion.summary." + (modification ? "modification" : "award") + (dollars == nil ? "_no_amount" : "")
        case .agendaItem(_, let vote): vote == nil ? "expansion.summary.agenda_item" : "expansion.summary.agenda_item_vote"
        case .agreement287g: "expansion.summary.agreement_287g"
        case .dossier(_, let value): value == nil ? "expansion.summary.dossier" : "expansion.summary.dossier_value"
        case .dossierBeds: "expansion.summary.dossier_beds"
        case .firstListed: "expansion.summary.first_listed"
        case .guaranteedMinimum: "expansion.summary.guaranteed_minimum"
        case .growth(_, let change): change >= 0 ? "expansion.summary.growth_up" : "expansion.summary.growth_down"
        }
    }

    /// The message in `catalogue`'s language, numbers written by `number`.
    public func text(in catalogue: Catalogue, number: (Double) -> String) -> String {
        let arguments: [String: String] = switch self {
        case .award(let id, let recipient, let dollars, let description, _):
            ["id": id, "recipient": recipient ?? catalogue.text("expansion.summary.unnamed_recipient"),
             "amount": dollars.map(number) ?? "", "description": String(description.prefix(140))]
        case .agendaItem(let title, let vote): ["title": title, "vote": vote ?? ""]
        case .agreement287g(let model, let agency): ["model": model, "agency": agency]
        case .dossier(let title, let value): ["title": title, "value": value ?? ""]
        case .dossierBeds(let beds): ["beds": beds]
        case .firstListed(let adp): ["adp": number(adp)]
        case .guaranteedMinimum(let beds): ["beds": number(beds)]
        case .growth(let adp, let change): ["adp": number(adp), "change": number(abs(change))]
        }
        return catalogue.text(key, arguments)
    }

    /// For the API and downloads, which stay in English.
    public var english: String { text(in: .english, number: Self.englishCount) }

    /// A whole number as U.S. English writes it: 12,000,000.
    public static func englishCount(_ value: Double) -> String {
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.maximumFractionDigits = 0
        formatter.locale = Locale(identifier: "en_US")
        return formatter.string(from: NSNumber(value: value.rounded())) ?? String(Int(value.rounded()))
    }
}
