#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A blocking TCP connection that speaks SMTP's line protocol: commands out, (multi-line) replies in.
/// Every wait is bounded by `timeout`, so a silent server fails the send instead of hanging a worker.
final class SMTPConnection {
    struct Reply {
        let code: Int
        let text: String
    }

    private let descriptor: Int32
    private let server: String
    private var buffer: [UInt8] = []

    init(host: String, port: Int, timeout: TimeInterval, server: String) throws(MailError) {
        self.server = server
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var results: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &results)
        guard status == 0, let first = results else {
            throw MailError.connectionFailed(server: server, reason: "cannot resolve \(host): \(String(cString: gai_strerror(status)))")
        }
        defer { freeaddrinfo(results) }

        var lastError = "no address"
        var address: UnsafeMutablePointer<addrinfo>? = first
        while let candidate = address {
            address = candidate.pointee.ai_next
            let socketDescriptor = socket(candidate.pointee.ai_family, candidate.pointee.ai_socktype, candidate.pointee.ai_protocol)
            guard socketDescriptor >= 0 else { lastError = String(cString: strerror(errno)); continue }
            if Self.connect(socketDescriptor, to: candidate.pointee, timeout: timeout, error: &lastError) {
                Self.setTimeouts(socketDescriptor, timeout)
                descriptor = socketDescriptor
                return
            }
            close(socketDescriptor)
        }
        throw MailError.connectionFailed(server: server, reason: lastError)
    }

    deinit { close(descriptor) }

    /// Sends one command line and reads the reply, which must carry one of `expecting`.
    @discardableResult
    func command(_ line: String, expecting codes: Set<Int>, describedAs name: String? = nil) throws(MailError) -> Reply {
        try write(line + "\r\n", step: name ?? line)
        return try readReply(expecting: codes, step: name ?? line)
    }

    func write(_ text: String, step: String) throws(MailError) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeMutableBytes { raw in
                send(descriptor, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
            }
            if sent <= 0 {
                if errno == EAGAIN || errno == EWOULDBLOCK { throw MailError.timedOut(server: server, waitingFor: step) }
                throw MailError.connectionClosed(server: server, waitingFor: step)
            }
            offset += sent
        }
    }

    func readReply(expecting codes: Set<Int>, step: String) throws(MailError) -> Reply {
        var texts: [String] = []
        while true {
            let line = try readLine(step: step)
            guard line.count >= 3, let code = Int(line.prefix(3)) else {
                throw MailError.rejected(server: server, command: step, code: 0, reply: line)
            }
            texts.append(String(line.dropFirst(4)))
            // "250-..." continues a multi-line reply; "250 ..." (or a bare "250") ends it.
            if line.count == 3 || line[line.index(line.startIndex, offsetBy: 3)] != "-" {
                let reply = Reply(code: code, text: texts.joined(separator: " "))
                guard codes.contains(code) else {
                    throw MailError.rejected(server: server, command: step, code: code, reply: reply.text)
                }
                return reply
            }
        }
    }

    private func readLine(step: String) throws(MailError) -> String {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                var lineBytes = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                if lineBytes.last == UInt8(ascii: "\r") { lineBytes.removeLast() }
                return String(decoding: lineBytes, as: UTF8.self)
            }
            // A reply line is short; a server that streams without line ends is not an SMTP server.
            guard buffer.count < 64 * 1024 else {
                throw MailError.rejected(server: server, command: step, code: 0, reply: "reply line longer than 64 KiB")
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count == 0 { throw MailError.connectionClosed(server: server, waitingFor: step) }
            if count < 0 {
                if errno == EAGAIN || errno == EWOULDBLOCK { throw MailError.timedOut(server: server, waitingFor: step) }
                throw MailError.connectionClosed(server: server, waitingFor: step)
            }
            buffer.append(contentsOf: chunk[..<count])
        }
    }

    private static func connect(_ socketDescriptor: Int32, to address: addrinfo, timeout: TimeInterval, error: inout String) -> Bool {
        // Non-blocking connect bounded by poll: a blocking connect to a dropped port waits minutes.
        let flags = fcntl(socketDescriptor, F_GETFL, 0)
        _ = fcntl(socketDescriptor, F_SETFL, flags | O_NONBLOCK)
        defer { _ = fcntl(socketDescriptor, F_SETFL, flags) }
        if Glibc.connect(socketDescriptor, address.ai_addr, address.ai_addrlen) == 0 { return true }
        guard errno == EINPROGRESS else { error = String(cString: strerror(errno)); return false }
        var poller = pollfd(fd: socketDescriptor, events: Int16(POLLOUT), revents: 0)
        let ready = poll(&poller, 1, Int32(timeout * 1000))
        guard ready > 0 else { error = "no answer within \(Int(timeout)) s"; return false }
        var socketError: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        getsockopt(socketDescriptor, SOL_SOCKET, SO_ERROR, &socketError, &length)
        guard socketError == 0 else { error = String(cString: strerror(socketError)); return false }
        return true
    }

    private static func setTimeouts(_ socketDescriptor: Int32, _ timeout: TimeInterval) {
        var value = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - timeout.rounded(.down)) * 1_000_000))
        setsockopt(socketDescriptor, SOL_SOCKET, SO_RCVTIMEO, &value, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(socketDescriptor, SOL_SOCKET, SO_SNDTIMEO, &value, socklen_t(MemoryLayout<timeval>.size))
    }
}
