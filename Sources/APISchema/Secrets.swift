/// Fields that hold credentials or access data, by the names the docs give them: tokens,
/// keys, passwords, PIN codes, bank accounts, access cards and fobs. The emitter redacts
/// them when a value is printed or logged.
enum Secrets {
    static func mark(_ entities: inout [Entity], _ operations: inout [Operation]) {
        for index in entities.indices { entities[index].fields = entities[index].fields.map(mark) }
        for index in operations.indices {
            operations[index].body = operations[index].body.map(mark)
            operations[index].responses = operations[index].responses.map { response in
                var response = response
                response.fields = response.fields.map(mark)
                return response
            }
        }
    }

    static func mark(_ field: Field) -> Field {
        var field = field
        field.secret = isSecret(field.name) ? true : nil
        field.children = field.children.map(mark)
        return field
    }

    /// `Office365AccessToken`, `DoordeckPrivateKey`, `AccessPincode`, `BankAccount`; not
    /// `DoordeckPublicKey`, which is meant to be shared, nor `KeyFobEnabled`-style flags.
    static func isSecret(_ name: String) -> Bool {
        let lowered = name.lowercased()
        if lowered.hasSuffix("publickey") { return false }
        let markers = ["token", "password", "secret", "privatekey", "apikey", "pincode", "pin", "bankaccount",
                       "accountnumber", "keyfobnumber", "accesscardid", "cardnumber", "encryptedvalue"]
        return markers.contains { marker in
            marker == "pin" ? lowered.hasSuffix("pin") : lowered.contains(marker)
        }
    }
}
