public import ConcordStore
public import STIX

/// Decides the access marking of an object: its TLP level and, for TLP:RED,
/// the organizations it names as recipients.
///
/// TLP comes from `object_marking_refs` (TLP 1.0 or 2.0 definitions); with
/// several, the most restrictive wins; with none, the collection's default
/// applies. Recipients come from Concord's property extension
/// (``recipientsExtensionID``), a list of `identity` ids under `recipients`.
public enum MarkingResolver {
    /// The id of the `extension-definition` under which a TLP:RED object lists
    /// its recipients: `"extensions": {ID: {"extension_type": "property-extension", "recipients": [...]}}`.
    public static let recipientsExtensionID = "extension-definition--7ed8b4a4-2bb0-4c8c-9c1e-6d7f1c4a0c31"

    /// The marking of `object` in a collection whose default is `defaultTLP`.
    public static func marking(of object: JSONObject, defaultTLP: TLPLevel) -> Marking {
        let levels = (object["object_marking_refs"]?.arrayValue ?? [])
            .compactMap { $0.stringValue.flatMap(TLPMarkingDefinitions.level(of:)) }
        let tlp = levels.max() ?? defaultTLP
        guard tlp == .red else { return Marking(tlp: tlp) }
        return Marking(tlp: .red, recipients: recipients(of: object))
    }

    /// The identity ids listed in Concord's recipients extension, in order, without repeats.
    static func recipients(of object: JSONObject) -> [String] {
        guard let extensionObject = object["extensions"]?.objectValue?[recipientsExtensionID]?.objectValue,
              let list = extensionObject["recipients"]?.arrayValue else { return [] }
        var seen: Set<String> = []
        return list.compactMap(\.stringValue).filter { $0.hasPrefix("identity--") && seen.insert($0).inserted }
    }
}
