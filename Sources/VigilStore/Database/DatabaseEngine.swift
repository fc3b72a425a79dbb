/// The two SQL engines Vigil runs on. The schema is one; the few places SQL differs
/// between them are in `Dialect` and nowhere else.
public enum DatabaseEngine: String, Sendable, Hashable {
    case sqlite
    case postgres
}
