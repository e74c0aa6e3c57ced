// Written once by hand-run script from the generated listing's fields; kept as plain Swift.

/// The hand-written struct the SDK is measured against: the same stored properties as
/// `CoworkerIdentityCheckListing`, synthesized `Codable`, dates and enums as the raw JSON
/// types (it keeps no unknown keys, survives no bad record and parses no date).
struct PlainListing: Codable, Hashable {
    let businessId: Int?
    let businessName: String?
    let coworkerId: Int?
    let coworkerFullName: String?
    let coworkerCoworkerType: String?
    let coworkerCompanyName: String?
    let coworkerBillingName: String?
    let name: String?
    let identityCheckProvider: Int?
    let identityDocumentType: Int?
    let identityDocumentNumber: String?
    let identityDocumentIssuedBy: String?
    let identityDocumentExpirationDate: String?
    let addressDocumentType: Int?
    let verificationType: Int?
    let verificationStatus: Int?
    let lastError: String?
    let billed: Bool?
    let proposalGuid: String?
    let coworkerContractGuid: String?
    let contractContactGuid: String?
    let stripeVerificationSessionId: String?
    let identityCheckGroupGuid: String?
    let id: Int
    let uniqueId: String?
    let createdOn: String?
    let updatedOn: String?
    let updatedBy: String?
    let isNew: Bool?
    let systemId: String?

    enum CodingKeys: String, CodingKey {
        case businessId = "BusinessId"
        case businessName = "BusinessName"
        case coworkerId = "CoworkerId"
        case coworkerFullName = "CoworkerFullName"
        case coworkerCoworkerType = "CoworkerCoworkerType"
        case coworkerCompanyName = "CoworkerCompanyName"
        case coworkerBillingName = "CoworkerBillingName"
        case name = "Name"
        case identityCheckProvider = "IdentityCheckProvider"
        case identityDocumentType = "IdentityDocumentType"
        case identityDocumentNumber = "IdentityDocumentNumber"
        case identityDocumentIssuedBy = "IdentityDocumentIssuedBy"
        case identityDocumentExpirationDate = "IdentityDocumentExpirationDate"
        case addressDocumentType = "AddressDocumentType"
        case verificationType = "VerificationType"
        case verificationStatus = "VerificationStatus"
        case lastError = "LastError"
        case billed = "Billed"
        case proposalGuid = "ProposalGuid"
        case coworkerContractGuid = "CoworkerContractGuid"
        case contractContactGuid = "ContractContactGuid"
        case stripeVerificationSessionId = "StripeVerificationSessionId"
        case identityCheckGroupGuid = "IdentityCheckGroupGuid"
        case id = "Id"
        case uniqueId = "UniqueId"
        case createdOn = "CreatedOn"
        case updatedOn = "UpdatedOn"
        case updatedBy = "UpdatedBy"
        case isNew = "IsNew"
        case systemId = "SystemId"
    }
}

struct PlainPage: Codable {
    let Records: [PlainListing]
}
