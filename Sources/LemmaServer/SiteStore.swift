/// Holds the snapshot being served and makes requests wait while a build runs, so a browser
/// never sees a mix of old and new files: a build's result replaces the whole map at once.
public actor SiteStore {
    private var snapshot: SiteSnapshot
    private var building: Bool
    private var waiting: [CheckedContinuation<SiteSnapshot, Never>] = []

    /// A store that is building its first snapshot; requests wait for `publish(_:)`.
    public init() {
        self.snapshot = SiteSnapshot(files: [:])
        self.building = true
    }

    /// A store serving `snapshot` right away.
    public init(serving snapshot: SiteSnapshot) {
        self.snapshot = snapshot
        self.building = false
    }

    /// The current snapshot, once no build is running.
    public func current() async -> SiteSnapshot {
        guard building else { return snapshot }
        return await withCheckedContinuation { waiting.append($0) }
    }

    /// The snapshot now, even while a build runs (for diffing, never for serving).
    public var latest: SiteSnapshot { snapshot }

    /// Marks a build as running: requests from now on wait for the next `publish(_:)`.
    public func beginBuild() {
        building = true
    }

    /// Replaces the served snapshot and releases every waiting request.
    public func publish(_ next: SiteSnapshot) {
        snapshot = next
        building = false
        let released = waiting
        waiting = []
        for continuation in released { continuation.resume(returning: next) }
    }
}
