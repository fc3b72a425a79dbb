/// A generated, clearly synthetic bond fund: invented people and obligors, two years of bonds
/// (refunded, breached, still posted, newly requested) and of donations, so that a first run
/// shows the fund's queues, books and year-end report. Every name says it is invented; the
/// A-numbers start with 000, which no real A-number does.
public enum DemoBondFund {
    public static let organizationName = "Demo Bond Fund (synthetic)"
    public static let organizationSlug = "demo-bond-fund"

    /// A bond to record: the index of its case in `cases`, its steps in order (a posting names
    /// its obligor by index in `obligors`), and its notes and hearings.
    public struct PlannedBond: Sendable, Hashable {
        public var caseIndex: Int
        public var steps: [BondStep]
        public var notes: [BondNote]
        public var hearings: [CalendarDate]
    }

    public struct Plan: Sendable, Hashable {
        public var cases: [CaseFile]
        public var obligors: [Obligor]
        public var bonds: [PlannedBond]
        public var income: [LedgerPosting]
    }

    static let amounts = [150_000, 250_000, 300_000, 500_000, 500_000, 750_000, 1_000_000, 1_500_000, 2_500_000]
    static let countries = ["Honduras", "Guatemala", "Venezuela", "Mexico", "Haiti", "Cuba", "El Salvador", "Nicaragua"]

    /// About `count` bonds over the two years before `today`, across `facilities`.
    public static func plan(at facilities: [String], today: CalendarDate, count: Int = 60, seed: UInt64 = 14) -> Plan {
        guard !facilities.isEmpty else { return Plan(cases: [], obligors: [], bonds: [], income: []) }
        var random = SeededGenerator(seed: seed)
        func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(random.next() % UInt64(range.count)) }
        let obligors = (1...6).map { i in
            let kind: ObligorKind = [.citizen, .permanentResident, .nonprofit, .citizen, .lawFirm, .nonprofit][i - 1]
            return Obligor(name: kind == .nonprofit || kind == .lawFirm ? "Demo Obligor Organization \(i) (synthetic)" : "Demo Obligor \(i) (synthetic)",
                           kind: kind, contact: "\(i) Example Street, Springfield (synthetic)",
                           documents: [ObligorDocument(title: kind == .nonprofit ? "501(c)(3) determination letter" : "Proof of status",
                                                       verifiedOn: today.adding(days: -800 + i))])
        }
        var cases: [CaseFile] = [], bonds: [PlannedBond] = []
        for index in 0..<count {
            let requested = today.adding(days: -int(5...720))
            let detained = requested.adding(days: -int(8...120))
            let number = String(format3(200 + index))
            cases.append(CaseFile(name: "Demo Person \(index + 1) (synthetic)", aNumber: ANumber("000-001-\(number)")!,
                                  birthDate: today.adding(days: -int(20...60) * 365), citizenship: countries[index % countries.count],
                                  languages: ["Spanish"], facility: facilities[index % facilities.count], detainedOn: detained,
                                  court: "Demo Immigration Court", custodyStatus: .detained))
            let amount = Cents(amounts[int(0...(amounts.count - 1))])
            var steps = [BondStep(stage: .requested, date: requested, evidence: "Immigration judge's bond order (synthetic)", detail: .requested(amount: amount))]
            var hearings: [CalendarDate] = [], notes: [BondNote] = []
            func add(_ stage: BondStage, after days: ClosedRange<Int>, _ evidence: String, _ detail: BondStep.Detail = .none) -> Bool {
                let date = steps.last!.date.adding(days: int(days))
                guard date <= today else { return false }
                steps.append(BondStep(stage: stage, date: date, evidence: evidence, detail: detail))
                return true
            }
            defer { bonds.append(PlannedBond(caseIndex: index, steps: steps, notes: notes, hearings: hearings)) }
            guard add(.approved, after: 1...3, "Fund committee approval (synthetic)") else { continue }
            let posting = BondPosting(amount: amount, i352Receipt: "I352-DEMO-\(number)", i305Receipt: "I305-DEMO-\(number)",
                                      obligorID: index % obligors.count, paymentMethod: index % 7 == 0 ? .cashiersCheck : .ach)
            guard add(.posted, after: 1...6, "CeBONDS confirmation (synthetic)", .posted(posting)) else { continue }
            cases[index].custodyStatus = .released
            let postedOn = steps.last!.date
            hearings.append(postedOn.adding(days: int(30...420)))
            if int(0...2) == 0 { notes.append(BondNote(date: min(today, postedOn.adding(days: int(20...200))), text: "Checked in with the obligor (synthetic)")) }
            let roll = int(0...99)
            if roll < 8 {
                _ = add(.breached, after: 90...400, "Form I-323 received (synthetic)")
            } else if roll < 70 {
                guard add(.cancelled, after: 150...450, "Form I-391 received (synthetic)") else { continue }
                guard add(.refundClaimed, after: 3...40, "Original I-305 and I-391 sent to ICE (synthetic)") else { continue }
                let years = max(1, postedOn.days(until: steps.last!.date) / 365)
                _ = add(.refunded, after: 60...240, "Treasury deposit (synthetic)",
                        .refunded(principal: amount, interest: Cents(amount.value * years / 200)))
            }
        }
        var income: [LedgerPosting] = []
        var month = today.adding(days: -760)
        while month <= today {
            income.append(LedgerPosting(date: month, debit: .cash, credit: .donations, amount: Cents(int(8_000...40_000) * 100),
                                        kind: .donation, memo: "Donations this month (synthetic)"))
            month = month.adding(days: 30)
        }
        income.insert(LedgerPosting(date: today.adding(days: -770), debit: .cash, credit: .grants, amount: Cents(25_000_000),
                                    kind: .grant, memo: "Foundation grant (synthetic)"), at: 0)
        income.append(LedgerPosting(date: today.adding(days: -400), debit: .cash, credit: .grants, amount: Cents(15_000_000),
                                    kind: .grant, memo: "Community foundation grant (synthetic)"))
        return Plan(cases: cases, obligors: obligors, bonds: bonds, income: income.sorted { $0.date < $1.date })
    }

    static func format3(_ n: Int) -> String {
        let text = String(n % 1000)
        return String(repeating: "0", count: 3 - text.count) + text
    }
}
