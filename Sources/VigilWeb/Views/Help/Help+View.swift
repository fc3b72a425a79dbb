import Plot

enum HelpView {
    static func render(_ model: HelpModel) -> HTML {
        Layout.page(
            title: t("help.title"),
            description: t("help.description"),
            chrome: model.chrome,
            .h1(.text(t("help.title"))),
            .p(.class("lede"), .text(t("help.lede"))),
            .nav(.ariaLabel(t("help.contents")), .class("help-contents"),
                 .ul(.group(HelpModel.topics.map { topic in
                     .li(.a(.href("#" + topic.id), .text(t("help.\(topic.id).title"))))
                 }))),
            .group(HelpModel.topics.map(section))
        )
    }

    static func section(_ topic: HelpModel.Topic) -> Node<HTML.BodyContext> {
        Components.section(id: topic.id, title: t("help.\(topic.id).title"),
            .group((1...topic.paragraphs).map { .p(.text(t("help.\(topic.id).\($0)"))) }),
            .unwrap(topic.link) { .p(Components.link($0, t("help.\(topic.id).link"))) })
    }
}
