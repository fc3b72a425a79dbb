import VigilCore

/// An `AlertScope` in a query string: `facility`, `state`, `aor`, `operator` and `kind`
/// (comma-separated or repeated as one list), as feeds, the events page and the subscription
/// form use them.
enum AlertScopeQuery {
    static func scope(_ query: QueryParameters) throws(WebError) -> AlertScope {
        do {
            return AlertScope(facility: query["facility"], state: query["state"], areaOfResponsibility: query["aor"],
                              operatorName: query["operator"], kinds: try AlertScope.kinds(from: query["kind"] ?? ""))
        } catch {
            switch error {
            case .unknownKind(let name):
                throw WebError.badRequest(t("alerts.problem.unknown_kind", ["kind": name,
                                                                           "kinds": ExpansionEventKind.allCases.map(\.rawValue).joined(separator: ", ")]))
            }
        }
    }

    static func queryItems(_ scope: AlertScope) -> [(String, String)] {
        var items: [(String, String)] = []
        if let f = scope.facility { items.append(("facility", f)) }
        if let s = scope.state { items.append(("state", s)) }
        if let a = scope.areaOfResponsibility { items.append(("aor", a)) }
        if let o = scope.operatorName { items.append(("operator", o)) }
        if !scope.kinds.isEmpty { items.append(("kind", scope.kinds.map(\.rawValue).sorted().joined(separator: ","))) }
        return items
    }
}
