import Hummingbird
import VigilStore

/// How to use Vigil, in plain words.
enum HelpController {
    static func page(database: VigilDatabase) async -> Response {
        HTMLResponse.make(HelpView.render(HelpModel(chrome: await PageChrome.load(database: database, section: .help))))
    }
}
