/// One TPS designation of a country, as the designations file gives it, with the window in
/// which it is in force once later notices are read.
///
/// The file's `effective_to` is the end the designation notice set. Later notices recorded in
/// `notes` move it (`TPSLaterNotice`): a termination taking effect after that end (the
/// designation stays in force until the day before), an end moved by a court's partial
/// vacatur, an extension. `inForce` is the result; `endChange` says why it differs.
public struct TPSDesignation: Sendable, Equatable, Hashable {
    public var country: String
    /// The designation's name in the file, usually its year (`2021`).
    public var designation: String
    /// `initial`, `extension`, `redesignation`, `extension+redesignation`, ...
    public var kind: String
    public var effectiveFrom: CalendarDate
    /// The end the designation notice set, before any later notice.
    public var effectiveTo: CalendarDate
    public var continuousResidenceSince: CalendarDate
    public var continuousPhysicalPresenceSince: CalendarDate
    public var federalRegisterCitation: String?
    public var federalRegisterDocument: String?
    public var notes: String?
    /// The file's `certainty` column: blank when the row is as published, otherwise what is
    /// doubtful (`CR date to verify`), shown wherever the row is used.
    public var certainty: String?
    /// The row in the file it came from, when it came from one.
    public var sourceRow: Int?

    /// The first public notice of the designation, when the notes give it (`announced ...`,
    /// `published ...`): a designation announced but not yet in force is screened as such.
    public private(set) var announced: CalendarDate?
    /// The days it is in force, both ends included, after every later notice.
    public private(set) var inForce: ClosedRange<CalendarDate>
    /// Why `inForce` ends on another day than `effectiveTo`; nil when it does not.
    public private(set) var endChange: String?
    /// The later notice behind `endChange`, as the file writes it, for pages that say the rest in their language.
    public private(set) var endNotice: String?

    /// Reads the later notices in `notes`; throws when a notice names no readable date or
    /// the dates contradict each other, naming the field.
    public init(country: String, designation: String, kind: String, effectiveFrom: CalendarDate, effectiveTo: CalendarDate,
                continuousResidenceSince: CalendarDate, continuousPhysicalPresenceSince: CalendarDate,
                federalRegisterCitation: String? = nil, federalRegisterDocument: String? = nil, notes: String? = nil,
                certainty: String? = nil, sourceRow: Int? = nil) throws(TPSDesignationError) {
        guard effectiveFrom <= effectiveTo else {
            throw TPSDesignationError(field: "effective_to", "\(effectiveTo.iso) is before effective_from \(effectiveFrom.iso)")
        }
        self.country = country
        self.designation = designation
        self.kind = kind
        self.effectiveFrom = effectiveFrom
        self.effectiveTo = effectiveTo
        self.continuousResidenceSince = continuousResidenceSince
        self.continuousPhysicalPresenceSince = continuousPhysicalPresenceSince
        self.federalRegisterCitation = federalRegisterCitation
        self.federalRegisterDocument = federalRegisterDocument
        self.notes = notes
        self.certainty = certainty
        self.sourceRow = sourceRow

        let notices = try TPSLaterNotice.read(notes ?? "")
        var end = effectiveTo
        for notice in notices {
            switch notice {
            case .announced(let date), .published(let date):
                announced = min(announced ?? date, date)
            case .terminated(let date, let text):
                end = date.adding(days: -1)
                endChange = "\(text); the designation notice's end was \(effectiveTo.iso)"
                endNotice = text
            case .endMoved(let date, let text):
                end = date
                endChange = "\(text); the designation notice's end was \(effectiveTo.iso)"
                endNotice = text
            case .extended(let date, let text) where date != effectiveTo:
                end = date
                endChange = "\(text); the designation notice's end was \(effectiveTo.iso)"
                endNotice = text
            case .extended:
                break
            }
        }
        guard end >= effectiveFrom else {
            throw TPSDesignationError(field: "notes", "a later notice ends the designation on \(end.iso), before it took effect on \(effectiveFrom.iso)")
        }
        inForce = effectiveFrom...end
    }

    /// Whether the file marks the row as doubtful (`to verify`).
    public var isToVerify: Bool { certainty.map { !$0.isEmpty } ?? false }

    /// Its Federal Register citation and document number, as far as the file gives them.
    public var source: String {
        switch (federalRegisterCitation, federalRegisterDocument) {
        case let (citation?, document?): "\(citation) (Federal Register document \(document))"
        case let (citation?, nil): citation
        case let (nil, document?): "Federal Register document \(document)"
        case (nil, nil): "TPS designations file, \(country) \(designation) (no Federal Register citation given)"
        }
    }

    /// Whether it is in force on `date`.
    public func isInForce(on date: CalendarDate) -> Bool { inForce.contains(date) }

    /// Whether it has been announced by `date` but is not in force until later.
    public func isAnnouncedNotInForce(on date: CalendarDate) -> Bool {
        guard let announced else { return false }
        return announced <= date && date < inForce.lowerBound
    }
}

/// Why a TPS designation cannot be read: the file's column and what is wrong.
public struct TPSDesignationError: Error, Sendable, Hashable, CustomStringConvertible {
    public var field: String
    public var reason: String

    public init(field: String, _ reason: String) {
        self.field = field
        self.reason = reason
    }

    public var description: String { "\(field): \(reason)" }
}
