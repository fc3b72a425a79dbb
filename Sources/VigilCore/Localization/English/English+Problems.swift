extension Catalogue {
    /// Why a form field was refused (`FieldProblemReason`).
    static let englishProblems: [String: String] = [
        "problem.required": "Required, but blank.",
        "problem.too_long": "Too long: {count} characters, at most {max} are accepted.",
        "problem.contains_nul": "Contains a NUL character; remove it.",
        "problem.not_a_date": "“{value}” is not a date written YYYY-MM-DD.",
        "problem.before_earliest": "{date} is before {earliest}, the earliest date accepted.",
        "problem.in_future": "{date} is in the future (today is {today}).",
        "problem.not_one_of": "“{value}” is not one of: {choices}.",
        "problem.not_a_web_address": "“{value}” is not an http:// or https:// web address.",
        "problem.unknown_facility": "No facility is known as “{value}”: use a registry DETLOC code (e.g. STWRTGA) or the facility key from its page’s address.",
        "problem.summary.one": "Nothing was saved: one field needs attention.",
        "problem.summary.other": "Nothing was saved: {count} fields need attention.",
    ]
}
