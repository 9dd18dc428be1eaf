import Foundation
import NIOSSL

/// Loads PEM material with errors that name the file, rather than BoringSSL's error stacks.
enum TLSFiles {
    static func bytes(_ path: String, role: TLSFileRole) throws(WireTLSError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadableFile(role: role, path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else {
            throw .unreadableFile(role: role, path: path, reason: "a directory, not a PEM file")
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw .unreadableFile(role: role, path: path, reason: "permission denied")
        }
        do {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw .unreadableFile(role: role, path: path, reason: (error as NSError).localizedDescription)
        }
    }

    static func certificates(_ path: String, role: TLSFileRole) throws(WireTLSError) -> [NIOSSLCertificate] {
        let bytes = try bytes(path, role: role)
        let certificates = (try? NIOSSLCertificate.fromPEMBytes(bytes)) ?? []
        guard !certificates.isEmpty else { throw .noCertificate(role: role, path: path) }
        return certificates
    }

    static func privateKey(_ path: String) throws(WireTLSError) -> NIOSSLPrivateKey {
        let bytes = try bytes(path, role: .privateKey)
        do {
            return try NIOSSLPrivateKey(bytes: bytes, format: .pem)
        } catch {
            throw .invalidPrivateKey(path: path, reason: "\(error)")
        }
    }

    /// A certificate chain and key, both or neither.
    static func identity(
        certificateChainPath: String?, privateKeyPath: String?
    ) throws(WireTLSError) -> ([NIOSSLCertificateSource], NIOSSLPrivateKeySource)? {
        switch (certificateChainPath, privateKeyPath) {
        case (nil, nil):
            return nil
        case (let chain?, let key?):
            let certificates = try certificates(chain, role: .certificateChain)
            return (certificates.map { .certificate($0) }, .privateKey(try privateKey(key)))
        default:
            throw .incompleteIdentity(certificatePath: certificateChainPath, privateKeyPath: privateKeyPath)
        }
    }

    static func context(_ configuration: TLSConfiguration) throws(WireTLSError) -> NIOSSLContext {
        do {
            return try NIOSSLContext(configuration: configuration)
        } catch {
            throw .rejected(reason: "\(error)")
        }
    }
}
