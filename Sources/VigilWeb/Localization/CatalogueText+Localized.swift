import VigilCore

extension CatalogueText {
    /// The words in the page's language.
    var localized: String { text(in: Catalogue.of(SiteLanguage.current)) }
}
