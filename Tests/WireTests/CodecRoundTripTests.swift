import NIOCore
import Testing

@testable import Wire

@Suite struct CodecRoundTripTests {
    @Test(arguments: Fixtures.messages.indices)
    func roundTripUncompressed(_ index: Int) throws {
        let message = Fixtures.messages[index]
        let codec = FrameCodec(compression: .none)
        var bytes = try codec.encode(message)
        let decoded = try codec.decode(from: &bytes)
        #expect(decoded == message)
        #expect(bytes.readableBytes == 0)
    }

    @Test(arguments: Fixtures.messages.indices)
    func roundTripCompressed(_ index: Int) throws {
        let message = Fixtures.messages[index]
        let codec = FrameCodec(compression: CompressionOptions(threshold: 0, level: 3, useDictionary: false))
        var bytes = try codec.encode(message)
        let decoded = try codec.decode(from: &bytes)
        #expect(decoded == message)
    }

    @Test func largePayloadIsCompressed() throws {
        let codec = FrameCodec()
        let batch = Message.ingestBatch(
            IngestBatch(requestID: 5, articles: Array(repeating: Fixtures.analyzed, count: 20)))
        var bytes = try codec.encode(batch)
        let header = try #require(FrameHeader.peek(in: bytes))
        #expect(header.flags.contains(.compressed))
        #expect(try codec.decode(from: &bytes) == batch)
    }
}
