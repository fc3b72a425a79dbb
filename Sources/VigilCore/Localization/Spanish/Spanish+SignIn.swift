extension Catalogue {
    static let spanishSignIn: [String: String] = [
        "sign_in.email": "Correo electrónico",
        "sign_in.for_people_who_add_or_review": "Para quienes agregan o revisan datos. Para leer Vigil no hace falta una cuenta.",
        "sign_in.password": "Contraseña",
        "sign_in.sign_in": "Iniciar sesión",
        "sign_in.sign_in_to_add_or_review": "Inicie sesión para agregar o revisar datos en Vigil.",
        "sign_in.signed_in_as": "Usted inició sesión como {email}.",
        "sign_in.too_many_attempts": "Hubo demasiados intentos fallidos para esta cuenta o desde esta dirección. Espere 15 minutos y vuelva a intentarlo.",
        "sign_in.wrong_credentials": "El correo o la contraseña no son correctos. Revise ambos y vuelva a intentarlo.",
    ]
}
