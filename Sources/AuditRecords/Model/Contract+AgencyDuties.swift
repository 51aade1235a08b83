/// The agency's duties a contract writes beside its targets, judged under the diagnosis's 看执行.
extension Contract {
    public struct AgencyDuties: Sendable, Hashable {
        /// 每周至少报名 1 次平台活动: every week of the month should have an item in an activity
        /// (千牛 营销活动 exports).
        public var weeklyActivity: Bool

        public init(weeklyActivity: Bool = false) {
            self.weeklyActivity = weeklyActivity
        }
    }
}
