import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import VigilWeb

/// The letter, sign-on and press-audit forms say what is wrong in the reader's language, chosen when the
/// page is drawn (the refusals are `FieldProblemReason`s, as the case and incident forms' are).
@Suite("Form problems in the reader's language")
struct FormProblemLanguageTests {
    @Test("a refused letter says why in Spanish with ?lang=es, limits grouped the Spanish way; in English as before")
    func letterEditor() async throws {
        try await withLetterApp(status: .draft) { client, _, _ in
            var editor = Browser(client: client)
            _ = try await editor.signIn("editor@example.org", "a long enough password")
            let long = String(repeating: "a", count: 100_001)
            for (language, expected) in [("es", ["Es obligatorio, pero está vacío.", "Demasiado largo: 100.000 caracteres como máximo.",
                                                 "No se guardó nada"]),
                                         ("en", ["Required, but blank.", "Too long: at most 100,000 characters."])] {
                let form = try await editor.get("/letters/new?lang=\(language)")
                let token = try #require(Browser.csrfToken(in: form.body))
                let refused = try await editor.post("/letters", [("csrf_token", token), ("title", ""), ("body", long),
                                                                 ("lead_organization", "Detention Watch Network")])
                #expect(refused.status == .unprocessableContent)
                for sentence in expected { #expect(refused.body.contains(sentence), "\(language): \(sentence)") }
            }
        }
    }

    @Test("a refused press article says why in Spanish with ?lang=es", arguments: [TestEngine.sqlite])
    func pressAudit(engine: TestEngine) async throws {
        try await withPressAuditApp(engine) { client, _, letterID in
            var browser = Browser(client: client)
            _ = try await browser.signIn("editor@example.org", IncidentPagesTests.password)
            let form = try await browser.get("/letters/\(letterID)/press/new?lang=es")
            let token = try #require(Browser.csrfToken(in: form.body))
            let refused = try await browser.post("/letters/\(letterID)/press", [("csrf_token", token), ("title", "Un título"),
                                                                                 ("outlet", "El Diario"), ("url", "javascript:alert(1)"),
                                                                                 ("date", "ayer"), ("text", " ")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("Pegue el texto del artículo."))
            #expect(refused.body.contains("Una dirección que empiece con https:// o http://, sin espacios."))
            #expect(refused.body.contains("Una fecha como AAAA-MM-DD, o en blanco."))
            #expect(!refused.body.contains("Paste the article"))
        }
    }

    @Test("a refused signature says why in Spanish on the Spanish page", .enabled(if: LoopbackSMTP.runs, LoopbackSMTP.skipReason))
    func signOn() async throws {
        try await withLetterApp(mail: true) { client, db, id in
            var visitor = Browser(client: client)
            let page = try await visitor.get("/letters/\(id)?lang=es")
            let token = try #require(Browser.csrfToken(in: page.body))
            let refused = try await visitor.post("/letters/\(id)/signatures", [("csrf_token", token), ("organization", "Una organización"),
                                                                               ("state", "Atlantis"), ("scope", "global"),
                                                                               ("contact_name", "Ana"), ("email", "ana@example.org")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("Elija nacional, estatal o local."))
            #expect(refused.body.contains("Marque la casilla para confirmar que su organización está de acuerdo con firmar."))
            #expect(refused.body.contains("“Atlantis” no es un estado ni un territorio de EE. UU."))
            #expect(!refused.body.contains("Tick the box"))
            #expect(try await db.rowCount("letter_signatures") == 4)
        }
    }
}
