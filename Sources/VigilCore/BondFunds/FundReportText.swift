/// The fund report as plain text, for the command line: what a treasurer reads at year end.
public enum FundReportText {
    public static func render(_ r: FundReport, fund: String, synthetic: Bool) -> String {
        var lines: [String] = []
        if synthetic { lines.append("SYNTHETIC DEMO — every figure below is generated, not a real fund's.") }
        lines.append("\(fund): \(r.from.iso) to \(r.through.iso)")
        lines.append("")
        let rows: [(String, String)] = [
            ("Bonds posted", "\(r.bondsPosted) (\(r.amountPosted.withCents))"),
            ("People freed", "\(r.peopleFreed)"),
            ("Median bond", r.medianBond?.withCents ?? "—"),
            ("Median days detained before release", r.medianDaysDetained.map(String.init) ?? "—"),
            ("Refunds recovered", "\(r.refundsRecovered) (\(r.amountRecovered.withCents), of which interest \(r.interestRecovered.withCents))"),
            ("Outstanding at \(r.through.iso)", "\(r.bondsOutstanding) bonds (\(r.amountOutstanding.withCents))"),
            ("Lost to breach", "\(r.breaches) (\(r.lostToBreach.withCents))"),
            ("Donations", r.donations.withCents),
            ("Grants", r.grants.withCents),
            ("Cash at \(r.through.iso)", r.cashAtEnd.withCents),
        ]
        let width = rows.map(\.0.count).max() ?? 0
        for (label, value) in rows { lines.append(label + String(repeating: " ", count: width - label.count) + "  " + value) }
        return lines.joined(separator: "\n") + "\n"
    }
}
