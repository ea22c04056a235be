public import STIX

/// The `extension-definition` that tells STIX tools how Concord carries
/// TLP:RED recipients: a property extension with a `recipients` list of
/// `identity` ids. Every node publishes it, so a consumer can look it up by
/// the id it finds under `extensions`.
public enum RecipientsExtension {
    /// The identity that defines the extension: the Concord project.
    public static let creatorIdentityID = "identity--0c7a2e4e-5f57-4c2c-9d9b-6a6f1f0c1b2d"

    /// The STIX 2.1 `extension-definition` object.
    public static let definition: JSONValue = .object([
        "type": .string("extension-definition"),
        "spec_version": .string("2.1"),
        "id": .string(MarkingResolver.recipientsExtensionID),
        "created": .string("2026-11-25T00:00:00.000Z"),
        "modified": .string("2026-11-25T00:00:00.000Z"),
        "created_by_ref": .string(creatorIdentityID),
        "name": .string("Concord TLP:RED recipients"),
        "description": .string("""
            Lists the organizations (by STIX identity id) that may read a TLP:RED object besides its publisher. \
            Add it under extensions with extension_type property-extension and a recipients list.
            """),
        "schema": .string("https://github.com/concord-exchange/concord#markings"),
        "version": .string("1.0.0"),
        "extension_types": .array([.string("property-extension")]),
    ])
}
