extension ContainerError {
    /// Content a reader refuses on purpose, whatever else the file holds.
    public enum Refusal: Sendable, Hashable, CaseIterable {
        /// A DOCTYPE in XML: entities could be declared there, so none is ever read.
        case doctype
    }
}
