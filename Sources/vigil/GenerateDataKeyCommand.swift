import ArgumentParser
import VigilStore

struct GenerateDataKeyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data-key",
        abstract: "Print a new random VIGIL_DATA_KEY (base64 of 32 bytes) for encrypting case fields.",
        discussion: """
            Set it before the first case is stored, in the environment or as a VIGIL_DATA_KEY= line in .env, and keep \
            a copy apart from the database's backups: without it the encrypted fields cannot be read. \
            `\(DataKey.howToGenerate)` makes an equally good one.
            """)

    func run() async throws {
        print(DataKey.random().base64)
    }
}
