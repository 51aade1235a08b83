extension Portfolio {
    /// A store that could not be audited, and why.
    public struct Failure: Sendable, Hashable {
        /// The store's folder name.
        public var folder: String
        public var reason: Reason

        public init(folder: String, reason: Reason) {
            self.folder = folder
            self.reason = reason
        }

        /// Why a store has no rows.
        public enum Reason: Error, Sendable, Hashable {
            /// The audit stopped with an error; `message` is the last line it printed, in its own words.
            case auditFailed(message: String)
            /// Still running after its time limit: stopped.
            case timedOut(seconds: Int)
            /// Ended by a signal (a crash, or killed from outside).
            case killed(signal: Int32)
            /// Ended with an exit code the audit does not use, without writing its reports.
            case exited(code: Int32)
            /// The audit's process could not be started (errno `code`).
            case couldNotStart(code: Int32)
            /// The store's report folder holds no month with a complete audit.json.
            case noReports
            /// A month's audit.json could not be read (`file`, relative to the store's report folder):
            /// cut short, not JSON, or not schemaVersion 2.
            case unreadableReport(file: String, problem: ReportProblem)
        }

        /// What is wrong with an audit.json the roll-up cannot read.
        public enum ReportProblem: Error, Sendable, Hashable {
            /// The month folder has no audit.json.
            case missing
            /// Not JSON, or cut short.
            case notJSON
            /// Another schemaVersion than the one the roll-up reads (nil: none written).
            case schemaVersion(found: Int?)
            /// A field the roll-up needs is missing or of the wrong type: its path.
            case missingField(String)
        }
    }
}
