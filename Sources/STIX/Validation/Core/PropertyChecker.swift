/// Interprets ``PropertyKind`` and ``ObjectSchema`` descriptions against JSON values.
enum PropertyChecker {
    /// Checks `value`, found at `pointer`, against `kind`.
    static func check(_ value: JSONValue, _ kind: PropertyKind, at pointer: JSONPointer, _ context: inout ValidationContext) {
        switch kind {
        case .anyValue: return
        case .string: expectString(value, at: pointer, &context)
        case .formatted(let format): checkFormatted(value, format, at: pointer, &context)
        case .oneOf(let allowed): checkOneOf(value, allowed, at: pointer, &context)
        case .integer(let range): checkInteger(value, range, at: pointer, &context)
        case .number(let range): checkNumber(value, range, at: pointer, &context)
        case .boolean:
            if value.boolValue == nil { wrongType(value, expected: "a boolean", at: pointer, &context) }
        case .timestamp(let precision): TimestampRule.check(value, precision: precision, at: pointer, &context)
        case .reference(let targets): ReferenceRule.check(value, targets: targets, at: pointer, &context)
        case .list(let element, let minItems): checkList(value, element, minItems: minItems, at: pointer, &context)
        case .dictionary(let valueKind): DictionaryRule.check(value, values: valueKind, at: pointer, &context)
        case .hashes: HashesRule.check(value, at: pointer, &context)
        case .object(let schema):
            guard case .object(let object) = value else { return wrongType(value, expected: "an object", at: pointer, &context) }
            checkObject(object, schema, at: pointer, &context)
        case .custom(let rule): rule.check(value, pointer, &context)
        }
    }

    /// Checks an object's required properties, known properties and constraints.
    static func checkObject(_ object: JSONObject, _ schema: ObjectSchema, at pointer: JSONPointer, _ context: inout ValidationContext) {
        for name in schema.required where object[name] == nil {
            context.error(.missingProperty, at: pointer.appending(name), "required property '\(name)' is missing")
        }
        for member in object.members {
            guard let kind = schema.properties[member.key] else { continue }
            check(member.value, kind, at: pointer.appending(member.key), &context)
        }
        for constraint in schema.constraints { constraint.check(object, pointer, &context) }
    }

    /// Records that `value` has the wrong JSON type.
    static func wrongType(_ value: JSONValue, expected: String, at pointer: JSONPointer, _ context: inout ValidationContext) {
        if case .null = value {
            context.error(.nullValue, at: pointer, "'\(pointer.displayName)' must not be null; expected \(expected)")
        } else {
            context.error(.wrongType, at: pointer, "'\(pointer.displayName)' must be \(expected), not \(value.typeName)")
        }
    }

    @discardableResult
    static func expectString(_ value: JSONValue, at pointer: JSONPointer, _ context: inout ValidationContext) -> String? {
        guard case .string(let string) = value else {
            wrongType(value, expected: "a string", at: pointer, &context)
            return nil
        }
        return string
    }

    static func checkFormatted(_ value: JSONValue, _ format: StringFormat, at pointer: JSONPointer, _ context: inout ValidationContext) {
        guard let string = expectString(value, at: pointer, &context) else { return }
        if !format.accepts(string) {
            context.error(.invalidFormat, at: pointer, "'\(pointer.displayName)' value '\(string)' is not \(format.summary)")
        }
    }

    static func checkOneOf(_ value: JSONValue, _ allowed: Set<String>, at pointer: JSONPointer, _ context: inout ValidationContext) {
        guard let string = expectString(value, at: pointer, &context) else { return }
        if !allowed.contains(string) {
            let list = allowed.sorted().map { "'\($0)'" }.joined(separator: ", ")
            context.error(.notAllowedValue, at: pointer, "'\(pointer.displayName)' value '\(string)' is not one of \(list)")
        }
    }

    static func checkInteger(_ value: JSONValue, _ range: ClosedRange<Int64>?, at pointer: JSONPointer, _ context: inout ValidationContext) {
        guard case .number(let number) = value, number.isInteger else {
            return wrongType(value, expected: "an integer", at: pointer, &context)
        }
        guard let range else { return }
        if number.double < Double(range.lowerBound) || number.double > Double(range.upperBound) {
            context.error(.outOfRange, at: pointer,
                          "'\(pointer.displayName)' must be between \(range.lowerBound) and \(range.upperBound), not \(describe(number))")
        }
    }

    static func checkNumber(_ value: JSONValue, _ range: ClosedRange<Double>?, at pointer: JSONPointer, _ context: inout ValidationContext) {
        guard case .number(let number) = value else { return wrongType(value, expected: "a number", at: pointer, &context) }
        if let range, !range.contains(number.double) {
            context.error(.outOfRange, at: pointer,
                          "'\(pointer.displayName)' must be between \(describe(range.lowerBound)) and \(describe(range.upperBound)), not \(describe(number))")
        }
    }

    static func checkList(_ value: JSONValue, _ element: PropertyKind, minItems: Int, at pointer: JSONPointer, _ context: inout ValidationContext) {
        guard case .array(let items) = value else { return wrongType(value, expected: "a list", at: pointer, &context) }
        if items.count < minItems {
            context.error(.emptyList, at: pointer, "'\(pointer.displayName)' must have at least \(minItems) item\(minItems == 1 ? "" : "s")")
        }
        for (index, item) in items.enumerated() {
            check(item, element, at: pointer.appending(index), &context)
        }
    }

    static func describe(_ number: JSONNumber) -> String {
        if let integer = number.integer { return String(integer) }
        return String(number.double)
    }

    static func describe(_ double: Double) -> String {
        double.rounded() == double ? String(Int64(double)) : String(double)
    }
}
