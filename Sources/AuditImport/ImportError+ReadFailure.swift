import ExportContainers

extension ImportError {
    /// Why a file's bytes could not be read, as data for AuditReport to word.
    public enum ReadFailure: Sendable, Hashable {
        /// The system refused: a missing file, no permission, a disk error.
        case system(SystemFailure)
        /// A container's error met while the bytes were read as text: a big zip entry spilled to a
        /// temporary file that then could not be read back.
        case container(ContainerError)
    }
}
