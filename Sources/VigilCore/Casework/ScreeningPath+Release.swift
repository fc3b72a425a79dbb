/// How the release queue and the drafts read a screener path.
extension ScreeningPath {
    /// A path that opens release (not the mandatory-detention flag) and that the person meets or may meet.
    public var isOpen: Bool { kind != .mandatoryDetention && (status == .meets || status == .mayMeet) }

    /// A mandatory-detention ground that blocks discretionary release (a lawyer decides).
    public var blocksRelease: Bool { kind == .mandatoryDetention && status == .blocked }
}
