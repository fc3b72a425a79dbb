extension Catalogue {
    static let englishSignIn: [String: String] = [
        "sign_in.email": "Email",
        "sign_in.for_people_who_add_or_review": "For people who add or review data. Reading Vigil needs no account.",
        "sign_in.password": "Password",
        "sign_in.sign_in": "Sign in",
        "sign_in.sign_in_to_add_or_review": "Sign in to add or review data in Vigil.",
    ]
}
