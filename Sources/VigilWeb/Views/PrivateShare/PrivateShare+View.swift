import Plot
import VigilCore
import VigilStore

/// The private-share page: a pure function of `PrivateShareModel`.
enum PrivateShareView {
    static func render(_ model: PrivateShareModel) -> HTML {
        guard let page = model.content else {
            return Layout.page(title: t("private_share.private_share"), description: t("private_share.no_releases_imported_yet"), chrome: model.chrome,
                               .h1(.text(t("private_share.private_share"))), .p(.text(t("private_share.import_ice_s_workbooks_and_a"))))
        }
        let n = page.national
        return Layout.page(
            title: t("private_share.who_runs_detention_private_share"),
            description: t("private_share.description", ["date": page.release.asOfDate.iso]),
            chrome: model.chrome,
            .p(.class("eyebrow"), .text(t("private_share.operators"))),
            .h1(.text(t("private_share.how_much_of_detention_is_privately"))),
            .p(.class("lede"),
               .text(t("private_share.the_share_of_average_daily_population")),
               .text(t("private_share.lede_release", ["date": Format.date(page.release.asOfDate)]))),
            picker(page),
            .div(.class("stats"),
                 Components.stat(Format.percent(n?.privateShare), t("private_share.of_adp_in_privately_operated_facilities"),
                                 note: t("private_share.unknown_operators_counted_in_the_denominator")),
                 Components.stat(Format.percent(n?.privateShareOfKnown), t("private_share.of_adp_whose_operator_is_known"),
                                 note: t("private_share.unknown_operators_left_out")),
                 Components.stat(Format.count(n?.unknownADP), t("private_share.adp_with_operator_unknown"),
                                 note: t("private_share.facility_rows_count", count: n?.unknownFacilities ?? 0))),
            claimSection(page),
            methodsSection(page),
            methodSection(page),
            trendSection(page),
            perReleaseSection(page),
            .group(PrivateShare.AreaKind.allCases.filter { $0 != .national }.map { areaSection($0, page) }),
            rowsSection(page),
            unmatchedSection(page))
    }

    /// The letter's claim against the newest release: the range unknown operators leave, the
    /// verdict, and the method behind each part of the private ADP.
    static func claimSection(_ page: PrivateShareModel.Content) -> Node<HTML.BodyContext> {
        guard let claim = page.claim else { return .empty }
        let s = claim.share
        let verdict: String
        switch claim.verdict {
        case .holds: verdict = t("private_share.verdict_holds")
        case .fails: verdict = t("private_share.verdict_fails")
        case .undecided: verdict = t("private_share.verdict_undecided")
        }
        return Components.section(id: "claim", title: t("private_share.the_letter_s_claim_checked"),
            .p(.text(t("private_share.claim_checked_against", ["claim": PrivateShareClaim.wording, "date": Format.date(s.asOfDate)]))),
            .p(.class("claim-verdict verdict-\(claim.verdict.rawValue)"), .strong(.text(verdict))),
            .p(.class("small muted"), .text(t("private_share.the_verdict_is_only_as_good")),
               .text(t("private_share.add_a_newer_cited_record_from"))),
            .dl(.class("facts"),
                .dt(.text(t("private_share.at_least_unknown_counted_as_public"))), .dd(.text(Format.percent(claim.lowerBound))),
                .dt(.text(t("private_share.at_most_unknown_counted_as_private"))), .dd(.text(Format.percent(claim.upperBound))),
                .dt(.text(t("private_share.of_adp_whose_operator_is_known_2"))), .dd(.text(Format.percent(s.privateShareOfKnown))),
                .dt(.text(t("private_share.at_least_leaving_the_inference_out"))), .dd(.text(Format.percent(claim.lowerBoundWithoutInference)))),
            Components.scrollBox(
                .table(.id("claim-parts"),
                    .caption(.text(t("private_share.the_parts_of_the_newest_release"))),
                    Components.headerRow([t("private_share.part"), "#" + t("private_share.private_adp"), "#" + t("private_share.public_adp"), "#" + t("private_share.share_of_all_adp")]),
                    .tbody(
                        .group(OperatorEvidenceMethod.allCases.map { m in
                            .tr(Components.rowHeader(.text(m.localizedLabel + (m.isInference ? " (" + t("private_share.inference_word") + ")" : ""))),
                                Components.numberCell(Format.count(s.privateADPByMethod[m] ?? 0)),
                                Components.numberCell(Format.count(s.publicADPByMethod[m] ?? 0)),
                                Components.numberCell(Format.percent(s.totalADP > 0 ? s.adp(decidedBy: m) / s.totalADP : nil)))
                        }),
                        .tr(Components.rowHeader(.text(t("private_share.operator_unknown_no_method_has_evidence"))),
                            Components.numberCell("—"), Components.numberCell("—"),
                            Components.numberCell(Format.percent(s.totalADP > 0 ? s.unknownADP / s.totalADP : nil)))))))
    }

    /// What each method contributes to the selected release, and ICE's definitions behind the type method.
    static func methodsSection(_ page: PrivateShareModel.Content) -> Node<HTML.BodyContext> {
        guard let n = page.national else { return .empty }
        return Components.section(id: "methods", title: t("private_share.methods_title", ["date": page.release.asOfDate.iso]),
            .p(.text(t("private_share.each_facility_row_takes_its_operator")),
               .text(t("private_share.the_first_three_need_the_row"))),
            Components.scrollBox(
                .table(.id("method-contributions"),
                    .caption(.text(t("private_share.private_and_public_adp_by_the"))),
                    Components.headerRow([t("private_share.method"), t("private_share.label"), "#" + t("private_share.private_adp"), "#" + t("private_share.public_adp"), "#" + t("private_share.facility_rows")]),
                    .tbody(
                        .group(OperatorEvidenceMethod.allCases.map { m in
                            .tr(Components.rowHeader(.text("\(m.priority + 1). \(m.localizedLabel)")),
                                .td(.code(.text(m.rawValue)), .if(m.isInference, .span(.class("badge"), .text(t("private_share.inference"))))),
                                Components.numberCell(Format.count(n.privateADPByMethod[m] ?? 0)),
                                Components.numberCell(Format.count(n.publicADPByMethod[m] ?? 0)),
                                Components.numberCell(String(page.rows.filter { $0.evidence?.method == m }.count)))
                        }),
                        .tr(Components.rowHeader(.text(t("private_share.unknown"))), .td(.text(t("private_share.no_method_has_evidence"))),
                            Components.numberCell("—"), Components.numberCell(Format.count(n.unknownADP)),
                            Components.numberCell(String(n.unknownFacilities)))))),
            .h3(.text(t("private_share.ice_s_facility_type_definitions"))),
            .p(.text(t("private_share.only_a_definition_that_names_the"))),
            .ul(.group(FacilityTypeDefinition.all.map { d in
                .li(.strong(.text(d.type)), .text(": "),
                    .text(d.kind.map { t("private_share.counted_by_definition", ["kind": $0.localizedLabel]) + " " } ?? t("private_share.does_not_decide_the_operator")),
                    .text("“\(d.definition)” "), .span(.class("small muted"), .text("(\(d.source.localized))")))
            })),
            .h3(.text(t("private_share.the_local_government_inference"))),
            .p(.text(t("private_share.local_government_explanation"))),
            .p(.class("small muted"), .text(t("private_share.contract_awards_come_from_a_list"))))
    }

    /// Every release: ADP by method, and what is left unknown.
    static func perReleaseSection(_ page: PrivateShareModel.Content) -> Node<HTML.BodyContext> {
        Components.section(id: "per-release", title: t("private_share.per_release_what_each_method_contributes"),
            Components.scrollBox(
                .table(.id("per-release-methods"),
                    .caption(.text(t("private_share.adp_decided_by_each_method_private"))),
                    Components.headerRow([t("private_share.release")] + OperatorEvidenceMethod.allCases.map { "#" + $0.localizedLabel } + ["#" + t("private_share.unknown_adp"), "#" + t("private_share.unknown_share"), "#" + t("private_share.private_share")]),
                    .tbody(.group(page.trend.reversed().map { s in
                        .tr(Components.rowHeader(Components.link(.privateShare(releaseID: page.releases.first { $0.asOfDate == s.asOfDate }?.id), s.asOfDate.iso)),
                            .group(OperatorEvidenceMethod.allCases.map { m in
                                Components.numberCell("\(Format.count(s.privateADPByMethod[m] ?? 0)) / \(Format.count(s.publicADPByMethod[m] ?? 0))")
                            }),
                            Components.numberCell(Format.count(s.unknownADP)),
                            Components.numberCell(Format.percent(s.totalADP > 0 ? s.unknownADP / s.totalADP : nil)),
                            Components.numberCell(Format.percent(s.privateShare)))
                    })))),
            Components.downloads(t("private_share.every_release_s_shares_with_a"), csv: .download(.privateShare(.csv)), json: .download(.privateShare(.json))))
    }

    /// Rows of name-and-place lists and awards that no code was tied to with confidence.
    static func unmatchedSection(_ page: PrivateShareModel.Content) -> Node<HTML.BodyContext> {
        guard !page.unmatched.isEmpty else { return .empty }
        return Components.section(id: "unmatched", title: t("private_share.list_rows_and_awards_kept_for"),
            .p(.text(t("private_share.the_registry_matcher_could_not_tie"))),
            Components.scrollBox(
                .table(.id("unmatched-operator-rows"),
                    .caption(.text(t("private_share.rows_count", count: page.unmatched.count))),
                    Components.headerRow([t("private_share.file"), "#" + t("private_share.row"), t("private_share.method"), t("private_share.name"), t("private_share.place"), t("private_share.operator"), t("private_share.why")]),
                    .tbody(.group(page.unmatched.map { u in
                        .tr(Components.rowHeader(.code(.text(u.fileName))), Components.numberCell(String(u.row)),
                            Components.textCell(u.method.rawValue), .td(.class("small"), .text(String(u.name.prefix(160)))),
                            Components.textCell(u.place), Components.textCell(u.operatorName), .td(.class("small"), .text(u.reason)))
                    })))))
    }

    static func picker(_ page: PrivateShareModel.Content) -> Node<HTML.BodyContext> {
        .form(.class("release-picker"), .method(.get), .action(SiteURL.privateShare().path),
              .label(.for("release"), .text(t("private_share.release_as_of"))),
              .select(.id("release"), .attribute(named: "name", value: "release"),
                      .group(page.releases.map { option in
                          .element(named: "option", nodes: [
                              .attribute(named: "value", value: String(option.id)),
                              option.id == page.release.id ? .attribute(named: "selected") : .empty,
                              .text("\(option.asOfDate.iso) (\(option.fiscalYear))"),
                          ])
                      })),
              .button(.type(.submit), .text(t("private_share.show"))))
    }

    static func methodSection(_ page: PrivateShareModel.Content) -> Node<HTML.BodyContext> {
        Components.section(id: "method", title: t("private_share.method"),
            .ol(
                .li(.text(t("private_share.each_facility_row_of_the_release")), .code(.text(page.release.fileName)),
                    .text(t("private_share.is_tied_to_a_detloc_code")),
                    Components.link(.facilityReview, t("private_share.rows_without_one")), .text(t("private_share.count_as_operator_unknown"))),
                .li(.text(t("private_share.its_operator_comes_from_the_first")),
                    .text(t("private_share.records_come_from_ice_s_2015"))),
                .li(.text(t("private_share.the_operator_is_classified_private_when")),
                    .text(t("private_share.public_when_it_names_a_county"))),
                .li(.text(t("private_share.private_share_private_adp_all_adp")),
                    .text(t("private_share.note_that_ice_s_lists_record")))),
            Components.downloads(t("private_share.every_release_s_shares"), csv: .download(.privateShare(.csv)), json: .download(.privateShare(.json))))
    }

    static func trendSection(_ page: PrivateShareModel.Content) -> Node<HTML.BodyContext> {
        let points = page.trend.compactMap { s in s.privateShare.map { LineChart.Point(date: s.asOfDate, value: $0 * 100) } }
        let known = page.trend.compactMap { s in s.privateShareOfKnown.map { LineChart.Point(date: s.asOfDate, value: $0 * 100) } }
        let chart = LineChart(id: "private-share-trend", title: t("private_share.share_of_adp_in_privately_operated"),
                              description: t("private_share.percent_of_adp_one_point_per"),
                              series: [.init(name: t("private_share.series_all"), points: points),
                                       .init(name: t("private_share.series_known"), points: known)],
                              valueUnit: t("private_share.percent_unit"))
        return Components.section(id: "trend", title: t("private_share.over_time"),
            LineChartView.render(chart),
            Components.downloads(t("private_share.every_release_s_shares"), csv: .download(.privateShare(.csv)), json: .download(.privateShare(.json))))
    }

    static func areaSection(_ kind: PrivateShare.AreaKind, _ page: PrivateShareModel.Content) -> Node<HTML.BodyContext> {
        let title: String
        switch kind {
        case .aor: title = t("private_share.by_aor")
        case .state: title = t("private_share.by_state")
        case .type: title = t("private_share.by_type")
        case .national: title = t("private_share.national")
        }
        let shares = page.shares.filter { $0.areaKind == kind }.sorted { ($0.totalADP, $1.area) > ($1.totalADP, $0.area) }
        return Components.section(id: "by-\(kind.rawValue)", title: title,
            .details(.attribute(named: "open", value: kind == .type ? "open" : ""),
                .summary(.text(t("private_share.groups_count", count: shares.count))),
                Components.scrollBox(
                    .table(.caption(.text(t("private_share.area_caption", ["title": title, "date": page.release.asOfDate.iso]))),
                        Components.headerRow([t("private_share.group"), "#" + t("private_share.private_adp"), "#" + t("private_share.public_adp"), "#" + t("private_share.unknown_adp"), "#" + t("private_share.private_share"), "#" + t("private_share.of_known")]),
                        .tbody(.group(shares.map { s in
                            .tr(Components.rowHeader(.text(s.area)), Components.numberCell(Format.count(s.privateADP)),
                                Components.numberCell(Format.count(s.publicADP)), Components.numberCell(Format.count(s.unknownADP)),
                                Components.numberCell(Format.percent(s.privateShare)), Components.numberCell(Format.percent(s.privateShareOfKnown)))
                        }))))),
            Components.downloads(t("private_share.every_release_s_shares"), csv: .download(.privateShare(.csv)), json: .download(.privateShare(.json))))
    }

    static func rowsSection(_ page: PrivateShareModel.Content) -> Node<HTML.BodyContext> {
        Components.section(id: "facilities", title: t("private_share.every_facility_row_and_how_it"),
            Components.scrollBox(tall: true,
                .table(.id("classified-table"),
                    .caption(.text(t("private_share.rows_caption", ["date": page.release.asOfDate.iso]))),
                    Components.headerRow([t("private_share.facility"), t("private_share.state"), t("private_share.type"), "#" + t("private_share.adp"), t("private_share.code"), t("private_share.match"), t("private_share.operator"), t("private_share.counted_as"), t("private_share.method"), t("private_share.operator_source")]),
                    .tbody(.group(page.rows.map { r in
                        .tr(Components.rowHeader(Components.link(.facility(r.key), r.name)),
                            Components.textCell(r.state), Components.textCell(r.type), Components.numberCell(Format.count(r.adp)),
                            .td(r.code.map { Components.link(.facility(FacilityKey(rawValue: $0)), $0) } ?? .text("—")),
                            Components.textCell(r.matchMethod?.localizedLabel),
                            Components.textCell(r.operatorRecord?.operatorName),
                            .td(.span(.class("badge kind-\(r.kind.rawValue)"), .text(r.kind.localizedLabel))),
                            Components.textCell(r.evidence.map { $0.method.localizedLabel + ($0.method.isInference ? " (" + t("private_share.inference_word") + ")" : "") }),
                            .td(.class("small"), .text(r.evidence?.sourceText.localized ?? "—")))
                    })))))
    }
}
