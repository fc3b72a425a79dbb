import ArgumentParser
import Testing
import VigilWeb
@testable import vigil

@Suite("vigil serve's options")
struct ServeCommandTests {
    @Test("--print-timeout sets how long a PDF download may wait; 90 s unless given; under a second is refused")
    func printTimeout() throws {
        #expect((try Vigil.parseAsRoot(["serve"]) as? ServeCommand)?.printTimeoutSeconds == PDFPrinter.defaultTimeoutSeconds)
        #expect(PDFPrinter.defaultTimeoutSeconds == 90)
        #expect((try Vigil.parseAsRoot(["serve", "--print-timeout", "240"]) as? ServeCommand)?.printTimeoutSeconds == 240)
        for bad in ["0", "-5", "soon"] {
            #expect(throws: (any Error).self, "\(bad)") { try Vigil.parseAsRoot(["serve", "--print-timeout", bad]) }
        }
    }
}
