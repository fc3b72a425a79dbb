import VigilCore

extension AlertScope {
    /// The scope in a few words of the page's language, for lists and headings. `description`
    /// says the same in English for the audit log and the command line.
    var words: String {
        var parts: [String] = []
        if let facility { parts.append(t("alerts.scope.facility", ["value": facility])) }
        if let state { parts.append(t("alerts.scope.state", ["value": state])) }
        if let areaOfResponsibility { parts.append(t("alerts.scope.aor", ["value": areaOfResponsibility])) }
        if let operatorName { parts.append(t("alerts.scope.operator", ["value": operatorName])) }
        let what = parts.isEmpty ? t("alerts.scope.every_facility") : parts.joined(separator: ", ")
        let which = kinds.isEmpty ? t("alerts.scope.every_kind") : kinds.map(\.rawValue).sorted().joined(separator: ", ")
        return "\(what); \(which)"
    }
}
