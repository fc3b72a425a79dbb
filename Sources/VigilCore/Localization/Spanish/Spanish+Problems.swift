extension Catalogue {
    /// Por qué se rechazó un campo de un formulario (`FieldProblemReason`).
    static let spanishProblems: [String: String] = [
        "problem.required": "Es obligatorio, pero está vacío.",
        "problem.too_long": "Es demasiado largo: {count} caracteres; se aceptan {max} como máximo.",
        "problem.contains_nul": "Tiene un carácter NUL; quítelo.",
        "problem.not_a_date": "“{value}” no es una fecha escrita como AAAA-MM-DD.",
        "problem.before_earliest": "{date} es anterior a {earliest}, la primera fecha que se acepta.",
        "problem.in_future": "{date} está en el futuro (hoy es {today}).",
        "problem.not_one_of": "“{value}” no es ninguna de estas opciones: {choices}.",
        "problem.not_a_web_address": "“{value}” no es una dirección web http:// o https://.",
        "problem.unknown_facility": "No hay ningún centro llamado “{value}”: use un código DETLOC del registro (por ejemplo, STWRTGA) o la clave del centro que aparece en la dirección de su página.",
        "problem.summary.one": "No se guardó nada: hay que revisar un campo.",
        "problem.summary.other": "No se guardó nada: hay que revisar {count} campos.",
    ]
}
