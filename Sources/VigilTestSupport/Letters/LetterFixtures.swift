import Foundation
import VigilCore
import VigilStore

/// Letters built in code for tests that need a small, known letter (the seed letter is read in
/// place through `SharedSeeds`).
public enum LetterFixtures {
    /// A small letter in the seed's plain-text form: two To, one cc, two demands, four organizations.
    public static let text = """
        *Via email delivery only*

        March 3, 2025

        Jane Doe
        Director
        Some Agency

        John Roe
        Secretary
        Other Department

        **Re: Close the centers**

        Dear Director Doe and Secretary Roe,

        Our organizations write to ask for two things. With over 90% detained at facilities run by private companies, and deaths at record numbers, act now.

        1. **Close detention centers:** We ask that you close them.
        2. **Release people:** Starting with the most vulnerable.

        Now is the time.

        Sincerely,

        Detention Watch Network
        The Bronx Defenders
        Make the Road NY
        Arab Resource & Organizing Center (AROC)

        cc

        Ann Example
        Chief of Staff
        Some Agency
        """

    public static var draft: LetterDraft { try! PlainTextLetter.parse(text) }

    public static func source(sha: Character = "f") -> SourceFile {
        SourceFile(fileName: "letter.txt", sha256: String(repeating: sha, count: 64), byteCount: text.utf8.count)
    }

    /// Imports the small letter with `status`; returns its id.
    @discardableResult
    public static func importLetter(_ database: VigilDatabase, status: LetterStatus = .open, sha: Character = "f") async throws -> Int {
        try await LetterArchive(database: database).importLetter(draft, source: source(sha: sha), status: status, audit: .commandLine).letterID
    }

    /// A valid sign-on for `organization` from `email`.
    public static func request(_ organization: String = "Make The Road New York", email: String = "ana@example.org") -> SignatureRequest {
        SignatureRequest(organization: organization, city: "Brooklyn", state: "NY", scope: .state, website: "https://maketheroadny.org",
                         contactName: "Ana Example", email: email)
    }
}
