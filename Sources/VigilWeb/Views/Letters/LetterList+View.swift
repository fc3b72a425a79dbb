import Plot
import VigilCore

/// `/letters`: a pure function of `LetterListModel`.
enum LetterListView {
    static func render(_ model: LetterListModel) -> HTML {
        Layout.page(
            title: "Sign-on letters",
            description: "The coalition's sign-on letters, their signatories and fact sheets.",
            chrome: model.chrome,
            .h1(.text("Sign-on letters")),
            .p(.class("lede"), .text("Letters organizations sign together. Each counts its approved signatories; none is typed in.")),
            .if(model.isEditor, .p(Components.link(.newLetter, "Write a new letter"))),
            .if(model.letters.isEmpty, .p(.text("No letters yet."))),
            .if(!model.letters.isEmpty, Components.scrollBox(.table(
                Components.headerRow(["Letter", "Status", "Date", "#Organizations", "#Version"]),
                .tbody(.group(model.letters.map { entry in
                    .tr(Components.rowHeader(Components.link(.letter(id: entry.letter.id), entry.letter.title)),
                        Components.textCell(entry.letter.status.label),
                        Components.textCell(entry.letter.content.date.map(Format.date)),
                        Components.numberCell(Format.count(entry.approvedCount)),
                        Components.numberCell(String(entry.letter.currentVersion)))
                })))))
        )
    }
}
