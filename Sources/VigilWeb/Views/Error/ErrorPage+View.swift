import Plot

enum ErrorPageView {
    static func render(_ model: ErrorPageModel) -> HTML {
        Layout.page(title: model.title, description: model.message, chrome: model.chrome,
            .div(.class("empty-state"),
                 .p(.class("eyebrow"), .text(t("error.eyebrow", ["status": String(model.status)]))),
                 .h1(.text(model.status == 404 ? t("error.not_found") : model.title)),
                 .p(.text(model.message)),
                 .p(Components.link(.national(), t("error.national_link")), .text(" · "),
                    Components.link(.releases, t("error.releases_link")))))
    }
}
