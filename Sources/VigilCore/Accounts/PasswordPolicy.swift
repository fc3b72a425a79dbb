/// What a new password must satisfy. Length is what matters most; no composition rules.
public enum PasswordPolicy {
    public static let minimumLength = 12

    /// Why `password` is refused, or nil when it is acceptable.
    public static func refusal(for password: String) -> String? {
        if password.count < minimumLength {
            return "The password is too short: use at least \(minimumLength) characters (a few unrelated words work well)."
        }
        return nil
    }
}
