import STIX

/// A quick look at raw observations before preparing them for one pattern:
/// when the input objects show that no comparison can hold for any root, the
/// pattern cannot match, and the ``ObservationSet`` need not be built.
///
/// Roots are input objects, so a comparison can only hold if some input
/// object has its type, and a string test on plain keys only if such an
/// object has a passing value (see ``CompiledComparison/screen(_:next:)``). The
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
        var outcome = ObservationCheck.passed
        let tests = plan.tests
        let undecided = plan.undecidedTests
        let single = tests.count == 1
        for index in input.indices {
            try visit(input[index], tests, openingBundles: true, &sightings, &outcome)
            // Stepping aside as soon as that is sure: preparing then reports any error itself.
            if sightings.present & undecided != 0 || (single && sightings.passing != 0) { return false }
        }
        guard !canMatch(plan, sightings) else { return false }
        switch outcome {
        case .passed: return true
        case .failed(let error): throw error
        case .unhandled: return false
        }
    }

    /// What checking the observed-data objects in order found first: nothing
    /// wrong, the error preparing would throw, or input left to ``ObservationSet``.
    enum ObservationCheck {
        case passed
        case failed(PatternMatchError)
        case unhandled
    }

    /// Whether the plan could match, or could throw, given the sightings.
    private static func canMatch(_ plan: MatchPlan, _ sightings: TestSightings) -> Bool {
        let comparisons = plan.comparisons
        var possible: UInt64 = 0
        var next = 0
        for index in comparisons.indices {
            let verdict = comparisons[index].screen(sightings, next: &next)
            guard verdict.safe else { return true }
            if verdict.possible { possible |= 1 << UInt64(index) }
        }
        if comparisons.count == 1 { return possible != 0 }
        let satisfied = possible
        return plan.canMatch(plan.root) { satisfied & (1 << UInt64($0)) != 0 }
    }

    /// Classifies one input object (or the members of an input bundle) as
    /// ``ObservationSet`` does, throwing its errors, counts observed-data and
    /// records the object against the tests.
    /// Observed-data objects are checked as they come, and the first
    /// finding is kept: preparing reports it only after every object is classified.
    private static func visit(_ value: JSONValue, _ tests: [CompiledTest], openingBundles: Bool,
                              _ sightings: inout TestSightings, _ outcome: inout ObservationCheck) throws(PatternMatchError) {
        guard case .object(let object) = value else { throw ObservationSet.notAnObject(value) }
        // An opened bundle is recorded too, which can only make the screen step aside.
        let (type, id) = scan(object, tests, &sightings)
        if openingBundles, type == .bundle, case .array(let inner)? = object.value(named: "objects") {
            for member in inner.indices { try visit(inner[member], tests, openingBundles: false, &sightings, &outcome) }
            return
        }
        // As ObservationSet.classify decides.
        guard type != .missing else { throw PatternMatchError(.invalidObservation, "an object has no type") }
        guard type == .observedData else {
            if id == ObservationSet.IDPosition.missing { throw PatternMatchError(.invalidObservation, "an SCO has no id") }
            return
        }
        guard case .passed = outcome else { return }
        outcome = check(observedData: object, id: id)
    }

    /// What an object's `type` says to the screen.
    enum TypeKind {
        case missing, observedData, bundle, other
    }

    /// One pass over the members: the object's type kind and where its `id`
    /// is (as ``ObservationSet/typeAndID(_:)`` finds it), recording the type against the tests.
    @inline(__always)
    private static func scan(_ object: JSONObject, _ tests: [CompiledTest],
                             _ sightings: inout TestSightings) -> (TypeKind, Int32) {
        var type = TypeKind.missing
        var id = ObservationSet.IDPosition.missing
        let members = object.members
        for index in members.indices {
            let length = members[index].key.utf8.count
            if length == 4, type == .missing, Normalization.codePointsEqual(members[index].key, "type") {
                type = .other
                if case .string(let name) = members[index].value {
                    sightings.record(object, type: name, tests: tests)
                    if Normalization.codePointsEqual(name, "observed-data") { type = .observedData }
                    if Normalization.codePointsEqual(name, "bundle") { type = .bundle }
                }
            } else if length == 2, Normalization.codePointsEqual(members[index].key, "id") {
                id = if case .string = members[index].value { Int32(index) } else { ObservationSet.IDPosition.notString }
            }
            if type != .missing, id != ObservationSet.IDPosition.missing { break }
        }
        return (type, id)
    }

    /// Checks an observed-data object as preparing its observation would.
    private static func check(observedData object: JSONObject, id: Int32) -> ObservationCheck {
        let fields = ObservedDataFields(object)
        do throws(PatternMatchError) {
            _ = try ObservationSet.timing(fields)
        } catch {
            return .failed(error)
        }
        guard let refs = fields.objectRefs else { return .unhandled }
        guard case .array = object.members[refs].value else {
            return .failed(PatternMatchError(.invalidObservation, "object_refs is not a list"))
        }
        // The observed-data object is the first member of its observation, whose roots need ids.
        if id == ObservationSet.IDPosition.missing { return .failed(PatternMatchError(.invalidObservation, "an object has no id")) }
        return .passed
    }
}
