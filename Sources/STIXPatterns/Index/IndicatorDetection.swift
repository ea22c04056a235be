public import STIX

/// One indicator matched: which, on which events, and the SCOs that satisfied it.
public struct IndicatorDetection: Sendable {
    /// The indicator's position in the index.
    public var indicator: Int
    /// The events the match used, in the order the pattern used them.
    public var events: [ObservedEvent]
    /// For each of those events, its SCOs that satisfied a comparison of the pattern.
    public var matchedObjects: [[JSONObject]]

    /// Resolves a matcher result against the events it was run on (in observed-data order).
    init(indicator: Int, match: PatternMatch, events candidates: [ObservedEvent]) {
        self.indicator = indicator
        events = match.observedDataIndices.map { candidates[$0] }
        matchedObjects = zip(events, match.matchedObjectIDs).map { event, ids in
            event.objects.filter { object in ids.contains { object["id"]?.stringValue == $0 } }
        }
    }
}
