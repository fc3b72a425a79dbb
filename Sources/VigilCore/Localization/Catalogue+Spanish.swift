extension Catalogue {
    /// Vigil's words in Spanish, part by part (the files in `Spanish/`). Written for readers, in plain
    /// words, not word for word from the English.
    public static let spanish = Catalogue(language: .spanish, parts: [
        spanishLayout,
        spanishHelp,
        spanishProblems,
        spanishAlerts,
        spanishAuditLog,
        spanishCases,
        spanishCharts,
        spanishDaily,
        spanishDeaths,
        spanishDossier,
        spanishDrafts,
        spanishExpansion,
        spanishFacility,
        spanishFacilityReview,
        spanishIncidents,
        spanishLetters,
        spanishNational,
        spanishOperators,
        spanishOrganizations,
        spanishPressAudit,
        spanishPrivateShare,
        spanishRanking,
        spanishReleaseQueue,
        spanishReleases,
        spanishSegregation,
        spanishSignIn,
        spanishTPS,
    ])
}
