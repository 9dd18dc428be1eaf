import ClaimModel
import Foundation
import Testing

@testable import Wire

/// The slowloris hole the idle timer leaves: it restarts on every byte, so only a deadline on
/// the whole frame stops a peer that trickles.
@Suite("Frame deadline") struct FrameDeadlineTests {
    static let hello = Message.hello(Hello(role: .client))

    /// An uncompressed `SubmitArticles` frame of about `textBytes` bytes.
    static func frame(textBytes: Int) throws -> [UInt8] {
        var article = Fixtures.article
        article.text = String(
            repeating: "Acme said revenue rose 4 per cent to $12 billion. ", count: textBytes / 50)
        let message = Message.submitArticles(SubmitArticles(requestID: 7, articles: [article]))
        return Array(try FrameCodec(compression: .none).encode(message).readableBytesView)
    }

    /// Sends `bytes` in `chunk`-byte pieces, `pause` apart, until done or the connection closes.
    static func trickle(_ bytes: [UInt8], chunk: Int, pause: Duration, to peer: RawPeer) -> Task<Void, Never>
    {
        Task {
            var offset = 0
            while offset < bytes.count, peer.channel.isActive, !Task.isCancelled {
                let end = min(bytes.count, offset + chunk)
                try? await peer.send(Array(bytes[offset..<end]))
                offset = end
                try? await Task.sleep(for: pause)
            }
        }
    }

    @Test func aTrickledFrameIsCutAtTheDeadlineThoughTheIdleTimerNeverFires() async throws {
        let configuration = WireServerConfiguration(
            idleTimeout: .seconds(10), frameTimeout: .milliseconds(500), minimumFrameRate: 1_000_000)
        try await withLoopbackServer(configuration) { port in
            let peer = try await RawPeer.connect(port: port)
            try await peer.send(Self.hello)
            _ = try await peer.messages(count: 1)
            let clock = ContinuousClock()
            let start = clock.now
            // One byte per 100 ms: the idle timer (10 s) restarts with each; the frame would
            // take minutes.
            let trickler = Self.trickle(
                try Self.frame(textBytes: 2_000), chunk: 1, pause: .milliseconds(100), to: peer)
            let replies = try await peer.messages(count: 2, within: .seconds(6))
            let elapsed = clock.now - start
            trickler.cancel()
            guard replies.count == 2, case .error(let error) = replies[1] else {
                Issue.record("replies: \(replies)")
                return
            }
            #expect(error.code == .idleTimeout)
            #expect(error.message.contains("frame not complete"))
            #expect(error.closesConnection)
            #expect(elapsed >= .milliseconds(450), "cut after \(elapsed)")
            #expect(elapsed < .milliseconds(2_500), "cut after \(elapsed)")
            #expect(await peer.closed())
        }
    }

    @Test func withoutTheDeadlineTheSameTrickleIsNotCut() async throws {
        // The control: the idle timer alone lets the trickle hold the connection.
        let configuration = WireServerConfiguration(
            idleTimeout: .milliseconds(400), frameTimeout: .seconds(3_600), minimumFrameRate: 1_000_000)
        try await withLoopbackServer(configuration) { port in
            let peer = try await RawPeer.connect(port: port)
            try await peer.send(Self.hello)
            _ = try await peer.messages(count: 1)
            let trickler = Self.trickle(
                try Self.frame(textBytes: 2_000), chunk: 1, pause: .milliseconds(100), to: peer)
            try await Task.sleep(for: .milliseconds(1_200))
            #expect(peer.channel.isActive, "the idle timer closed a connection that kept sending")
            trickler.cancel()
            try await peer.channel.close()
        }
    }

    @Test func aLargeFrameArrivingAboveTheMinimumRateIsServed() async throws {
        let configuration = WireServerConfiguration(
            frameTimeout: .milliseconds(300), minimumFrameRate: 16_384)
        try await withLoopbackServer(configuration) { port in
            let peer = try await RawPeer.connect(port: port)
            try await peer.send(Self.hello)
            _ = try await peer.messages(count: 1)
            let frame = try Self.frame(textBytes: 48_000)
            let clock = ContinuousClock()
            let start = clock.now
            // 4 KiB per 50 ms (~80 KiB/s): longer than the 300 ms grace, each piece earning 250 ms.
            let sender = Self.trickle(frame, chunk: 4_096, pause: .milliseconds(50), to: peer)
            let replies = try await peer.messages(count: 2, within: .seconds(10))
            await sender.value
            let elapsed = clock.now - start
            #expect(replies.count == 2)
            #expect(replies.last?.errorCode == nil, "refused: \(replies)")
            guard case .ack(let ack) = replies.last else {
                Issue.record("expected an Ack, got \(replies)")
                return
            }
            #expect(ack.articles.count == 1)
            #expect(
                elapsed > .milliseconds(300), "the frame arrived within the grace; the test proves nothing")
            try await peer.channel.close()
        }
    }

    @Test func aFrameBelowTheMinimumRateIsCut() async throws {
        let configuration = WireServerConfiguration(
            idleTimeout: .seconds(10), frameTimeout: .milliseconds(300), minimumFrameRate: 16_384)
        try await withLoopbackServer(configuration) { port in
            let peer = try await RawPeer.connect(port: port)
            try await peer.send(Self.hello)
            _ = try await peer.messages(count: 1)
            // 512 bytes per 100 ms (5 KiB/s): each piece earns 31 ms of the 100 it takes.
            let trickler = Self.trickle(
                try Self.frame(textBytes: 48_000), chunk: 512, pause: .milliseconds(100), to: peer)
            let replies = try await peer.messages(count: 2, within: .seconds(6))
            trickler.cancel()
            #expect(replies.last?.errorCode == .idleTimeout, "replies: \(replies)")
            #expect(await peer.closed())
        }
    }
}
