/// Checks identifier-valued properties (`id`, `*_ref`, items of `*_refs`).
enum ReferenceRule {
    /// Checks that `value` is a well-formed identifier of an allowed type.
    @discardableResult
    static func check(_ value: JSONValue, targets: ReferenceTargets, at pointer: JSONPointer,
                      _ context: inout ValidationContext) -> STIXIdentifier? {
        guard let text = PropertyChecker.expectString(value, at: pointer, &context) else { return nil }
        if context.referencesAreLocalKeys, pointer.lastToken != "id" { return nil }
        guard let identifier = STIXIdentifier(text) else {
            context.error(.invalidIdentifier, at: pointer,
                          "'\(text)' is not a valid identifier; expected object-type--UUID with an RFC 4122 UUID of version 1-5")
            return nil
        }
        if !targets.allows(identifier.type) {
            context.error(.invalidReferenceTarget, at: pointer,
                          "'\(pointer.displayName)' must refer to \(targets.summary), not to a '\(identifier.type)'")
        }
        return identifier
    }
}
