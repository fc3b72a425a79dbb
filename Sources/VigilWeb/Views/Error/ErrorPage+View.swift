import Plot

enum ErrorPageView {
    static func render(_ model: ErrorPageModel) -> HTML {
        Layout.page(title: model.title, description: model.message, chrome: model.chrome,
            .div(.class("empty-state"),
                 .p(.class("eyebrow"), .text("Error \(model.status)")),
                 .h1(.text(model.status == 404 ? "Not found" : model.title)),
                 .p(.text(model.message)),
                 .p(Components.link(.national(), "National overview"), .text(" · "),
                    Components.link(.releases, "Release archive"))))
    }
}
