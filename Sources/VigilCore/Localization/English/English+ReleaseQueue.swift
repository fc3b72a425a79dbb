extension Catalogue {
    static let englishReleaseQueue: [String: String] = [
        "release_queue.break_glass_access_this_read_is": "Break-glass access: this read is recorded in the audit log.",
        "release_queue.cases": "Cases",
        "release_queue.casework": "Casework · ",
        "release_queue.days": "Days",
        "release_queue.detained_people_ranked_by_the_strength": "Detained people ranked by the strength and urgency of their release paths.",
        "release_queue.each_case_s_score_is_the": "Each case's score is the sum of these parts; ties go to the person detained longer.",
        "release_queue.held_at": "Held at",
        "release_queue.how_the_queue_is_ranked": "How the queue is ranked",
        "release_queue.name": "Name",
        "release_queue.next_hearing": "Next hearing",
        "release_queue.no_one_is_detained_in_this": "No one is detained in this organization's cases.",
        "release_queue.rank": "Rank",
        "release_queue.release_paths_from_vigil_s_release": "Release paths from Vigil's release screener (docs/release-screener.md). ",
        "release_queue.release_queue": "Release queue",
    ]
}
