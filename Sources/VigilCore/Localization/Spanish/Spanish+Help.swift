extension Catalogue {
    /// La página de ayuda, en palabras sencillas (la prueba del catálogo mide qué tan fácil se lee).
    static let spanishHelp: [String: String] = [
        "nav.help": "Ayuda",
        "help.title": "Cómo usar Vigil",
        "help.description": "Qué muestra Vigil, de dónde vienen sus cifras y cómo usarlas.",
        "help.lede": "Vigil reúne en un solo lugar las cifras de ICE sobre la detención de inmigrantes. Esta página explica qué ve aquí y cómo usarlo.",
        "help.contents": "Temas",

        "help.what.title": "Qué es Vigil",
        "help.what.1": "Vigil es una herramienta gratis para quienes trabajan para liberar a personas detenidas por ICE. Muestra cada centro de detención, quién lo maneja y cuántas personas tiene.",
        "help.what.2": "También lleva la cuenta de muertes, denuncias de abuso y cárceles nuevas. Los grupos la usan para actuar. El público la usa para revisar los datos.",

        "help.numbers.title": "De dónde vienen las cifras",
        "help.numbers.1": "ICE publica hojas de cálculo con sus cifras de detención varias veces al mes. Aquí llamamos a cada una una publicación. Vigil guarda cada publicación tal como salió, sin cambios.",
        "help.numbers.2": "Cada cifra de una página viene de una publicación. Puede seguirla hasta el archivo, la fecha y la fila.",
        "help.numbers.link": "Ver todas las publicaciones",

        "help.adp.title": "Qué quiere decir “población diaria promedio”",
        "help.adp.1": "ICE cuenta a las personas por el promedio de detenidos de cada día. La cuenta empieza el 1 de octubre, el primer día de su año. Termina en la fecha de la publicación.",
        "help.adp.2": "Así que la cifra es un promedio de muchos días. No es la cuenta de un solo día. No es el número de personas que entraron.",
        "help.adp.link": "Ver las cifras día por día",

        "help.facility.title": "Buscar un centro de detención",
        "help.facility.1": "La página nacional muestra cada lugar donde hay personas detenidas. Busque por nombre, estado o ciudad. Haga clic en un nombre para ver su página.",
        "help.facility.2": "La página de un centro muestra cuántas personas tiene con el tiempo, quién lo maneja, las muertes y los informes. Puede imprimir un resumen en PDF.",
        "help.facility.link": "Ir a la página nacional",

        "help.deaths.title": "Muertes y condiciones",
        "help.deaths.1": "Vigil muestra las muertes de personas detenidas por ICE. Cada una está unida al lugar donde estaba la persona.",
        "help.deaths.2": "Algunas muertes esperan a que una persona las revise. Las páginas dicen cuántas. Las denuncias de abuso y descuido aparecen con su fuente.",
        "help.deaths.link": "Ver la lista de muertes",

        "help.private.title": "Quién maneja las cárceles",
        "help.private.1": "Muchos centros los manejan empresas privadas. Otros los manejan los condados o el gobierno de EE. UU.",
        "help.private.2": "La página de la parte privada muestra cuántas personas están en manos de empresas. También dice cómo sabemos quién maneja cada lugar.",
        "help.private.link": "Ver quién maneja las cárceles",

        "help.alerts.title": "Recibir alertas",
        "help.alerts.1": "Vigil revisa cada publicación nueva. Le avisa cuando un centro abre, vuelve a abrir o crece rápido.",
        "help.alerts.2": "Puede seguir un estado, un centro o una empresa. Use el canal en un lector de noticias, o entre para recibir correos.",
        "help.alerts.link": "Crear alertas",

        "help.downloads.title": "Descargar los datos",
        "help.downloads.1": "Cada tabla tiene enlaces para bajarla. Los archivos CSV se abren en una hoja de cálculo. Los JSON son para programas.",
        "help.downloads.2": "Puede usar los datos en su trabajo. Diga que vienen de ICE y nombre la publicación.",

        "help.privacy.title": "Su privacidad y la de las personas detenidas",
        "help.privacy.1": "Los equipos legales guardan sus casos en Vigil. Solo sus propios miembros los pueden ver.",
        "help.privacy.2": "Nunca se muestra el nombre ni un dato del caso de una persona en una página o archivo público.",

        "help.language.title": "Idioma",
        "help.language.1": "Vigil está en inglés y en español. Use el enlace de arriba en cada página para cambiar. Los nombres de lugares y el texto de las cartas quedan como se escribieron.",
    ]
}
