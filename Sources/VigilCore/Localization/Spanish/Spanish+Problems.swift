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
        "problem.not_yes_or_no": "“{value}” no es ni sí (yes) ni no.",
        "problem.not_an_a_number": "“{value}” no es un A-number: nueve dígitos, con o sin una A delante y con guiones (A123-456-789).",
        "problem.not_dollars": "“{value}” no es una cantidad en dólares, por ejemplo 1500 o $1,500.00.",
        "problem.not_a_conviction": "“{value}” no es ni felony ni misdemeanor (anote una entrada por condena, separadas por ;).",
        "problem.not_a_condition": "“{value}” no es una condición de la lista de criterios; use una de estas: {choices}.",
        "problem.before_birth": "{date} es anterior a la fecha de nacimiento, {birth}.",
        "problem.not_a_document": "El documento {number} (“{value}”) no está escrito como “hecho | título | fecha | kept o missing”.",
        "problem.in_document": "Documento {number}: {problem}",
        "problem.event_needs_facility": "Un evento {kind} nombra el centro al que llevaron a la persona (su código del registro).",
        "problem.event_needs_amount": "Un evento de fianza fijada (bond-set) da el monto de la fianza en dólares.",
        "problem.summary.one": "No se guardó nada: hay que revisar un campo.",
        "problem.summary.other": "No se guardó nada: hay que revisar {count} campos.",
    ]
}
