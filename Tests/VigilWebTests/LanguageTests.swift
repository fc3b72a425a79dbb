import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilCore
import VigilImport
import VigilMail
import VigilStore
import VigilTestSupport
@testable import VigilWeb

/// Choosing the language, and every page drawn in both with nothing left untranslated.
@Suite("Pages in English and Spanish")
struct LanguageTests {
    @Test("the language comes from ?lang=, then the cookie, then Accept-Language, then English")
    func choosing() {
        #expect(SiteLanguage(tag: "es-MX") == .spanish)
        #expect(SiteLanguage(tag: "ES") == .spanish)
        #expect(SiteLanguage(tag: "fr") == nil)
        #expect(SiteLanguage.preferred(acceptLanguage: "fr-CH, fr;q=0.9, es;q=0.8, en;q=0.7") == .spanish)
        #expect(SiteLanguage.preferred(acceptLanguage: "en-US;q=0.8,en;q=0.7,es;q=0.9") == .spanish)
        #expect(SiteLanguage.preferred(acceptLanguage: "en-US,es;q=0.95") == .english)
        #expect(SiteLanguage.preferred(acceptLanguage: "es;q=0, en") == .english)
        #expect(SiteLanguage.preferred(acceptLanguage: "de") == nil)
        #expect(LanguageMiddleware.address("/ranking?deaths=5&lang=en", in: .spanish) == "/ranking?deaths=5&lang=es")
        #expect(LanguageMiddleware.address("/", in: .english) == "/?lang=en")
    }

    @Test("numbers and dates follow the language")
    func formats() {
        let date = CalendarDate(year: 2026, month: 4, day: 2)!
        #expect(Format.count(1234.4) == "1,234")
        #expect(Format.decimal(1234.56) == "1,234.6")
        #expect(Format.date(date) == "2 Apr 2026")
        SiteLanguage.$current.withValue(.spanish) {
            #expect(Format.count(1234.4) == "1.234")
            #expect(Format.decimal(1234.56) == "1.234,6")
            #expect(Format.percent(0.123) == "12,3\u{00A0}%")
            #expect(Format.date(date) == "2 de abril de 2026")
            #expect(t("deaths.lede", count: 1).hasPrefix("1 persona murió"))
            #expect(t("deaths.lede", count: 1234).hasPrefix("1.234 personas murieron"))
        }
    }

    @Test("?lang=es draws the page in Spanish and remembers it; Accept-Language decides for a new reader")
    func middleware() async throws {
        try await withApp { client, _ in
            let english = try await client.get("/")
            #expect(english.body.contains("<html lang=\"en\">"))
            #expect(english.headers[.contentLanguage] == "en")
            #expect(english.headers[values: .vary].joined(separator: ",").contains("Accept-Language"))

            let spanish = try await client.get("/?lang=es")
            #expect(spanish.body.contains("<html lang=\"es\">"))
            #expect(spanish.headers[.contentLanguage] == "es")
            let cookie = try #require(spanish.headers[values: .setCookie].first { $0.hasPrefix("vigil_lang=es") })
            #expect(spanish.body != english.body)
            // each page links to itself in every language
            #expect(spanish.body.contains("hreflang=\"en\" href=\"/?lang=en\""))
            #expect(spanish.body.contains("hreflang=\"es\" href=\"/?lang=es\""))

            // the cookie is remembered without ?lang=, and the cache keeps the languages apart
            let remembered = try await client.get("/", headers: [.cookie: String(cookie.prefix(while: { $0 != ";" }))])
            #expect(String(buffer: remembered.body).contains("<html lang=\"es\">"))
            #expect(try await client.get("/").body.contains("<html lang=\"en\">"))
            let browser = try await client.get("/", headers: [.acceptLanguage: "es-US,es;q=0.9,en;q=0.5"])
            #expect(String(buffer: browser.body).contains("<html lang=\"es\">"))
            #expect(browser.headers[values: .setCookie].allSatisfy { !$0.hasPrefix("vigil_lang") })
        }
    }

    @Test("a refusal is written in the reader's language (a wrong address, a form without its token); the API's in English")
    func refusals() async throws {
        try await withApp { client, _ in
            let notANumber = try await client.get("/incidents/abc?lang=es")
            #expect(notANumber.status == .notFound)
            #expect(notANumber.body.contains("“abc” no es un número de incidente"))
            #expect(try await client.get("/incidents/abc?lang=en").body.contains("“abc” is not an incident number"))

            let repeated = try await client.execute(uri: "/api/v1/ranking?deaths=1&deaths=2", method: .get, headers: [.acceptLanguage: "es"])
            // the JSON API is for scripts and stays in English, as docs/languages.md says
            #expect(repeated.status == .badRequest)
            #expect(String(buffer: repeated.body).contains("“deaths” is given more than once"))

            let forged = try await client.execute(uri: "/deaths/links", method: .post,
                                                  headers: [.acceptLanguage: "es", .contentType: "application/x-www-form-urlencoded"],
                                                  body: ByteBuffer(string: "death=1&decision=link"))
            #expect(forged.status == .forbidden)
            #expect(String(buffer: forged.body).contains("Este formulario venció o no vino de Vigil"))

            let put = try await client.execute(uri: "/?lang=es", method: .put)
            #expect(put.status == .methodNotAllowed)
            #expect(String(buffer: put.body).contains("Esta dirección no atiende PUT; solo responde a GET, HEAD."))
        }
    }

    @Test("a store's refusal quoted into a page's error reads in the reader's language; the command line keeps its English")
    func storeRefusals() async throws {
        try await withApp { client, db in
            // given two registry codes and a signed-in editor reading in Spanish
            let registry = "DETLOC,Name,Address,City,County,State,Zip,AOR,Date of Last Use,Date of First Use,Lat,Lng\n"
                + "EDENDTX,EDEN DETENTION CENTER,BOX 605,EDEN,CONCHO,TX,76837,SNA,23/02/2010,15/11/1991,31.2,-99.8\n"
                + "EDNDCTX,EDEN DETENTION CTR,704 E BROADWAY STREET,EDEN,CONCHO,TX,76837,DAL,20/01/2025,15/03/2020,31.2,-99.8\n"
            _ = try await FacilityRegistry(database: db).importListing(try FacilityListReader.read(data: Data(registry.utf8), fileName: "r.csv"))
            try await UserAccounts(database: db).add(email: "editor@example.org", role: .editor, password: "a long enough password", by: .commandLine)
            var editor = Browser(client: client)
            _ = try await editor.signIn("editor@example.org", "a long enough password")
            let review = try await editor.get("/facilities/review?lang=es")
            let token = try #require(Browser.csrfToken(in: review.body))
            // (the pair offered for merging is described in Spanish, its codes as the registry has them)
            #expect(review.body.contains("Mismo centro: contar EDENDTX como EDNDCTX") && review.body.contains("mismo nombre"))
            #expect(review.body.contains("1 par de códigos en un mismo estado"))
            #expect(!review.body.contains("Same facility: count") && !review.body.contains("same name"))
            // when a code is merged into itself, and a death that does not exist is linked
            let merge = try await editor.post("/facilities/merges", [("csrf_token", token), ("old", "EDENDTX"), ("new", "EDENDTX"), ("decision", "merge")])
            let link = try await editor.post("/deaths/links", [("csrf_token", token), ("death", "999999"), ("decision", "link"), ("code", "EDENDTX")])
            // then both refusals are Spanish sentences around the code and the number as given
            #expect(merge.status == .conflict)
            #expect(merge.body.contains("EDENDTX no se puede unir consigo mismo. No se cambió nada."))
            #expect(!merge.body.contains("cannot be merged into itself"))
            #expect(link.status == .badRequest)
            #expect(link.body.contains("No hay ninguna muerte con el número 999999. No se cambió nada."))
            #expect(!link.body.contains("There is no death"))
            // and in English the page says it without the command line's hint, which the command line keeps
            _ = try await editor.get("/facilities/review?lang=en")
            let english = try await editor.post("/deaths/links", [("csrf_token", token), ("death", "999999"), ("decision", "link"), ("code", "EDENDTX")])
            #expect(english.body.contains("There is no death 999999. Nothing was changed."))
            #expect(!english.body.contains("vigil deaths review"))
            #expect(String(describing: DeathArchive.LinkDecisionError.noSuchDeath(999999)).contains("vigil deaths review"))
            // an incident that is not there is said in Spanish too
            let incident = try await client.get("/incidents/999999?lang=es")
            #expect(incident.status == .notFound && incident.body.contains("No hay ningún incidente 999999."))
            // and an alert's unsubscribe page names what is watched in Spanish words, and says so when its link is unknown
            let subscription = try await AlertSubscriptions(database: db).add(AlertScope(state: "NJ"), channel: .email(address: "stop@example.org"),
                                                                              by: "command line")
            let unsubscribeToken = try await AlertSubscriptions(database: db).issueUnsubscribeToken(subscriptionID: subscription.id)
            let ask = try await client.get("/alerts/unsubscribe?token=\(unsubscribeToken)&lang=es")
            #expect(!ask.body.contains("watching") && ask.body.contains("estado NJ") && !ask.body.contains("state NJ"))
            let unknown = try await client.get("/alerts/unsubscribe?token=nope&lang=es")
            #expect(unknown.status == .notFound && unknown.body.contains("No conocemos este enlace"))
        }
        // the other stores' refusals follow the same way: a signature's status, an organization's slug
        SiteLanguage.$current.withValue(.spanish) {
            #expect(SignatureArchive.Refusal.cannotDecide(7, .rejected, .reject).localizedMessage
                    == "La firma 7 tiene el estado “rechazada”: no se puede rechazar.")
            #expect(OrganizationError.slugTaken("south-texas-legal").localizedMessage == "Ya existe una organización “south-texas-legal”.")
        }
        #expect(String(describing: SignatureArchive.Refusal.cannotDecide(7, .rejected, .reject)) == "Signature 7 is rejected: it cannot be rejected.")
    }

    @Test("the demo says it is invented in the reader's language, not in English stored in its records")
    func demoMarkers() async throws {
        try await PageTour.withApp { tour, client in
            // an incident of the demo, its facility's page and dossier: the marker follows the language
            let incident = try #require(tour.publicPaths.first { $0.hasPrefix("/incidents/") })
            let facility = try #require(tour.publicPaths.first { $0.hasPrefix("/facilities/") && !$0.hasSuffix("/dossier") })
            for path in [incident, "/incidents", facility, facility + "/dossier"] {
                let spanish = try await client.get(PageTour.spanish(path)).body
                let english = try await client.get(PageTour.english(path)).body
                #expect(spanish.contains("(Incidente de demostración: inventado para mostrar la página, no es un informe real.)"), "\(path)")
                #expect(!spanish.contains("Synthetic demo incident"), "\(path)")
                #expect(english.contains("(Synthetic demo incident: invented to show the page, not a real report.)"), "\(path)")
                // and so does the demo source's title, which Vigil wrote
                #expect(spanish.contains("DEMO — ejemplo inventado, no es un informe real") && !spanish.contains("synthetic example"), "\(path)")
                #expect(english.contains("DEMO — synthetic example, not a real report"), "\(path)")
            }
            // a demo case: the banner in Spanish, and no English sentence in its notes
            let casePath = try #require(tour.memberPaths.first { $0.range(of: #"/cases/\d+$"#, options: .regularExpression) != nil })
            let page = String(buffer: try await client.execute(uri: PageTour.spanish(casePath), method: .get,
                                                               headers: [.cookie: tour.memberCookie]).body)
            #expect(page.contains("Caso sintético") && page.contains("una persona inventada para la demostración"))
            #expect(!page.contains("Synthetic demo case") && !page.contains("Not a real case"))
            // (its screener's sources say in Spanish what Vigil adds around a citation)
            #expect(page.contains("revocada por el Noveno Circuito el 20 de octubre de 2021") && page.contains("el archivo de designaciones de TPS"))
            #expect(!page.contains("reversed by the Ninth Circuit") && !page.contains("the TPS designations file"))
            // (and the letter form's examples of a salutation and a demand are Spanish examples)
            let form = String(buffer: try await client.execute(uri: "/letters/new?lang=es", method: .get, headers: [.cookie: tour.cookie]).body)
            #expect(form.contains("Cierren los centros de detención") && form.contains("Estimado presidente Biden"))
            #expect(!form.contains("We ask that you") && !form.contains("Dear President"))
        }
    }

    @Test("where ICE defines a facility type is cited in the reader's words; ICE's own wording stays quoted as written")
    func definitionSources() async throws {
        try await withApp { client, _ in
            let spanish = try await client.get("/private-share?lang=es").body
            #expect(spanish.contains("lista de centros de ICE del 2017-11-06 (ICE_Facility_List_11-06-2017-web.xlsx), hoja “Facility Type”"))
            #expect(spanish.contains("libros de estadísticas de detención de ICE, hoja “Footnotes”; lista de ICE de centros de más de 72 horas: “owned by ICE"))
            #expect(!spanish.contains("ICE facility list of") && !spanish.contains("detention-statistics workbooks"))
            let english = try await client.get("/private-share?lang=en").body
            #expect(english.contains("ICE facility list of 2017-11-06, sheet “Facility Type” (CDF)"))
            #expect(english.contains("ICE’s over-72-hour list: “owned and operated by a private entity”"))
        }
    }

    @Test("an error the server itself raises (not Vigil's own) is named and explained in the reader's language; the API keeps HTTP's English")
    func frameworkErrors() {
        let tooLarge = HTTPError(.contentTooLarge, message: "Payload Too Large")
        SiteLanguage.$current.withValue(.spanish) {
            let (status, message) = ErrorPageMiddleware<VigilRequestContext>.describe(tooLarge, path: "/incidents", isAPI: false)
            #expect(status == .contentTooLarge)
            #expect(message == "La solicitud es más grande de lo que el servidor lee, así que no se cambió nada.")
            #expect(ErrorPageMiddleware<VigilRequestContext>.title(.contentTooLarge) == "Contenido demasiado grande")
            #expect(ErrorPageMiddleware<VigilRequestContext>.title(.requestTimeout) == "La solicitud tardó demasiado")
            #expect(ErrorPageMiddleware<VigilRequestContext>.explanation(.unsupportedMediaType).hasPrefix("El contenido de la solicitud"))
            // a status the catalogue does not name: a generic sentence with its number, not HTTP's English phrase
            let teapot = HTTPResponse.Status(code: 418)
            #expect(ErrorPageMiddleware<VigilRequestContext>.title(teapot) == "Error HTTP 418")
            #expect(ErrorPageMiddleware<VigilRequestContext>.explanation(teapot) == "El servidor no pudo responder a esta solicitud (error HTTP 418).")
            #expect(!ErrorPageMiddleware<VigilRequestContext>.title(teapot).contains(teapot.reasonPhrase))
            // the JSON API keeps the framework's English
            #expect(ErrorPageMiddleware<VigilRequestContext>.describe(tooLarge, path: "/api/v1/releases", isAPI: true).1 == "Payload Too Large")
        }
        #expect(ErrorPageMiddleware<VigilRequestContext>.describe(tooLarge, path: "/incidents", isAPI: false).1
                == "The request is larger than the server reads, so nothing was changed.")
        // every status the server can answer a page with is explained in both languages
        for code in ErrorPageModel.explainedStatuses {
            let status = HTTPResponse.Status(code: code)
            let english = ErrorPageMiddleware<VigilRequestContext>.explanation(status)
            let spanish = SiteLanguage.$current.withValue(.spanish) { ErrorPageMiddleware<VigilRequestContext>.explanation(status) }
            #expect(english != spanish && !spanish.contains("error.explain"), "\(code)")
        }
    }

    @Test("a confirmation e-mail that could not be sent is said in the reader's language; only the mail server's own answer is quoted, as its words")
    func mailFailed() {
        SiteLanguage.$current.withValue(.spanish) {
            let refused = SignOnController.mailFailedNotice(MailError.rejected(server: "smtp.example.org", command: "RCPT TO", code: 550,
                                                                               reply: "Mailbox unavailable"))
            #expect(refused.contains("Esto respondió el servidor de correo (en su idioma): “550 Mailbox unavailable”"))
            let unreachable = SignOnController.mailFailedNotice(MailError.connectionFailed(server: "smtp.example.org", reason: "cannot resolve smtp.example.org"))
            #expect(unreachable == "La firma está guardada, pero no se pudo enviar el correo de confirmación. Envíe el formulario otra vez más tarde para recibir un enlace nuevo.")
            #expect(!unreachable.contains("Could not connect") && !unreachable.contains("smtp.example.org"))
        }
        #expect(SignOnController.mailFailedNotice(MailError.rejected(server: "s", command: "DATA", code: 554, reply: "No"))
                .contains("The mail server answered: “554 No”"))
    }

    /// Every key prefix of the catalogues, to find a key printed as text.
    static let keyPattern: NSRegularExpression = {
        let prefixes = Set(Catalogue.english.messages.keys.compactMap { $0.split(separator: ".").first.map(String.init) })
        return try! NSRegularExpression(pattern: "\\b(?:" + prefixes.sorted().joined(separator: "|")
                                        + ")\\.[a-z0-9_]+(?:\\.[a-z0-9_]+)*\\b(?!\\.(?:csv|json|xlsx|txt|md|gz|atom|pdf))")
    }()

    static let knownKeys = Set(Catalogue.english.messages.keys).union(Catalogue.spanish.messages.keys)

    static func visibleText(_ html: String) -> String {
        html.replacingOccurrences(of: "<style[^>]*>[\\s\\S]*?</style>", with: " ", options: .regularExpression)
            .replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
    }

    @Test("every page in both languages: its language, no raw key, no unfilled placeholder")
    func everyPage() async throws {
        try await PageTour.withApp { tour, client in
            let visits: [([String], HTTPFields)] = [(tour.publicPaths, HTTPFields()), (tour.signedInPaths, [.cookie: tour.cookie]),
                                                    (tour.memberPaths, [.cookie: tour.memberCookie])]
            for (paths, headers) in visits {
                for path in paths {
                    let english = try await client.execute(uri: path, method: .get, headers: headers)
                    let spanish = try await client.execute(uri: PageTour.spanish(path), method: .get, headers: headers)
                    #expect(english.status == (path.hasPrefix(PageTour.missingPath) ? .notFound : .ok), "\(path): \(english.status)")
                    #expect(english.status == spanish.status, "\(path)")
                    #expect(String(buffer: spanish.body).contains("<html lang=\"es\">"), "\(path)")
                    #expect(spanish.body != english.body, "\(path) is the same in both languages")
                    for (language, response) in [("en", english), ("es", spanish)] {
                        let text = Self.visibleText(String(buffer: response.body))
                        // a catalogue key, or anything deeper than one dot under a key's prefix (data such as
                        // an audit action, `incident.add`, shares the prefixes but has one dot)
                        let keys = Self.keyPattern.matches(in: text, range: NSRange(text.startIndex..., in: text))
                            .map { String(text[Range($0.range, in: text)!]) }
                            .filter { Self.knownKeys.contains($0) || $0.filter { $0 == "." }.count >= 2 }
                        #expect(keys.isEmpty, "\(path) [\(language)] shows raw keys: \(Set(keys).sorted().prefix(10))")
                        let placeholders = text.ranges(of: /\{[a-z_]+\}/).map { String(text[$0]) }
                        #expect(placeholders.isEmpty, "\(path) [\(language)] shows placeholders: \(placeholders.prefix(10))")
                    }
                }
            }
        }
    }
}
