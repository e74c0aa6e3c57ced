// Batch get, delete, an update started from the fetched record, the commands list and a command run, generated from the fixture pages
// in Tests/FixtureSDK/pages, over a real HTTP exchange on 127.0.0.1.

import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LoopbackSupport
import NexudusFixtureAPI
import XCTest

final class FixtureEndpointKindTests: FixtureLoopbackTestCase {
    private func jsonObject(_ data: Data) throws -> NSDictionary {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? NSDictionary)
    }

    func testABatchGetSendsTheIdsAsAJSONArrayAndDecodesAnArray() async throws {
        let server = try startServer { _ in
            .json(200, #"[{"Id":1,"Name":"Room 1","Visible":true},{"Id":3,"Name":"Room 3","Visible":false,"Allocation":4}]"#)
        }

        let records = try await client(for: server).send(ResourceAPI.getMany(ids: [1, 2, 3]))

        let request = try onlyRequest(of: server)
        XCTAssertEqual(request.method, "GET")
        XCTAssertEqual(request.target, "/api/spaces/resources?id=%5B1,2,3%5D")
        XCTAssertEqual(request.query?.removingPercentEncoding, "id=[1,2,3]", "the server reads the docs' `id=[1,2,3]`")
        XCTAssertEqual(ResourceAPI.getMany(ids: [1, 2, 3]).relativeURL, "/api/spaces/resources?id=[1,2,3]")
        XCTAssertEqual(request.header("Authorization"), "Bearer TOKEN")
        XCTAssertEqual(records.map(\.id), [1, 3])
        XCTAssertEqual(records.map(\.name), ["Room 1", "Room 3"])
        XCTAssertEqual(records[1].allocation, 4)
    }

    func testABadRecordInABatchIsNamedByItsIndex() async throws {
        let server = try startServer { _ in .json(200, #"[{"Id":1,"Name":"Room 1"},{"Id":2,"Name":false}]"#) }

        do {
            _ = try await client(for: server).send(ResourceAPI.getMany(ids: [1, 2]))
            XCTFail("expected a decoding failure")
        } catch NexudusError.decodingFailed(let failure, _) {
            XCTAssertEqual(failure.field, "[1].Name")
            XCTAssertEqual(failure.recordIndex, 1)
        }
    }

    /// An update starts from the full record a GET returned: it keeps every field the record
    /// has, changes only what the caller sets, and sends no default the docs state.
    func testAnUpdateStartsFromTheFetchedRecord() async throws {
        let server = try startServer { request in
            request.method == "GET"
                ? .json(200, #"{"Id":87654321,"BusinessId":1414,"Name":"Meeting Room 1","Allocation":8,"Extra":"kept by the record"}"#)
                : .json(200, #"{"Status":200,"Message":"Resource was successfully updated.","Value":{"Id":87654321},"WasSuccessful":true}"#)
        }
        let client = client(for: server)
        let record = try await client.send(ResourceAPI.get(id: 87654321))
        var body = try XCTUnwrap(UpdateResourceRequest(updating: record))
        body.allocation = 10
        XCTAssertEqual(body.state(of: \.visible), .omitted, "the record has no Visible, and its default is the server's")
        XCTAssertEqual(UpdateResourceRequest.Defaults.visible, true)

        let result = try await client.send(ResourceAPI.update(body))

        XCTAssertEqual(result.id, 87654321)
        let put = try XCTUnwrap(server.requests.last)
        XCTAssertEqual(put.method, "PUT")
        XCTAssertEqual(try jsonObject(put.body), ["Id": 87654321, "BusinessId": 1414, "Name": "Meeting Room 1", "Allocation": 10] as NSDictionary)
        // A record that lacks a field the update requires cannot start one.
        XCTAssertNil(UpdateResourceRequest(updating: Resource(id: 5)))
    }

    func testDeleteSendsADeleteToTheRecordsPath() async throws {
        let server = try startServer { _ in
            .json(200, #"{"Status":200,"Message":"Resource was successfully deleted.","Value":{"Id":87654321},"Errors":null,"WasSuccessful":true}"#)
        }

        let result = try await client(for: server).send(ResourceAPI.delete(id: 87654321))

        let request = try onlyRequest(of: server)
        XCTAssertEqual(request.method, "DELETE")
        XCTAssertEqual(request.target, "/api/spaces/resources/87654321")
        XCTAssertTrue(request.body.isEmpty)
        XCTAssertEqual(result.id, 87654321)
        XCTAssertEqual(result.message, "Resource was successfully deleted.")
    }

    func testADeleteAnswered200WithWasSuccessfulFalseIsActionFailed() async throws {
        let server = try startServer { _ in
            .json(200, #"{"Status":200,"Message":"The resource has bookings and cannot be deleted.","Value":null,"Errors":null,"WasSuccessful":false}"#)
        }

        do {
            _ = try await client(for: server).send(ResourceAPI.delete(id: 5))
            XCTFail("expected .actionFailed")
        } catch NexudusError.actionFailed(let result, let response) {
            XCTAssertEqual(result.message, "The resource has bookings and cannot be deleted.")
            XCTAssertEqual(result.wasSuccessful, false)
            XCTAssertEqual(response.status, 200)
        }
    }

    func testTheCommandsListDecodesEachCommandAndItsParameters() async throws {
        let server = try startServer { _ in
            .json(200, #"""
            [{"Key":"HIDE_RESOURCE","Name":"Hide from customers","AppliesOnlyToOneEntity":false,"AppliesOnlyToMultipleEntities":false,
              "NeedsEntitiesToRun":true,"RequiresParameters":[],"Icon":"eye"},
             {"Key":"MOVE_RESOURCE","Name":"Move to another location","AppliesOnlyToOneEntity":true,"AppliesOnlyToMultipleEntities":false,
              "NeedsEntitiesToRun":true,"RequiresParameters":[{"Name":"BusinessId","Type":"Int32"}]}]
            """#)
        }

        let commands = try await client(for: server).send(ResourceAPI.commands())

        XCTAssertEqual(try onlyRequest(of: server).target, "/api/spaces/resources/commands")
        XCTAssertEqual(commands.map(\.key), ["HIDE_RESOURCE", "MOVE_RESOURCE"])
        XCTAssertEqual(commands[0].additionalProperties["Icon"], .string("eye"))
        XCTAssertEqual(commands[1].appliesOnlyToOneEntity, true)
        XCTAssertEqual(commands[1].needsEntitiesToRun, true)
        XCTAssertEqual(commands[1].requiresParameters, [EntityCommand.Parameter(name: "BusinessId", type: "Int32")])
    }

    func testRunningACommandRoundTrips() async throws {
        let server = try startServer(maxConnections: 4) { request in
            request.path.hasSuffix("/commands")
                ? .json(200, #"[{"Key":"MOVE_RESOURCE","RequiresParameters":[{"Name":"BusinessId","Type":"Int32"}]}]"#)
                : .json(200, #"{"Status":200,"Message":"The command was run on 2 records.","Value":null,"Errors":null,"WasSuccessful":true}"#)
        }
        let client = client(for: server)

        let commands = try await client.send(ResourceAPI.commands())
        let command = try XCTUnwrap(commands.first)
        let run = CommandRequest(key: command.key, ids: [11, 12],
                                 parameters: command.requiresParameters.map { CommandRequest.Parameter(name: $0.name, value: "1415") })
        let result = try await client.send(ResourceAPI.runCommand(run))

        let request = try XCTUnwrap(server.requests.last)
        XCTAssertEqual(request.method, "POST")
        XCTAssertEqual(request.target, "/api/spaces/resources/runcommand")
        XCTAssertEqual(request.header("Content-Type"), "application/json")
        XCTAssertEqual(try jsonObject(request.body), [
            "Key": "MOVE_RESOURCE", "Ids": [11, 12], "Parameters": [["Name": "BusinessId", "Value": "1415"]],
        ] as NSDictionary)
        XCTAssertEqual(result.message, "The command was run on 2 records.")
        XCTAssertEqual(result.wasSuccessful, true)
    }

    func testACommandWithoutAKeyIsNotSent() async throws {
        let server = try startServer { _ in .json(200, "{}") }

        do {
            _ = try await client(for: server).send(ResourceAPI.runCommand(CommandRequest(key: "", ids: [0])))
            XCTFail("expected .invalidRequest")
        } catch NexudusError.invalidRequest(let errors) {
            XCTAssertEqual(errors.map(\.description), ["Key: is a required field", "Ids: must be a positive id"])
        }
        XCTAssertEqual(server.requests.count, 0)
    }
}
