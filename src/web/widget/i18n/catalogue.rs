//! The catalogue's messages: one name per text, each the key of its text in
//! every language file (`messages/LANG.json`, ICU MessageFormat). The names
//! and the English texts are the English file's, made into tables by
//! `build.rs`; the other languages are read when they are added.

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

// The names, from the English file (build.rs): a message the code asks for
// and the file lacks does not compile.
include!(concat!(env!("OUT_DIR"), "/english.rs"));

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
