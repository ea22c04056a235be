public import ConcordStore

/// The well-known `marking-definition` ids of TLP 1.0 and TLP 2.0, as the
/// STIX 2.1 specification (TLP 1.0) and the OASIS TLP 2.0 extension publish them.
public enum TLPMarkingDefinitions {
    /// TLP 2.0 definitions, by level.
    public static let tlp2: [TLPLevel: String] = [
        .clear: "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
        .green: "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
        .amber: "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
        .amberStrict: "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
        .red: "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
    ]

    /// TLP 1.0 definitions (STIX 2.1 section 7.2.1.4); WHITE maps to CLEAR.
    public static let tlp1: [TLPLevel: String] = [
        .clear: "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9",
        .green: "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da",
        .amber: "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82",
        .red: "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed",
    ]

    /// The TLP level a marking-definition id stands for, if it is a TLP one.
    public static func level(of markingID: String) -> TLPLevel? {
        byID[markingID]
    }

    private static let byID: [String: TLPLevel] = {
        var table: [String: TLPLevel] = [:]
        for (level, id) in tlp1 { table[id] = level }
        for (level, id) in tlp2 { table[id] = level }
        return table
    }()
}
