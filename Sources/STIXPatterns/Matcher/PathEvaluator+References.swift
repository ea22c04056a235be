import STIX

extension PathEvaluator {
    /// Replaces reference strings by the objects they name within the observation.
    static func dereference(_ values: [PathValue], key: String, in observation: ObservationSet.Observation,
                            of set: ObservationSet) throws(PatternMatchError) -> [PathValue] {
        var result: [PathValue] = []
        for value in values {
            guard case .json(.string(let reference)) = value else {
                throw PatternMatchError(.invalidValue, "the value of reference property '\(key)' is not a string")
            }
            result += resolve(reference, in: observation, of: set)
        }
        return result
    }

    /// Replaces each list of references by the list of objects they name.
    static func dereferenceLists(_ values: [PathValue], key: String, in observation: ObservationSet.Observation,
                            of set: ObservationSet) throws(PatternMatchError) -> [PathValue] {
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
                for case .json(let object) in resolve(id, in: observation, of: set) { resolved.append(object) }
            }
            if !resolved.isEmpty { result.append(.json(.array(resolved))) }
        }
        return result
    }

    static func resolve(_ reference: String, in observation: ObservationSet.Observation, of set: ObservationSet) -> [PathValue] {
        if let embedded = observation.embedded {
            return member(embedded, reference).map { [.json($0)] } ?? []
        }
        var result: [PathValue] = []
        for position in observation.members {
            let index = set.indexes[Int(position)]
            if set.hasID(index, reference) { result.append(.json(.object(set.objects[Int(index)].object))) }
        }
        return result
    }
}
