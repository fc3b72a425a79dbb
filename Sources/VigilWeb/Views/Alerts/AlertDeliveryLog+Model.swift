import VigilStore

/// `/alerts/deliveries`: the latest deliveries, what went where and how, for editors.
struct AlertDeliveryLogModel: Sendable {
    var chrome: PageChrome
    var entries: [AlertDeliveryLogEntry]
    var limit: Int
}
