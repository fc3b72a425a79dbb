/// A command that could not do its work for a reason other than how it was called (a database
/// that will not open, a folder with no workbooks, passwords that differ). Printed as
/// `Error: <message>` with exit status 1, without the usage text a `ValidationError` brings,
/// which would suggest the arguments were wrong.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) { self.description = description }
}
