import Foundation
import SQLKit
import VigilCore

/// The expansion pipeline per site, read from the stored lists, links and releases.
///
/// A site is a registry facility where a record is linked to one with confidence, otherwise
/// the place the record names: an agenda item's county or city, a 287(g) agreement's county
/// (or its agency, for a state agency), a detention award's county of performance. Detention
/// awards with no link and no county name no place, and appear in the money tables only.
/// Facilities reached this way also get their first appearance in an ICE release with people
/// held, ICE's guaranteed minimum and their growth since, from the workbooks.
public struct ExpansionQueries: Sendable {
    public let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    /// The licence the expansion lists carry, which everything showing them repeats.
    public static let licence = "CC BY-SA 4.0"
    public static let attribution = "Contract awards, agenda items, 287(g) agreements, dossiers and funded beds: markramm's detention research lists, CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); what Vigil derives from them is shared under the same licence."

    /// Every site, newest activity first; with `code`, only that registry facility's.
    public func sites(code: String? = nil) async throws -> [ExpansionSite] {
        let db = database.sql
        let links = try await acceptedLinks(on: db)
        var builder = SiteBuilder(onlyCode: code)

        for a in try await db.raw("""
            SELECT a.award_id, a.source_row, s.file_name, a.recipient, a.amount_usd, a.description, a.start_date, a.fiscal_year,
                   a.place_state, a.place_county, a.detention_related
            FROM contract_awards a JOIN expansion_sources s ON s.sha256 = a.source_sha256
            WHERE a.detention_related = 1 ORDER BY a.award_id
            """).all(decoding: AwardRow.self) {
            guard let date = a.start_date.flatMap({ CalendarDate(iso: $0) }) else { continue }
            let text = a.description ?? ""
            let stage: PipelineStage = PipelineStage.isSolicitation(text) ? .solicitation : .award
            let event = PipelineEvent(
                stage: stage, date: date,
                what: .award(id: a.award_id, recipient: a.recipient, dollars: a.amount_usd, description: text,
                             modification: PipelineStage.isModification(text)),
                citation: "\(a.file_name), row \(a.source_row), award \(a.award_id) (\(Self.licence))")
            if let code = links["award|\(a.award_id)"] {
                builder.add(event, toFacility: code, operatorName: a.recipient)
            } else if let county = a.place_county, let state = a.place_state {
                builder.add(event, toPlace: county.capitalized, state: state, operatorName: a.recipient)
            }
        }

        for i in try await db.raw("""
            SELECT c.item_id, c.source_row, s.file_name, c.title, c.place, c.state, c.meeting_date, c.vote_result, c.source
            FROM commission_items c JOIN expansion_sources s ON s.sha256 = c.source_sha256 ORDER BY c.item_id
            """).all(decoding: AgendaItemRow.self) {
            guard let date = CalendarDate(iso: i.meeting_date) else { continue }
            let event = PipelineEvent(
                stage: PipelineStage.isSolicitation(i.title) ? .solicitation : .signal, date: date,
                what: .agendaItem(title: i.title, vote: i.vote_result),
                citation: "\(i.file_name), row \(i.source_row)\(i.source.map { ", \($0)" } ?? "") (\(Self.licence))")
            if let code = links["agenda-item|\(i.item_id)"] {
                builder.add(event, toFacility: code, operatorName: nil)
            } else {
                builder.add(event, toPlace: i.place, state: i.state, operatorName: nil)
            }
        }

        for g in try await db.raw("""
            SELECT g.agreement_id, g.source_row, s.file_name, g.state, g.county, g.agency, g.model, g.signed_date
            FROM agreements_287g g JOIN expansion_sources s ON s.sha256 = g.source_sha256 ORDER BY g.agreement_id
            """).all(decoding: AgreementRow.self) {
            guard let date = CalendarDate(iso: g.signed_date) else { continue }
            let event = PipelineEvent(stage: .signal, date: date, what: .agreement287g(model: g.model, agency: g.agency),
                                      citation: "\(g.file_name), row \(g.source_row) (\(Self.licence))")
            builder.add(event, toPlace: g.county ?? g.agency, state: g.state, operatorName: nil)
        }

        for d in try await dossiers(on: db) {
            guard let year = ContractDossier(slug: d.slug, title: d.title, period: d.period_text, body: "", fileName: d.file_name).firstYear,
                  let date = CalendarDate(year: year, month: 1, day: 1) else { continue }
            let proposed = (d.period_text ?? "").lowercased().contains("propos")
            var events = [PipelineEvent(
                stage: proposed ? .signal : .award, date: date,
                what: .dossier(title: d.title, value: d.value_text),
                citation: "contract dossier \(d.file_name) (\(Self.licence))")]
            if let beds = d.beds_text {
                events.append(PipelineEvent(stage: .fundedBeds, date: date, what: .dossierBeds(beds),
                                            citation: "contract dossier \(d.file_name) (\(Self.licence))"))
            }
            if let code = links["dossier|\(d.slug)"] {
                for e in events { builder.add(e, toFacility: code, operatorName: d.contractor) }
            } else if let facility = d.facility_slug {
                for e in events {
                    builder.add(e, toSite: "dossier:\(facility)", name: facility.split(separator: "-").joined(separator: " ").capitalized,
                                state: nil, operatorName: d.contractor)
                }
            }
        }

        // The late end, from ICE's own releases, for every facility the early end reached.
        for code in builder.facilityCodes {
            for event in try await releaseEvents(code: code, on: db) { builder.add(event, toFacility: code, operatorName: nil) }
        }
        // Newest activity first; then by name and id, so the order never depends on hashing.
        let never = CalendarDate(year: 1, month: 1, day: 1)!
        return try await builder.sites(on: db).sorted {
            ($0.latestActivity ?? never, $1.name, $1.id) > ($1.latestActivity ?? never, $0.name, $0.id)
        }
    }

    /// The timeline of one registry facility (empty when no expansion record reaches it).
    public func site(code: String) async throws -> ExpansionSite? {
        try await sites(code: code).first { $0.code == code }
    }

    /// Accepted links, keyed `kind|key`.
    func acceptedLinks(on db: any SQLDatabase) async throws -> [String: String] {
        var links: [String: String] = [:]
        for l in try await db.raw("SELECT * FROM expansion_links WHERE accepted = 1 AND code IS NOT NULL").all(decoding: LinkRow.self) {
            links["\(l.record_kind)|\(l.record_key)"] = l.code
        }
        return links
    }

    func dossiers(on db: any SQLDatabase) async throws -> [DossierRow] {
        try await db.raw("""
            SELECT slug, file_name, title, contractor, facility_slug, value_text, period_text, beds_text, body
            FROM contract_dossiers ORDER BY slug
            """).all(decoding: DossierRow.self)
    }

    /// First appearance with people held, ICE's first guaranteed minimum, and growth since,
    /// from the release rows of every workbook facility tied to the code.
    func releaseEvents(code: String, on db: any SQLDatabase) async throws -> [PipelineEvent] {
        struct Held: Decodable { var as_of_date: String; var file_name: String?; var source_row: Int; var adp: Double?; var guaranteed_minimum: Double? }
        let rows = try await db.raw("""
            SELECT r.as_of_date, (SELECT MIN(f.file_name) FROM release_files f WHERE f.release_id = r.id) AS file_name,
                   o.source_row, o.adp, o.guaranteed_minimum
            FROM facility_observations o
            JOIN facility_matches m ON m.facility_key = o.facility_key AND m.accepted = 1 AND m.code = \(bind: code)
            JOIN releases r ON r.id = o.release_id
            WHERE o.adp > 0
            ORDER BY r.as_of_date, o.source_row
            """).all(decoding: Held.self)
        guard let first = rows.first, let firstDate = CalendarDate(iso: first.as_of_date), let last = rows.last,
              let lastDate = CalendarDate(iso: last.as_of_date) else { return [] }
        var events = [PipelineEvent(stage: .firstBookIn, date: firstDate,
                                    what: .firstListed(adp: first.adp ?? 0),
                                    citation: "\(first.file_name ?? "ICE release of \(first.as_of_date)"), row \(first.source_row)")]
        if let gm = rows.first(where: { ($0.guaranteed_minimum ?? 0) > 0 }), let date = CalendarDate(iso: gm.as_of_date) {
            events.append(PipelineEvent(stage: .fundedBeds, date: date,
                                        what: .guaranteedMinimum(beds: gm.guaranteed_minimum ?? 0),
                                        citation: "\(gm.file_name ?? "ICE release of \(gm.as_of_date)"), row \(gm.source_row)"))
        }
        if lastDate > firstDate {
            let change = (last.adp ?? 0) - (first.adp ?? 0)
            events.append(PipelineEvent(stage: .growth, date: lastDate,
                                        what: .growth(adp: last.adp ?? 0, change: change),
                                        citation: "\(last.file_name ?? "ICE release of \(last.as_of_date)"), row \(last.source_row)"))
        }
        return events
    }
}

/// Gathers events by site while the queries run.
struct SiteBuilder {
    /// When set, only this registry facility's events are kept (a facility page's timeline).
    var onlyCode: String?
    private var events: [String: [PipelineEvent]] = [:]
    private var places: [String: (name: String, state: String?)] = [:]
    private var operators: [String: (date: CalendarDate, name: String)] = [:]
    private(set) var facilityCodes: [String] = []

    init(onlyCode: String? = nil) { self.onlyCode = onlyCode }

    mutating func add(_ event: PipelineEvent, toFacility code: String, operatorName: String?) {
        if let onlyCode, onlyCode != code { return }
        let id = "code:\(code)"
        if events[id] == nil { facilityCodes.append(code) }
        record(event, id: id, operatorName: operatorName)
    }

    mutating func add(_ event: PipelineEvent, toPlace place: String, state: String, operatorName: String?) {
        if onlyCode != nil { return }
        let id = ExpansionSite.placeID(state: state, place: place)
        if places[id] == nil { places[id] = (place, state) }
        record(event, id: id, operatorName: operatorName)
    }

    mutating func add(_ event: PipelineEvent, toSite id: String, name: String, state: String?, operatorName: String?) {
        if onlyCode != nil { return }
        if places[id] == nil { places[id] = (name, state) }
        record(event, id: id, operatorName: operatorName)
    }

    private mutating func record(_ event: PipelineEvent, id: String, operatorName: String?) {
        events[id, default: []].append(event)
        if let operatorName, operators[id].map({ $0.date <= event.date }) ?? true { operators[id] = (event.date, operatorName) }
    }

    /// The sites, with registry names, places and operators filled in.
    func sites(on db: any SQLDatabase) async throws -> [ExpansionSite] {
        struct Facility: Decodable { var code: String; var name: String; var state: String?; var latitude: Double?; var longitude: Double? }
        var facilities: [String: Facility] = [:]
        if !facilityCodes.isEmpty {
            for f in try await db.raw("SELECT code, name, state, latitude, longitude FROM facilities WHERE code IN (\(binds: facilityCodes))")
                .all(decoding: Facility.self) { facilities[f.code] = f }
        }
        struct Operator: Decodable { var code: String; var `operator`: String?; var as_of_date: String }
        var runBy: [String: String] = [:]
        if !facilityCodes.isEmpty {
            for o in try await db.raw("""
                SELECT code, operator, as_of_date FROM facility_operators WHERE code IN (\(binds: facilityCodes)) AND operator IS NOT NULL
                ORDER BY as_of_date
                """).all(decoding: Operator.self) { runBy[o.code] = o.operator }
        }
        return events.map { id, list in
            if id.hasPrefix("code:") {
                let code = String(id.dropFirst(5))
                let f = facilities[code]
                return ExpansionSite(id: id, code: code, name: f?.name ?? code, state: f?.state, latitude: f?.latitude, longitude: f?.longitude,
                                     operatorName: runBy[code] ?? operators[id]?.name, events: list)
            }
            let place = places[id]
            return ExpansionSite(id: id, code: nil, name: place?.name ?? id, state: place?.state, operatorName: operators[id]?.name, events: list)
        }
    }
}
