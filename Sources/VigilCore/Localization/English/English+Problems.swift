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
        "problem.not_yes_or_no": "“{value}” is neither yes nor no.",
        "problem.not_an_a_number": "“{value}” is not an A-number: nine digits, optionally after an A and with dashes (A123-456-789).",
        "problem.not_dollars": "“{value}” is not an amount in dollars, e.g. 1500 or $1,500.00.",
        "problem.not_a_conviction": "“{value}” is neither felony nor misdemeanor (list one entry per conviction, separated by ;).",
        "problem.not_a_condition": "“{value}” is not a condition the criteria file lists; use one of: {choices}.",
        "problem.before_birth": "{date} is before the date of birth, {birth}.",
        "problem.not_a_document": "Document {number} (“{value}”) is not written “fact | title | date | kept or missing”.",
        "problem.in_document": "Document {number}: {problem}",
        "problem.event_needs_facility": "A {kind} event names the facility the person was taken to (its registry code).",
        "problem.event_needs_amount": "A bond-set event gives the bond’s amount in dollars.",
        "problem.summary.one": "Nothing was saved: one field needs attention.",
        "problem.summary.other": "Nothing was saved: {count} fields need attention.",
    ]
}
