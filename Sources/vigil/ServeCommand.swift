import Foundation
import ArgumentParser
import Hummingbird
import VigilAlerts
import VigilCore
import VigilStore
import VigilWeb

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve Vigil's pages and JSON API.",
        discussion: """
            With an empty database, serve first loads a generated, clearly labelled synthetic \
            demo (every page says so) unless --no-demo is given; importing real workbooks \
            removes the demo.
            """)

    @OptionGroup var options: GlobalOptions

    @Option(help: "Address to listen on.")
    var host: String = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port: Int = 8080

    @Flag(help: "Do not load the synthetic demo into an empty database.")
    var noDemo = false

    @Option(name: .customLong("trusted-proxy"),
            help: "The address of a reverse proxy in front of Vigil (repeatable): sign-in limits then count the client its X-Forwarded-For names.")
    var trustedProxies: [String] = []

    @Flag(help: "Mark sign-in cookies Secure (HTTPS only). Use whenever Vigil is reached over HTTPS.")
    var secureCookies = false

    @Option(name: .customLong("alerts-interval"),
            help: "Seconds between alert deliveries (what `vigil alerts send` does); 0 turns delivery off.")
    var alertsInterval: Int = 300

    @Option(name: .customLong("print-timeout"),
            help: "The most seconds a PDF download (dossier, letter, case draft) waits for Chromium, queueing included; then it is refused with a message saying so.")
    var printTimeoutSeconds: Int = PDFPrinter.defaultTimeoutSeconds

    @OptionGroup var alerts: AlertOptions

    func validate() throws {
        guard printTimeoutSeconds >= 1 else { throw ValidationError("--print-timeout must be at least 1 second, not \(printTimeoutSeconds).") }
    }

    func run() async throws {
        let logger = options.logger("serve")
        let dataKey = try DataKeyOption.configured()
        let database = try await options.openDatabase("serve")
        try await Self.checkDataKey(dataKey, database: database)
        if !noDemo, try await ReleaseQueries(database: database).all().isEmpty {
            logger.notice("The database is empty: loading a synthetic demo. Import real workbooks with `vigil import ice-stats <folder>`.")
            let keys = try await DemoLoader(database: database).load()
            if let dataKey {
                try await CaseArchive(database: database, key: dataKey)
                    .loadDemo(DemoCases.cases(at: keys.map(\.rawValue), today: .today))
                try await BondFunds(database: database)
                    .loadDemo(DemoBondFund.plan(at: keys.map(\.rawValue), today: .today), key: dataKey)
            } else {
                logger.notice("No \(DataKey.environmentVariable): the demo has no synthetic cases. Generate a key with `vigil generate data-key`.")
            }
        }
        if try await !ReleaseQueries(database: database).hasSyntheticData() {
            // Real releases have replaced the demo (see ReleaseArchive.archive): its incidents and cases go too.
            try await IncidentArchive(database: database).removeDemo()
            try await CaseArchive.removeDemo(from: database)
        }
        let app = try await buildApplication(
            configuration: AppConfig(host: host, port: port, logLevel: logger.logLevel, secureCookies: secureCookies,
                                     printTimeoutSeconds: printTimeoutSeconds, trustedProxies: trustedProxies, publicURL: alerts.configuredPublicURL,
                                     smtpURL: ProcessInfo.processInfo.environment["VIGIL_SMTP_URL"],
                                     mailFrom: ProcessInfo.processInfo.environment["VIGIL_MAIL_FROM"] ?? "vigil@localhost",
                                     dataKey: dataKey),
            database: database)
        // Each connection is an open file: raised from the usual 1,024 so a thousand at once are all held.
        let openFiles = OpenFileLimit.raiseToHardLimit()
        logger.notice("Vigil is serving \(database.location) at http://\(host):\(port)", metadata: ["open_files": "\(openFiles)"])
        // Alerts go out on their own every few minutes, beside the server, until it stops.
        let alertsLogger = options.logger("alerts")
        let dispatcher = try alerts.dispatcher(database, logger: alertsLogger)
        let interval = Duration.seconds(alertsInterval)
        let delivery = alertsInterval > 0 ? Task { await AlertDeliveryLoop.run(dispatcher, every: interval, logger: alertsLogger) } : nil
        do {
            try await app.runService()
        } catch {
            delivery?.cancel()
            await dispatcher.shutdown()
            try? await database.shutdown()
            throw error
        }
        delivery?.cancel()
        _ = await delivery?.value
        await dispatcher.shutdown()
        try await database.shutdown()
    }

    /// Refuses to serve a database holding cases without the key that opens them, or with another key.
    static func checkDataKey(_ key: DataKey?, database: VigilDatabase) async throws {
        let cases = try await CaseArchive.count(in: database)
        guard cases > 0 else { return }
        guard let key else {
            try? await database.shutdown()
            throw CommandFailure("The database holds \(cases) case\(cases == 1 ? "" : "s"), and Vigil will not serve them without their key. "
                                 + DataKeyOption.missingMessage("Serving a database with cases"))
        }
        do {
            try await CaseArchive(database: database, key: key).verifyKey()
        } catch {
            try? await database.shutdown()
            throw CommandFailure("\(error) Set \(DataKey.environmentVariable) to the key the cases were stored with; Vigil will not start with another.")
        }
    }
}
