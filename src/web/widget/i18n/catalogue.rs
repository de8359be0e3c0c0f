//! The catalogue's messages: one name per text, each the key of its text in
//! every language file (`messages/LANG.json`, ICU MessageFormat). The texts
//! themselves are data; this list is what the code may ask for.

macro_rules! messages {
    ($($name:ident),* $(,)?) => {
        /// Every text of the widget, by the key its language files give it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[allow(missing_docs)]
        pub enum Msg {
            $($name),*
        }

        /// Every message, in order (the completeness test walks them).
        pub const ALL_MESSAGES: &[Msg] = &[$(Msg::$name),*];

        /// Each message's key in the language files, in the same order.
        pub(super) const KEYS: &[&str] = &[$(stringify!($name)),*];
    };
}

messages! {
    Impact,
    Urgency,
    SupportPlan,
    TimeZone,
    FiledAt,
    OverridePriority,
    AsComputed,
    OverrideHint,
    Now,
    FollowingClock,
    MatrixCaption,
    MatrixHint,
    Priority,
    OverrideNote,
    Target,
    TargetBy,
    InYourZoneAt,
    NoTarget,
    CommunityHelp,
    OpenNow,
    ClosedNow,
    ClosedNextAt,
    AlwaysOpen,
    WithPlanAt,
    CopySummary,
    Copied,
    CopyFailed,
    PlanComparison,
    BothPlans,
    Timeline,
    TimelineOpen,
    TimelineClosed,
    TimelineDeadline,
    GapNotice,
    FoldNotice,
    SettingProblem,
    LinkValueProblem,
    LinkKeyProblem,
    DateOutOfRange,
    DateUnreadable,
    ZoneUnknown,
    ZoneNewer,
    ZoneRenamed,
    PastTarget,
    DueIn,
    Filed,
    Plan,
    ZoneHint,
    Summary,
    Today,
    Tomorrow,
    TodayAtOne,
    TomorrowAtOne,
    Review,
    ResponseNotFix,
    NoHolidays,
    AtClosing,
    WorkingDays,
    TrialNote,
    OpenTicket,
    AddToCalendar,
    CalendarSummary,
    HowCounted,
    YourTicket,
    LevelName,
    PriorityLevel,
    Announce,
    AnnounceNoTarget,
    CountedAroundClock,
    OutsideHoursStart,
    OutsideHoursStartAt,
    TimeLeftNote,
    TimelineSpoken,
    AccountTitle,
    AccountFiledOpen,
    AccountFiledClosed,
    AccountSpan,
    AccountClosedDay,
    AccountClosedDays,
    AccountMore,
    AccountContinuous,
    AccountDue,
    DstForwardClosed,
    DstBackClosed,
    DstForwardOpen,
    DstBackOpen,
    DstForwardAround,
    DstBackAround,
    AroundTheClock,
    Hours,
    Minutes,
    SupportHours,
    SupportMinutes,
    WorkingDaysAbout,
    WorkingDaysExactly,
    ImpactLevel,
    UrgencyLevel,
    Quoted,
    LinkImpact,
    LinkUrgency,
    LinkPlan,
    LinkZone,
    LinkFiled,
    LinkPriority,
    Locale,
    DurationDays,
    DurationHours,
    DurationMinutes,
    DurationSeconds,
}

impl Msg {
    /// The message's key in the language files.
    ///
    /// ```
    /// use support_policy::web::widget::i18n::Msg;
    /// assert_eq!(Msg::TargetBy.key(), "TargetBy");
    /// ```
    pub fn key(self) -> &'static str {
        KEYS.get(self as usize).copied().unwrap_or_default()
    }
}
