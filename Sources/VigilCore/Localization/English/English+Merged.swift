extension Catalogue {
    /// Words of pages merged after the parts were written; sorted into their parts later.
    static let englishMerged: [String: String] = [
        "facility_review.a_decision_is_kept_when_the": ". A decision is kept when the list is imported again.",
        "facility_review.codes_recorded_as_one_facility": "Codes recorded as one facility",
        "facility_review.counts_as": "Counts as",
        "facility_review.decided_by": "Decided by",
        "facility_review.earlier_code": "Earlier code",
        "facility_review.from_the_command_line": "From the command line: ",
        "facility_review.ice_s_lists_sometimes_give_one": "ICE’s lists sometimes give one facility a new code (EDENDTX in 2017, EDNDCTX later). A person may record that the old code is ",
        "facility_review.in_use": "In use",
        "facility_review.later_code": "Later code",
        "facility_review.no_merge_recorded": "No merge recorded.",
        "facility_review.no_pair_of_codes_looks_like": "No pair of codes looks like one facility.",
        "facility_review.old_code": "Old code",
        "facility_review.one_facility_under_two_codes": "One facility under two codes",
        "facility_review.or_only_a_weaker_match_until": "or only a weaker match. Until decided they count at their place, not at a facility. Decide here, or from the command line: ",
        "facility_review.the_same_facility_as_the_new": "the same facility as the new: its names, rows, deaths and operator records then count for the new code. Vigil merges nothing by itself. ",
        "facility_review.when": "When",
    ]
}
