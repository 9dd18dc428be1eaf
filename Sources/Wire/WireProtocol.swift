/// Protocol-wide constants: versions and the frame header layout.
public enum WireProtocol {
    /// The protocol version this implementation speaks.
    public static let version: UInt16 = 1
    /// The versions this implementation accepts in frame headers and negotiates in `Hello`.
    public static let supportedVersions: ClosedRange<UInt16> = 1...1
    /// Size of the fixed frame header in bytes.
    public static let headerBytes = 10
    /// The software string sent in `Hello`/`Welcome` when the caller gives none.
    public static let software = "claimwire-wire/1.0"
}
