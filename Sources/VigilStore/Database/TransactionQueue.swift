/// Lets one transaction at a time run on a SQLite connection.
///
/// Vigil reaches SQLite through a single connection, and SQLiteNIO does not serialise its
/// users: two tasks beginning transactions on it at once (a web form and the server's alert
/// delivery loop) would nest `BEGIN`s, and one's `ROLLBACK` would undo the other's work.
/// Transactions wait their turn here, first come first served. PostgreSQL needs none of this:
/// each transaction takes its own connection from the pool.
actor TransactionQueue {
    private var busy = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func acquire() async {
        if !busy { busy = true; return }
        await withCheckedContinuation { waiters.append($0) }
    }

    func release() {
        if waiters.isEmpty { busy = false } else { waiters.removeFirst().resume() }
    }
}
