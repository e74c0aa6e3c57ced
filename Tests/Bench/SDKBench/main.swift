// The SDK's speed for its users, release build, one process, alternating runs, medians:
//   swift run -c release nexudus-sdk-bench [runs]
// - decode ratio: a 2,000-record search page decoded by the SDK (`JSONReader`, as the
//   client does) against `PlainListing` with synthesized `Codable` through `JSONDecoder`;
// - field read ratio: reading stored fields of every record, SDK record against plain struct;
// - date read: `updatedOn?.instant` on every record, which builds no formatter.
import Foundation
import NexudusAPI

func record(_ index: Int) -> String {
    """
    {"BusinessId":\(index % 17),"BusinessName":"Location \(index % 17)","CoworkerId":\(100_000 + index),\
    "CoworkerFullName":"Customer \(index)","CoworkerCoworkerType":"Member","CoworkerCompanyName":"Company \(index % 50)",\
    "CoworkerBillingName":"Billing \(index)","Name":"Check \(index)","IdentityCheckProvider":\(index % 3),\
    "IdentityDocumentType":\(index % 11),"IdentityDocumentNumber":"X\(index)","IdentityDocumentIssuedBy":"Authority",\
    "IdentityDocumentExpirationDate":"2030-0\(index % 9 + 1)-15T00:00:00Z","AddressDocumentType":\(index % 9),\
    "VerificationType":\(index % 3),"VerificationStatus":\(index % 6),"LastError":null,"Billed":\(index % 2 == 0),\
    "ProposalGuid":null,"CoworkerContractGuid":null,"ContractContactGuid":null,"StripeVerificationSessionId":"vs_\(index)",\
    "IdentityCheckGroupGuid":"a1b2c3d4-e5f6-7890-abcd-\(String(format: "%012d", index))","Id":\(87_000_000 + index),\
    "UniqueId":"a1b2c3d4-e5f6-7890-abcd-\(String(format: "%012d", index))","CreatedOn":"2025-01-10T08:00:00Z",\
    "UpdatedOn":"2025-01-15T10:\(String(format: "%02d", index % 60)):00Z","UpdatedBy":"admin@example.com","IsNew":false,\
    "SystemId":null,"ToStringText":"CoworkerIdentityCheck \(index)","LocalizationDetails":null,"CustomFields":null}
    """
}

let runs = max(5, Int(CommandLine.arguments.dropFirst().first ?? "") ?? 7)
let page = Data(("{\"Records\":[" + (0..<2000).map(record).joined(separator: ",")
    + "],\"CurrentPageSize\":2000,\"CurrentPage\":1,\"TotalItems\":2000,\"TotalPages\":1,\"HasNextPage\":false}").utf8)

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

var sdkDecode: [Double] = [], plainDecode: [Double] = []
var sdkPage = try JSONReader.decode(ListResult<CoworkerIdentityCheckListing>.self, from: page)
var plainPage = try JSONDecoder().decode(PlainPage.self, from: page)
precondition(sdkPage.records.count == 2000 && plainPage.Records.count == 2000 && sdkPage.failures.isEmpty)
for _ in 0..<runs {
    sdkDecode.append(try seconds { sdkPage = try JSONReader.decode(ListResult<CoworkerIdentityCheckListing>.self, from: page) })
    plainDecode.append(try seconds { plainPage = try JSONDecoder().decode(PlainPage.self, from: page) })
}

// Field reads: every record's id, name and billed, many times over.
let rounds = 500
var sink = 0
var sdkRead: [Double] = [], plainRead: [Double] = [], dateRead: [Double] = []
for _ in 0..<runs {
    sdkRead.append(seconds {
        for _ in 0..<rounds { for r in sdkPage.records { sink &+= r.id &+ (r.name?.utf8.count ?? 0) &+ (r.billed == true ? 1 : 0) } }
    })
    plainRead.append(seconds {
        for _ in 0..<rounds { for r in plainPage.Records { sink &+= r.id &+ (r.name?.utf8.count ?? 0) &+ (r.billed == true ? 1 : 0) } }
    })
    dateRead.append(seconds {
        for r in sdkPage.records { sink &+= Int(r.updatedOn?.instant?.timeIntervalSince1970 ?? 0) }
    })
}

print("page: 2000 records, \(page.count) bytes; \(runs) alternating runs, medians")
print(String(format: "decode: SDK %.1f ms, plain struct + JSONDecoder %.1f ms, ratio %.2f", median(sdkDecode) * 1e3, median(plainDecode) * 1e3,
             median(sdkDecode) / median(plainDecode)))
print(String(format: "field read (3 fields x 2000 records x %d): SDK %.2f ms, plain %.2f ms, ratio %.2f", rounds, median(sdkRead) * 1e3,
             median(plainRead) * 1e3, median(sdkRead) / median(plainRead)))
print(String(format: "date read (updatedOn?.instant x 2000): %.3f ms, %.0f ns per read", median(dateRead) * 1e3, median(dateRead) / 2000 * 1e9))
if sink == 42 { print("") }
