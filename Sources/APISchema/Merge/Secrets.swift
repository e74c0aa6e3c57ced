/// Fields that hold credentials or access data, by the names the docs give them: tokens,
/// keys, passwords, PIN codes, bank accounts, access cards and fobs. The emitter redacts
/// them when a value is printed or logged.
enum Secrets {
    /// Marks the fields where they are: rebuilding every list of fields would copy each
    /// field of the API (and all its strings' references) once more.
    /// Each name is judged once: the record's fields come again in its request bodies and
    /// responses, on every page of the entity.
    static func mark(_ entities: inout [Entity], _ operations: inout [Operation]) {
        var answers: [String: Bool] = [:]
        for index in entities.indices { mark(&entities[index].fields, &answers) }
        for index in operations.indices {
            mark(&operations[index].body, &answers)
            for response in operations[index].responses.indices { mark(&operations[index].responses[response].fields, &answers) }
        }
    }

    private static func mark(_ fields: inout [Field], _ answers: inout [String: Bool]) {
        for index in fields.indices {
            let name = fields[index].name
            let secret: Bool
            if let known = answers[name] {
                secret = known
            } else {
                secret = isSecret(name)
                answers[name] = secret
            }
            fields[index].secret = secret ? true : nil
            if !fields[index].children.isEmpty { mark(&fields[index].children, &answers) }
        }
    }

    /// `Office365AccessToken`, `DoordeckPrivateKey`, `AccessPincode`, `BankAccount`; not
    /// `DoordeckPublicKey`, which is meant to be shared, nor `KeyFobEnabled`-style flags.
    static func isSecret(_ name: String) -> Bool {
        if let answer = asciiIsSecret(name) { return answer }
        let lowered = name.lowercased()
        if lowered.hasSuffix("publickey") { return false }
        return markers.contains { marker in
            marker == "pin" ? lowered.hasSuffix("pin") : lowered.contains(marker)
        }
    }

    static let markers = ["token", "password", "secret", "privatekey", "apikey", "pincode", "pin", "bankaccount",
                          "accountnumber", "keyfobnumber", "accesscardid", "cardnumber", "encryptedvalue"]
    static let markerBytes = markers.map { Array($0.utf8) }
    static let pinBytes = Array("pin".utf8)
    static let publicKeyBytes = Array("publickey".utf8)

    /// The same test on ASCII bytes, where lower-casing, suffixes and substring search
    /// need no Unicode tables: every name is checked for every field of every page. The
    /// bytes are lower-cased into a buffer on the stack and compared in place.
    private static func isSecret(lowered: UnsafeBufferPointer<UInt8>) -> Bool {
        func matches(_ marker: [UInt8], at start: Int) -> Bool {
            for offset in marker.indices where lowered[start + offset] != marker[offset] { return false }
            return true
        }
        func hasSuffix(_ suffix: [UInt8]) -> Bool {
            lowered.count >= suffix.count && matches(suffix, at: lowered.count - suffix.count)
        }
        func contains(_ marker: [UInt8]) -> Bool {
            guard lowered.count >= marker.count else { return false }
            for start in 0...(lowered.count - marker.count) where lowered[start] == marker[0] {
                if matches(marker, at: start) { return true }
            }
            return false
        }
        if hasSuffix(publicKeyBytes) { return false }
        return markerBytes.contains { marker in marker == pinBytes ? hasSuffix(marker) : contains(marker) }
    }

    /// `isSecret(lowered:)` of the name lower-cased, when it is plain ASCII (no carriage
    /// return, the one ASCII byte that joins the next into one Character); nil sends it down
    /// the Unicode path.
    private static func asciiIsSecret(_ name: String) -> Bool? {
        func lowered<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool? {
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer -> Bool? in
                var index = 0
                for byte in bytes {
                    guard byte < 0x80, byte != 0x0D else { return nil }
                    buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                    index += 1
                }
                return isSecret(lowered: UnsafeBufferPointer(buffer))
            }
        }
        return name.utf8.withContiguousStorageIfAvailable(lowered) ?? lowered(name.utf8)
    }
}
