import STIX

extension PathEvaluator {
    /// Replaces reference strings by the objects they name within the observation.
    static func dereference(_ values: [PathValue], key: String, in observation: ObservationSet.Observation) throws(PatternMatchError) -> [PathValue] {
        var result: [PathValue] = []
        for value in values {
            guard case .json(.string(let reference)) = value else {
                throw PatternMatchError(.invalidValue, "the value of reference property '\(key)' is not a string")
            }
            result += resolve(reference, in: observation)
        }
        return result
    }

    /// Replaces each list of references by the list of objects they name.
    static func dereferenceLists(_ values: [PathValue], key: String, in observation: ObservationSet.Observation) throws(PatternMatchError) -> [PathValue] {
        var result: [PathValue] = []
        for value in values {
            guard case .json(.array(let references)) = value else {
                throw PatternMatchError(.invalidValue, "the value of reference list property '\(key)' is not a list")
            }
            var resolved: [JSONValue] = []
            for reference in references {
                guard let id = reference.stringValue else {
                    throw PatternMatchError(.invalidValue, "a value of reference property '\(key)' is not a string")
                }
                for case .json(let object) in resolve(id, in: observation) { resolved.append(object) }
            }
            if !resolved.isEmpty { result.append(.json(.array(resolved))) }
        }
        return result
    }

    static func resolve(_ reference: String, in observation: ObservationSet.Observation) -> [PathValue] {
        switch observation.references {
        case .byID(let objects):
            return objects.filter { $0.has("id", equalTo: reference) }.map { .json(.object($0)) }
        case .byKey(let objects):
            return member(objects, reference).map { [.json($0)] } ?? []
        }
    }
}
