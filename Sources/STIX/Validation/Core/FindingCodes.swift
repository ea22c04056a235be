extension ValidationFinding.Code {
    /// The value is not a JSON object.
    public static let notAnObject = Self(rawValue: "not-an-object")
    /// A required property is absent.
    public static let missingProperty = Self(rawValue: "missing-property")
    /// None of a set of properties of which at least one is required is present.
    public static let missingOneOf = Self(rawValue: "missing-one-of")
    /// Properties that must not appear together do.
    public static let conflictingProperties = Self(rawValue: "conflicting-properties")
    /// A property has the wrong JSON type (string, integer, list, …).
    public static let wrongType = Self(rawValue: "wrong-type")
    /// A property is `null`; STIX has no null values.
    public static let nullValue = Self(rawValue: "null-value")
    /// A list is empty; STIX lists must have at least one item.
    public static let emptyList = Self(rawValue: "empty-list")
    /// A dictionary has no entries.
    public static let emptyDictionary = Self(rawValue: "empty-dictionary")
    /// A number is outside its allowed range.
    public static let outOfRange = Self(rawValue: "out-of-range")
    /// A value is not one of the allowed values.
    public static let notAllowedValue = Self(rawValue: "not-allowed-value")
    /// The `type` property is not a valid type name.
    public static let invalidTypeName = Self(rawValue: "invalid-type-name")
    /// A value is not a well-formed STIX identifier.
    public static let invalidIdentifier = Self(rawValue: "invalid-identifier")
    /// The `id` names another type than the object's `type`.
    public static let identifierTypeMismatch = Self(rawValue: "identifier-type-mismatch")
    /// The UUID of an `id` has a version the rules forbid for this type.
    public static let uuidVersion = Self(rawValue: "uuid-version")
    /// A reference points at an object type it must not point at.
    public static let invalidReferenceTarget = Self(rawValue: "invalid-reference-target")
    /// A timestamp is malformed or not a real date.
    public static let invalidTimestamp = Self(rawValue: "invalid-timestamp")
    /// A timestamp lacks the required precision.
    public static let timestampPrecision = Self(rawValue: "timestamp-precision")
    /// Two timestamps are in the wrong order (e.g. `modified` before `created`).
    public static let timestampOrder = Self(rawValue: "timestamp-order")
    /// `spec_version` is not `2.1`.
    public static let invalidSpecVersion = Self(rawValue: "invalid-spec-version")
    /// A property name breaks the naming rules.
    public static let invalidPropertyName = Self(rawValue: "invalid-property-name")
    /// A property name reserved by STIX is used.
    public static let reservedProperty = Self(rawValue: "reserved-property")
    /// A dictionary key breaks the key rules.
    public static let invalidDictionaryKey = Self(rawValue: "invalid-dictionary-key")
    /// A value is not in its required format (hex, base64, URI, e-mail, …).
    public static let invalidFormat = Self(rawValue: "invalid-format")
    /// A hash value does not match its algorithm, or a hash name is not allowed.
    public static let invalidHash = Self(rawValue: "invalid-hash")
    /// An external reference is inconsistent (e.g. a `cve` source with a bad id).
    public static let invalidExternalReference = Self(rawValue: "invalid-external-reference")
    /// A granular-marking selector is malformed or does not resolve.
    public static let invalidSelector = Self(rawValue: "invalid-selector")
    /// A marking definition marks itself.
    public static let circularMarking = Self(rawValue: "circular-marking")
    /// A marking definition matches neither a statement, a TLP 1.0 nor an extension form.
    public static let invalidMarkingDefinition = Self(rawValue: "invalid-marking-definition")
    /// An `extensions` entry is malformed.
    public static let invalidExtension = Self(rawValue: "invalid-extension")
    /// A language code is not a recognised RFC 5646 code.
    public static let invalidLanguage = Self(rawValue: "invalid-language")
    /// An indicator pattern does not parse.
    public static let invalidPattern = Self(rawValue: "invalid-pattern")
    /// A SHOULD-level recommendation is not followed.
    public static let bestPractice = Self(rawValue: "best-practice")
}
