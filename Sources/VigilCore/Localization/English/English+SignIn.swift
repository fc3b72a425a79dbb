extension Catalogue {
    static let englishSignIn: [String: String] = [
        "sign_in.email": "Email",
        "sign_in.for_people_who_add_or_review": "For people who add or review data. Reading Vigil needs no account.",
        "sign_in.password": "Password",
        "sign_in.sign_in": "Sign in",
        "sign_in.sign_in_to_add_or_review": "Sign in to add or review data in Vigil.",
        "sign_in.signed_in_as": "You are signed in as {email}.",
        "sign_in.too_many_attempts": "Too many failed sign-in attempts for this account or from this address. Wait 15 minutes, then try again.",
        "sign_in.wrong_credentials": "The email or password is not right. Check both and try again.",
    ]
}
