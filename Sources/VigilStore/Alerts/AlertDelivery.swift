import VigilCore

/// One event due to go to one subscription, claimed for sending.
public struct DueAlertDelivery: Sendable {
    public var id: Int
    public var subscription: AlertSubscription
    public var event: StoredExpansionEvent
    /// Attempts made before this one.
    public var attempts: Int
}

/// How one attempt went.
public struct AlertAttemptOutcome: Sendable, Hashable {
    public var succeeded: Bool
    /// The receiver's HTTP status, for webhooks that answered.
    public var httpStatus: Int?
    /// What happened, in words: `HTTP 200`, `connection refused`, `250 queued`.
    public var detail: String

    public init(succeeded: Bool, httpStatus: Int? = nil, detail: String) {
        self.succeeded = succeeded
        self.httpStatus = httpStatus
        self.detail = detail
    }
}

/// A line of the delivery log: what went where, and how it went.
public struct AlertDeliveryLogEntry: Sendable, Hashable {
    public var id: Int
    public var subscriptionID: Int
    public var eventKey: String
    public var eventKind: String
    public var facilityName: String
    public var asOf: String
    public var channel: String
    /// The webhook URL or e-mail address: private, for the database owner and editors only.
    public var target: String
    /// `pending` (waiting for its next attempt), `delivered` or `failed` (given up).
    public var status: String
    public var attempts: Int
    public var nextAttemptAt: String
    public var lastError: String?
    public var deliveredAt: String?
    public var createdAt: String
}

/// Retrying with exponential backoff: the wait after the n-th failed attempt is
/// `base × 2^(n−1)`, at most `maximumWait`; after `maximumAttempts` the delivery is given up.
public struct AlertRetryPolicy: Sendable, Hashable {
    public var baseSeconds: Double
    public var maximumWaitSeconds: Double
    public var maximumAttempts: Int

    public init(baseSeconds: Double = 60, maximumWaitSeconds: Double = 6 * 3600, maximumAttempts: Int = 8) {
        self.baseSeconds = baseSeconds
        self.maximumWaitSeconds = maximumWaitSeconds
        self.maximumAttempts = maximumAttempts
    }

    /// Seconds to wait after `failedAttempts` attempts have failed.
    public func wait(afterFailedAttempts failedAttempts: Int) -> Double {
        min(maximumWaitSeconds, baseSeconds * Double(1 << min(max(failedAttempts - 1, 0), 30)))
    }
}
