import Plot
import VigilCore

/// `/letters`: a pure function of `LetterListModel`.
enum LetterListView {
    static func render(_ model: LetterListModel) -> HTML {
        Layout.page(
            title: t("letters.sign_on_letters"),
            description: t("letters.the_coalition_s_sign_on_letters"),
            chrome: model.chrome,
            .h1(.text(t("letters.sign_on_letters"))),
            .p(.class("lede"), .text(t("letters.letters_organizations_sign_together_each_counts"))),
            .if(model.isEditor, .p(Components.link(.newLetter, t("letters.write_a_new_letter")))),
            .if(model.letters.isEmpty, .p(.text(t("letters.no_letters_yet")))),
            .if(!model.letters.isEmpty, Components.scrollBox(.table(
                Components.headerRow([t("letters.letter"), t("letters.status"), t("letters.date"), "#" + t("letters.organizations"), "#" + t("letters.version")]),
                .tbody(.group(model.letters.map { entry in
                    .tr(Components.rowHeader(Components.link(.letter(id: entry.letter.id), entry.letter.title)),
                        Components.textCell(LetterPageView.status(entry.letter.status)),
                        Components.textCell(entry.letter.content.date.map(Format.date)),
                        Components.numberCell(Format.count(entry.approvedCount)),
                        Components.numberCell(String(entry.letter.currentVersion)))
                })))))
        )
    }
}
