extension Catalogue {
    static let englishTPS: [String: String] = [
        "t_p_s.as_published": "as published",
        "t_p_s.certainty": "Certainty",
        "t_p_s.country": "Country",
        "t_p_s.designation": "Designation",
        "t_p_s.every_temporary_protected_status_designation_the": "Every Temporary Protected Status designation the release screener checks a person against, with the days it is ",
        "t_p_s.in_force": "In force",
        "t_p_s.in_force_both_days_included_residence": "In force: both days included. Residence and presence: a person must have been in the U.S. since these days.",
        "t_p_s.in_force_once_later_notices_terminations": "in force once later notices (terminations, a court's partial vacatur, extensions) are read, the residence and ",
        "t_p_s.no_tps_designations_yet_import_them": "No TPS designations yet. Import them with ",
        "t_p_s.presence_dates_a_person_must_meet": "presence dates a person must meet, its Federal Register source, and the file's certainty. Rows marked ",
        "t_p_s.presence_since": "Presence since",
        "t_p_s.release_screener": "Release screener",
        "t_p_s.residence_since": "Residence since",
        "t_p_s.sha_256": ", SHA-256 ",
        "t_p_s.source": "Source",
        "t_p_s.temporary_protected_status_designations_as_vigil": "Temporary Protected Status designations as Vigil's release screener uses them: when each is in force, its source and certainty.",
        "t_p_s.the_designations": "the designations",
        "t_p_s.to_verify_are_screened_as_such": "“to verify” are screened as such. This is screening data, not legal advice.",
        "t_p_s.tps_designations": "TPS designations",
    ]
}
