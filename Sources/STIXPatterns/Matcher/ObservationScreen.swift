import STIX

/// A quick look at raw observations before preparing them for one pattern:
/// when the input objects show that no comparison can hold for any root, the
/// pattern cannot match, and the ``ObservationSet`` need not be built.
///
/// Roots are input objects, so a comparison can only hold if some input
/// object has its type, and a string test on plain keys only if such an
/// object has a passing value (see ``CompiledComparison/screen(_:)``). The
/// screen decides only when every comparison is *safe* (cannot throw while
/// matching), and then checks what ``ObservationSet/init(_:)`` checks, in the
/// same order (every object first, then each observed-data object's timing,
/// references and id), throwing the same errors: the verdict is the one
/// preparing and matching would give. Otherwise, or for input it does not
/// handle (2.0 embedded objects), it steps aside and the set is built as
/// before, which then reports any error itself.
enum ObservationScreen {
    /// Whether the observations certainly do not match the plan's pattern;
    /// false means "prepare and see".
    static func cannotMatch(_ input: [JSONValue], plan: MatchPlan) throws(PatternMatchError) -> Bool {
        guard plan.tests.count <= UInt64.bitWidth else { return false }
        // Preparing would throw the same classification errors first, whatever the pattern.
        var sightings = TestSightings()
        var observedData = 0
        let tests = plan.tests
        for index in input.indices {
            try visit(input[index], tests, openingBundles: true, &sightings, &observedData)
        }
        var possible: UInt64 = 0
        var next = 0
        for index in plan.comparisons.indices {
            let verdict = plan.comparisons[index].screen(sightings, next: &next)
            guard verdict.safe else { return false }
            if verdict.possible { possible |= 1 << UInt64(index) }
        }
        if plan.canMatch(plan.root, satisfied: { possible & (1 << UInt64($0)) != 0 }) { return false }
        guard observedData > 0 else { return true }
        for index in input.indices {
            guard try checkObservations(input[index], openingBundles: true) else { return false }
        }
        return true
    }

    /// Classifies one input object (or the members of an input bundle) as
    /// ``ObservationSet`` does, throwing its errors, counts observed-data and
    /// records the object against the tests.
    private static func visit(_ value: JSONValue, _ tests: [CompiledTest], openingBundles: Bool,
                              _ sightings: inout TestSightings, _ observedData: inout Int) throws(PatternMatchError) {
        guard case .object(let object) = value else { throw ObservationSet.notAnObject(value) }
        if openingBundles, let inner = ObservationSet.bundleMembers(object) {
            for member in inner.indices { try visit(inner[member], tests, openingBundles: false, &sightings, &observedData) }
            return
        }
        sightings.record(object, tests: tests)
        guard let (isObservedData, _) = try ObservationSet.classify(object) else { return }
        if isObservedData { observedData += 1 }
    }

    /// Checks each observed-data object as preparing its observation would
    /// (the classification already passed); false for 2.0 embedded objects.
    private static func checkObservations(_ value: JSONValue, openingBundles: Bool) throws(PatternMatchError) -> Bool {
        guard case .object(let object) = value else { return true }
        if openingBundles, let inner = ObservationSet.bundleMembers(object) {
            for member in inner.indices {
                guard try checkObservations(inner[member], openingBundles: false) else { return false }
            }
            return true
        }
        let (type, id) = ObservationSet.typeAndID(object)
        guard type == true else { return true }
        let fields = ObservedDataFields(object)
        _ = try ObservationSet.timing(fields)
        guard let refs = fields.objectRefs else { return false }
        guard case .array = object.members[refs].value else { throw PatternMatchError(.invalidObservation, "object_refs is not a list") }
        // The observed-data object is the first member of its observation, whose roots need ids.
        if id == ObservationSet.IDPosition.missing { throw PatternMatchError(.invalidObservation, "an object has no id") }
        return true
    }
}
