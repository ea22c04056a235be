/// Schemas of the structured types STIX objects share: external
/// references, kill-chain phases and granular markings.
enum SharedSchemas {
    /// An `external_references` item.
    static let externalReference = ObjectSchema([
        "source_name": .string,
        "description": .string,
        "url": .formatted(.uri),
        "external_id": .string,
        "hashes": .custom(externalReferenceHashes),
    ], required: ["source_name"], constraints: [ObjectConstraint(check: checkSourceAndID)])

    /// A `kill_chain_phases` item.
    static let killChainPhase = ObjectSchema([
        "kill_chain_name": .string,
        "phase_name": .string,
    ], required: ["kill_chain_name", "phase_name"])

    /// A `granular_markings` item: `marking_ref`, or `lang` for a language
    /// marking (STIX 2.1 §7.2.3; `stix2-validator` wrongly requires `marking_ref`).
    static let granularMarking = ObjectSchema([
        "selectors": .list(.custom(SelectorRule.syntax)),
        "lang": .string,
        "marking_ref": .reference(.only(["marking-definition"])),
    ], required: ["selectors"], constraints: [.atLeastOne(of: ["marking_ref", "lang"]), .notBoth("marking_ref", "lang")])

    /// External-reference hashes use the hash algorithms STIX defines.
    static let externalReferenceHashes = PropertyRule { value, pointer, context in
        HashesRule.check(value, at: pointer, &context)
        guard case .object(let hashes) = value else { return }
        for key in hashes.keys where !isKnownAlgorithmName(key) {
            context.error(.invalidHash, at: pointer.appending(key),
                          "hash algorithm '\(key)' is not one of MD5, SHA-1, SHA-256, SHA-512, SHA3-256, SHA3-512, SSDEEP, TLSH")
        }
    }

    /// As `stix2-validator` matches `^MD5|SHA-1|SHA-256|SHA-512|SHA3-256|SHA3-512|SSDEEP|TLSH$`.
    static func isKnownAlgorithmName(_ key: String) -> Bool {
        key.hasPrefix("MD5") || key.hasSuffix("TLSH")
            || ["SHA-1", "SHA-256", "SHA-512", "SHA3-256", "SHA3-512", "SSDEEP"].contains { key.contains($0) }
    }

    /// `cve` and `capec` sources need ids of their form; other sources must
    /// not use such ids and need an id, a description or a URL.
    static func checkSourceAndID(_ object: JSONObject, _ pointer: JSONPointer, _ context: inout ValidationContext) {
        guard let source = object["source_name"]?.stringValue else { return }
        let externalID = object["external_id"]?.stringValue
        if object["external_id"] != nil, externalID == nil { return }
        switch source {
        case "cve":
            if externalID.map(isCVE) != true {
                context.error(.invalidExternalReference, at: pointer.appending("external_id"),
                              "a 'cve' external reference needs an external_id of the form CVE-YYYY-NNNN")
            }
        case "capec":
            if externalID.map(isCAPEC) != true {
                context.error(.invalidExternalReference, at: pointer.appending("external_id"),
                              "a 'capec' external reference needs an external_id of the form CAPEC-N")
            }
        default:
            if let externalID, isCVE(externalID) || isCAPEC(externalID) {
                context.error(.invalidExternalReference, at: pointer.appending("source_name"),
                              "external_id '\(externalID)' requires source_name 'cve' or 'capec', not '\(source)'")
            } else if object["external_id"] == nil, object["description"] == nil, object["url"] == nil {
                context.error(.missingOneOf, at: pointer,
                              "an external reference needs at least one of 'external_id', 'description', 'url'")
            }
        }
    }

    /// `^CVE-\d{4}-(0\d{3}|[1-9]\d{3,})$`
    static func isCVE(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard bytes.count >= 13, bytes.starts(with: "CVE-".utf8), bytes[8] == 0x2D,
              bytes[4..<8].allSatisfy(ASCII.isDigit), bytes[9...].allSatisfy(ASCII.isDigit) else { return false }
        let tail = bytes[9...]
        return tail.first == UInt8(ascii: "0") ? tail.count == 4 : tail.count >= 4
    }

    /// `^CAPEC-\d+$`
    static func isCAPEC(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        return bytes.count > 6 && bytes.starts(with: "CAPEC-".utf8) && bytes[6...].allSatisfy(ASCII.isDigit)
    }
}
