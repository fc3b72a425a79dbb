/// A case as the release screener reads it: the input contract, filled from the record.
extension CaseFile {
    public var screeningFacts: ScreeningFacts {
        ScreeningFacts(citizenship: citizenship, enteredUS: entryDate, continuouslyPresentSince: continuouslyPresentSince,
                       birthDate: birthDate, pregnant: pregnant, postpartumSince: postpartumSince, nursing: nursing,
                       conditions: conditions, seriousMentalDisorder: seriousMentalDisorder, disability: disability,
                       criminal: criminal, arriving: arriving, finalOrder: finalOrder)
    }
}
