/// One death in ICE custody as one published list reports it, before it is tied to a
/// registry facility or to the same death in another list.
///
/// Names are kept as the list writes them: these are public records of people who died.
public struct DeathReport: Hashable, Sendable, Codable {
    /// The 1-based line the death is on in its file.
    public var sourceRow: Int
    public var personName: String
    /// The date of death; nil when the list gives only a year (the DWN list).
    public var date: CalendarDate?
    /// The calendar year of death (from `date` when there is one).
    public var year: Int
    public var facilityName: String
    /// Two-letter postal code.
    public var facilityState: String?
    public var facilityCity: String?
    public var facilityZip: String?
    /// The street address, when the list gives one (DWN's list does).
    public var facilityAddress: String?
    /// ICE's facility type as the list gives it (`DIGSA`, `SPC`, `BOP`, …).
    public var facilityType: String?
    /// The contractor or operator the list names at the time of death.
    public var operatorName: String?
    /// The cause of death as reported, unedited.
    public var cause: String?
    /// The report the list cites (ICE's death report PDF), when it gives one.
    public var sourceURL: String?

    public init(sourceRow: Int, personName: String, date: CalendarDate?, year: Int, facilityName: String) {
        self.sourceRow = sourceRow
        self.personName = personName
        self.date = date
        self.year = year
        self.facilityName = facilityName
    }

    /// Whether two reports describe the same death: the same person (`PersonName.isSamePerson`),
    /// the same date (or, when either has only a year, the same year, and then two close name
    /// words suffice), and no contradiction about where: same state when both give one.
    ///
    /// With a full date on both sides and the same state, names need only share one close word
    /// (`PersonName.similarWordCount`): ICE's own lists transcribe the same name differently
    /// (`LINDE-CEPERO, ALBERTO` / `LINDE-CERRO ALBERTO`), and two deaths on the same day in the
    /// same state with a shared name are far less likely than a misspelling. Every merged report
    /// stays listed as a source, so a wrong merge can be seen.
    public func isSameDeath(as other: DeathReport) -> Bool {
        if let a = facilityState, let b = other.facilityState, a != b { return false }
        if let a = date, let b = other.date {
            guard a == b else { return false }
            if facilityState != nil && other.facilityState != nil { return PersonName.similarWordCount(personName, other.personName) >= 1 }
        } else {
            // Only a year: two close words at least, and no contradiction about the state.
            guard year == other.year else { return false }
            if PersonName.similarWordCount(personName, other.personName) >= 2 { return true }
        }
        return PersonName.isSamePerson(personName, other.personName)
    }

    /// How many days apart two reports of one person may be and still be one death that a list
    /// dated wrongly: `GUMAYAGAY PEDRO` died on 23 January 2008 in one list and on the 29th in another.
    public static let likelyDuplicateDays = 14

    /// Whether two reports that are not `isSameDeath` are probably one death all the same: the
    /// same person, full dates on both sides no more than `likelyDuplicateDays` apart, and no
    /// contradiction about the state. A person decides; Vigil never merges these by itself.
    ///
    /// Also the same person, every word of the shorter name in the other, in the year one list
    /// gives alone while the other gives the date, though the two place the death in different
    /// states: DWN's list writes where a man died or was held last (`Florence`, CO; the Providence
    /// field office), ICE's lists the facility that held him (Rochester FMC, MN; North Las Vegas, NV).
    public func isLikelyDuplicate(of other: DeathReport) -> Bool {
        if (date == nil) != (other.date == nil), year == other.year, let a = facilityState, let b = other.facilityState, a != b {
            return PersonName.isSamePerson(personName, other.personName)
        }
        if let a = facilityState, let b = other.facilityState, a != b { return false }
        guard let a = date, let b = other.date, a != b, abs(a.days(until: b)) <= Self.likelyDuplicateDays else { return false }
        return PersonName.isSamePerson(personName, other.personName) || PersonName.similarWordCount(personName, other.personName) >= 2
    }
}

/// The lists of deaths in ICE custody Vigil reads, told apart by their header or shape.
public enum DeathListFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// `Name,Sex,Age,Country,Date_of_Death,Cause_of_Death,Facility_Name,Facility_Location,Facility_Type,PDF_URL,Period`:
    /// ICE's death reports FY2003–2025, one row per death.
    case iceDetailed = "ice-detailed"
    /// `index,name,sex,dob,country,date_of_death,…,location_last_detention,ihsc,facility_type,cause,age`:
    /// the table extracted from ICE's FOIA list of deaths FY2003–2017.
    case iceFOIA = "ice-foia-2003-2017"
    /// Detention Watch Network's headerless list: person, year, facility, address, operator, state.
    case detentionWatch = "dwn-2003-2016"
}

/// A list of deaths as read: its file, format, deaths, and what the reader did with odd rows.
public struct DeathList: Sendable, Hashable {
    public var source: SourceFile
    public var format: DeathListFormat
    public var deaths: [DeathReport]
    /// Rows refused (future dates, no name), duplicates merged: each with its row number.
    public var notes: [String]
    /// How many data rows the file has.
    public var rowCount: Int

    public init(source: SourceFile, format: DeathListFormat, deaths: [DeathReport], notes: [String], rowCount: Int) {
        self.source = source
        self.format = format
        self.deaths = deaths
        self.notes = notes
        self.rowCount = rowCount
    }
}
