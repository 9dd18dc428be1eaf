/// The first frame a connecting peer sends: who it is, which versions it speaks, its limits,
/// and the compression dictionaries it holds.
public struct Hello: Sendable, Hashable {
    public var role: PeerRole
    public var minVersion: UInt16
    public var maxVersion: UInt16
    /// Free text, e.g. `claimwire/0.3`.
    public var software: String
    /// The shared secret for `role`, when the server requires one.
    public var token: String?
    /// What this peer accepts; the server never sends past these.
    public var limits: WireLimits
    /// Ids of the zstd dictionaries this peer holds, preferred first.
    public var dictionaries: [UInt32]

    public init(
        role: PeerRole, minVersion: UInt16 = WireProtocol.supportedVersions.lowerBound,
        maxVersion: UInt16 = WireProtocol.supportedVersions.upperBound,
        software: String = WireProtocol.software, token: String? = nil, limits: WireLimits = .default,
        dictionaries: [UInt32] = []
    ) {
        self.role = role
        self.minVersion = minVersion
        self.maxVersion = maxVersion
        self.software = software
        self.token = token
        self.limits = limits
        self.dictionaries = dictionaries
    }
}

/// The server's answer to an acceptable `Hello`: the version chosen, its limits, and the
/// dictionary both sides compress with from now on (nil: plain zstd).
public struct Welcome: Sendable, Hashable {
    public var version: UInt16
    /// The server's role.
    public var role: PeerRole
    public var software: String
    public var limits: WireLimits
    public var dictionary: UInt32?

    public init(
        version: UInt16, role: PeerRole, software: String = WireProtocol.software,
        limits: WireLimits = .default, dictionary: UInt32? = nil
    ) {
        self.version = version
        self.role = role
        self.software = software
        self.limits = limits
        self.dictionary = dictionary
    }
}
