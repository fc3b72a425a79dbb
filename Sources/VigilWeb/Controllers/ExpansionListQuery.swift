import Foundation
import VigilCore

/// The filters of `/expansion`, its downloads and `/api/v1/expansion`, from the query string:
/// `state` (two letters), `stage` (a `PipelineStage` slug: sites that reached it) and
/// `operator` (words the operator's or recipient's name contains, any case).
struct ExpansionListQuery: Hashable, Sendable {
    var state: String?
    var stage: PipelineStage?
    var operatorName: String?

    init(state: String? = nil, stage: PipelineStage? = nil, operatorName: String? = nil) {
        self.state = state
        self.stage = stage
        self.operatorName = operatorName
    }

    /// An unknown stage is ignored; a state is upper-cased; blank values are no filter.
    init(_ parameters: QueryParameters) {
        state = parameters["state"].map { $0.trimmingCharacters(in: .whitespaces).uppercased() }.flatMap { $0.isEmpty ? nil : $0 }
        stage = parameters["stage"].flatMap { PipelineStage(rawValue: $0.lowercased()) }
        operatorName = parameters["operator"].map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    var isFiltered: Bool { state != nil || stage != nil || operatorName != nil }

    var queryItems: [(String, String)] {
        var items: [(String, String)] = []
        if let state { items.append(("state", state)) }
        if let stage { items.append(("stage", stage.rawValue)) }
        if let operatorName { items.append(("operator", operatorName)) }
        return items
    }

    func apply(to sites: [ExpansionSite]) -> [ExpansionSite] {
        sites.filter { site in
            (state.map { site.state == $0 } ?? true)
                && (stage.map { site.stages.contains($0) } ?? true)
                && (operatorName.map { name in site.operatorName?.localizedCaseInsensitiveContains(name) ?? false } ?? true)
        }
    }
}
