import Foundation
import VigilStore

/// Where the command line finds `VIGIL_DATA_KEY`: the environment, then a `.env` line.
enum DataKeyOption {
    /// The configured key; nil when none is set. A malformed key fails with what to do.
    static func configured() throws -> DataKey? {
        let text = ProcessInfo.processInfo.environment[DataKey.environmentVariable].flatMap { $0.isEmpty ? nil : $0 }
            ?? DotEnv.value(for: DataKey.environmentVariable)
        guard let text else { return nil }
        do {
            return try DataKey(base64: text)
        } catch {
            throw CommandFailure(error.description)
        }
    }

    /// The key, or a failure saying how to make and set one.
    static func required(for purpose: String) throws -> DataKey {
        guard let key = try configured() else { throw CommandFailure(missingMessage(purpose)) }
        return key
    }

    static func missingMessage(_ purpose: String) -> String {
        """
        \(purpose) needs \(DataKey.environmentVariable): the key that encrypts A-numbers, dates of birth and medical notes \
        at rest, as base64 of 32 random bytes. Generate one with `\(DataKey.howToGenerate)`, keep it safe (without it the \
        encrypted fields cannot be read), and set it in the environment or in a `\(DataKey.environmentVariable)=` line of .env.
        """
    }
}
