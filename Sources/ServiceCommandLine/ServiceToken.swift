import Foundation

/// Where a service reads a token: a file (which wins) or else an environment variable, never
/// the command line, where `ps` shows it. Surrounding whitespace is trimmed.
public enum ServiceToken {
    /// The token, or nil when neither the file nor the variable gives one. A named file that
    /// cannot be read or holds nothing is an error: the operator meant to set a token.
    public static func read(file: String?, variable: String, environment: [String: String])
        throws(ServiceOptionError) -> String?
    {
        if let file {
            let text: String
            do {
                text = try String(contentsOfFile: file, encoding: .utf8)
            } catch {
                throw .unreadableTokenFile(path: file, reason: (error as NSError).localizedDescription)
            }
            let token = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !token.isEmpty else { throw .emptyTokenFile(path: file) }
            return token
        }
        let token = environment[variable]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return token.isEmpty ? nil : token
    }
}
