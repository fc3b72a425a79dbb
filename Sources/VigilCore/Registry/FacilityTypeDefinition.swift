/// ICE's own definitions of its facility types, and what each says about who runs the
/// facility: the `facility-type` method of telling a row's operator.
///
/// Only a definition that itself names the operator decides a row:
/// - **CDF** is private by definition: “a facility that is owned by a private company and
///   contracted directly with the government” (ICE facility list of 2017-11-06, sheet
///   `Facility Type`); “owned and operated by a private entity” (ICE's over-72-hour list).
///   **USMS CDF** is a contract detention facility held through a U.S. Marshals Service
///   contract, so the same definition applies.
/// - **BOP** is public by definition: “a facility operated by the Federal Bureau of Prisons”
///   (the workbooks' `Footnotes` sheet).
///
/// The rest do not decide, and are listed so pages can say why:
/// - **SPC** is government-owned but “staffed by a combination of federal and contract
///   employees” (workbooks) or “generally operated by contract detention staff” (over-72-hour
///   list): ownership is public, the staff largely contractors, so the definition names no
///   single operator. Its operator comes from records (ICE's 2017 list names the contractor).
/// - **IGSA** and **DIGSA** are publicly owned but “operated by state/local government(s), or
///   private contractors” (DIGSA: “typically ... private contractors”); **USMS IGA** and
///   **USMS** name a contract, not an operator; **FAMILY**, **STAGING**, **STATE**, **DOD** and
///   others have no operator in ICE's definitions.
public struct FacilityTypeDefinition: Sendable, Hashable {
    /// The type as ICE's workbooks write it (`type_detailed`).
    public var type: String
    /// What the definition says about the operator; nil when it does not say.
    public var kind: OperatorKind?
    /// ICE's wording, quoted.
    public var definition: String
    /// Where ICE says it: the document and sheet in Vigil's words (the reader's language), a
    /// further wording of ICE's quoted as it is.
    public var source: CatalogueText

    /// "ICE facility list of <date> (<file>), sheet “<sheet>”".
    static func facilityList(_ date: String, file: String? = nil, sheet: String) -> CatalogueText {
        file.map { CatalogueText("private_share.source.facility_list_file", ["date": date, "file": $0, "sheet": sheet]) }
            ?? CatalogueText("private_share.source.facility_list", ["date": date, "sheet": sheet])
    }

    /// "ICE detention-statistics workbooks, sheet “<sheet>”".
    static func workbooks(sheet: String) -> CatalogueText {
        CatalogueText("private_share.source.workbooks", ["sheet": sheet])
    }

    /// `source`, then ICE's over-72-hour list's words on the same type, quoted.
    static func alsoOver72HourList(_ source: CatalogueText, quote: String) -> CatalogueText {
        CatalogueText("private_share.source.over_72_hour_list", ["quote": quote], parts: ["source": source])
    }

    public static let all: [FacilityTypeDefinition] = [
        .init(type: "CDF", kind: .private,
              definition: "Contract Detention Facility: a facility that is owned by a private company and contracted directly with the government.",
              source: alsoOver72HourList(facilityList("2017-11-06", file: "ICE_Facility_List_11-06-2017-web.xlsx", sheet: "Facility Type"),
                                         quote: "owned and operated by a private entity")),
        .init(type: "USMS CDF", kind: .private,
              definition: "A contract detention facility held through a U.S. Marshals Service contract; ICE’s CDF definition (privately owned and operated) applies.",
              source: CatalogueText("private_share.source.of_type", ["type": "CDF"], parts: ["source": facilityList("2017-11-06", sheet: "Facility Type")])),
        .init(type: "BOP", kind: .public,
              definition: "BOP (Federal Bureau of Prisons): A facility operated by the Federal Bureau of Prisons.",
              source: workbooks(sheet: "Footnotes")),
        .init(type: "SPC", kind: nil,
              definition: "SPC (Service Processing Center): A facility owned by the government and staffed by a combination of federal and contract employees.",
              source: alsoOver72HourList(workbooks(sheet: "Footnotes"), quote: "owned by ICE and generally operated by contract detention staff")),
        .init(type: "DIGSA", kind: nil,
              definition: "A publicly-owned facility operated by state/local government(s), or private contractors, in which ICE contracts to use all bed space ... typically these are operated by private contractors pursuant to their agreements with local governments.",
              source: workbooks(sheet: "Footnotes")),
        .init(type: "IGSA", kind: nil,
              definition: "A publicly-owned facility operated by state/local government(s), or private contractors, in which ICE contracts for bed space via an Intergovernmental Service Agreement; or local jails ...",
              source: workbooks(sheet: "Footnotes")),
        .init(type: "USMS IGA", kind: nil,
              definition: "A USMS Intergovernmental Agreement in which ICE agrees to utilize an already established US Marshal Service contract.",
              source: workbooks(sheet: "Footnotes")),
        .init(type: "USMS", kind: nil,
              definition: "A facility primarily contracted with the USMS for housing of USMS detainees, in which ICE contracts with the USMS for bed space.",
              source: workbooks(sheet: "Footnotes")),
    ]

    /// The definition of a workbook's type (case and spacing ignored), if ICE gives one.
    public static func definition(of type: String?) -> FacilityTypeDefinition? {
        guard let type else { return nil }
        let key = type.uppercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return all.first { $0.type == key }
    }
}
