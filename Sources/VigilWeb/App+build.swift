import Hummingbird
import Logging
import VigilStore

/// Builds the web application on an open database. Tests call this and then
/// `app.test(.router)`, with no socket; `vigil serve` runs it.
public func buildApplication(configuration: AppConfig, database: VigilDatabase) async throws -> some ApplicationProtocol {
    var logger = Logger(label: "vigil.web")
    logger.logLevel = configuration.logLevel
    logger[metadataKey: "component"] = "web"
    // HEAD answers wherever GET does: the same headers, no body.
    let router = Router(context: VigilRequestContext.self, options: .autoGenerateHeadEndpoints)
    // Chromium fetches pages to print from this server, so the printer learns where it listens once it runs.
    let printer = PDFPrinter(chromiumPath: configuration.chromiumPath, timeoutSeconds: configuration.printTimeoutSeconds)
    Routes.register(on: router, database: database, signIn: SignInSettings(secureCookies: configuration.secureCookies,
                                                                          trustedProxies: Set(configuration.trustedProxies)),
                    printer: printer,
                    caches: WebCaches(database: database, responseBytes: configuration.responseCacheBytes),
                    signOn: SignOnSettings(send: try SignOnMailer.sender(configuration),
                                           publicURL: configuration.publicURL ?? "http://\(configuration.host):\(configuration.port)",
                                           trustedProxies: Set(configuration.trustedProxies)),
                    dataKey: configuration.dataKey)
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Vigil"),
        onServerRunning: { channel in await printer.serving(at: channel.localAddress) },
        logger: logger)
}
