extension Catalogue {
    /// The help page, in plain words (the catalogue test checks its reading level).
    static let englishHelp: [String: String] = [
        "nav.help": "Help",
        "help.title": "How to use Vigil",
        "help.description": "What Vigil shows, where its numbers come from, and how to use them.",
        "help.lede": "Vigil keeps ICE's own numbers on immigration detention in one place. This page explains what you see here and how to use it.",
        "help.contents": "Topics",

        "help.what.title": "What Vigil is",
        "help.what.1": "Vigil is a free tool for people who work to free people held by ICE. It shows each detention center, who runs it, and how many people it holds.",
        "help.what.2": "It also tracks deaths, reports of abuse, and new jails. Groups can use it to act, and the public can use it to check the facts.",

        "help.numbers.title": "Where the numbers come from",
        "help.numbers.1": "ICE posts spreadsheets of its detention numbers a few times a month. We call each one a release. Vigil keeps every release as it was posted, with no changes.",
        "help.numbers.2": "Each number on a page comes from one release. You can trace it back to the file, the date, and the row.",
        "help.numbers.link": "See every release",

        "help.adp.title": "What “average daily population” means",
        "help.adp.1": "ICE counts people by the average number held each day. It starts the count on 1 October, the first day of its year. It ends on the date of the release.",
        "help.adp.2": "So the number is an average over many days. It is not a count of one day. It is not the number of people who came in.",
        "help.adp.link": "See counts day by day",

        "help.facility.title": "Find a detention center",
        "help.facility.1": "The national page lists every place that holds people. Search by name, state or city. Click a name to see its page.",
        "help.facility.2": "A center's page shows how many people it holds over time, who runs it, deaths there, and reports on it. You can print a short report on it as a PDF.",
        "help.facility.link": "Go to the national page",

        "help.deaths.title": "Deaths and conditions",
        "help.deaths.1": "Vigil lists the deaths of people held by ICE. Each one is tied to the place where the person was held.",
        "help.deaths.2": "Some deaths wait for a person to check them. The pages say how many. Reports of abuse and neglect are listed with their sources.",
        "help.deaths.link": "See the list of deaths",

        "help.private.title": "Who runs the jails",
        "help.private.1": "Many centers are run by private companies. Others are run by counties or by the U.S. government.",
        "help.private.2": "The private share page shows how many people are held by private companies. It also shows how we know who runs each place.",
        "help.private.link": "See who runs the jails",

        "help.alerts.title": "Get alerts",
        "help.alerts.1": "Vigil checks each new release. It tells you when a center opens, opens again, or grows fast.",
        "help.alerts.2": "You can follow a state, a center, or a company. Use the feed in a news reader, or sign in to get e-mail.",
        "help.alerts.link": "Set up alerts",

        "help.downloads.title": "Download the data",
        "help.downloads.1": "Each table has links to download it. CSV files open in a spreadsheet. JSON files are for programs.",
        "help.downloads.2": "You may use the data in your work. Please say that it comes from ICE, and name the release.",

        "help.privacy.title": "Your privacy and the people held",
        "help.privacy.1": "Legal teams keep their case files in Vigil. Only their own members can see them.",
        "help.privacy.2": "No name or case detail of a person is ever shown on a public page or in a public file.",

        "help.language.title": "Language",
        "help.language.1": "Vigil is in English and Spanish. Use the link at the top of each page to switch. Names of places and the text of letters stay as they were written.",
    ]
}
