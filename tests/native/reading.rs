//! What the visitor reads (`web::widget::reading`) in both languages, with
//! instants written plainly ("Mon 2025-06-16 10:00"): what is under test is
//! the sentences, not the browser's date formats.
use std::rc::Rc;
use support_policy::web::widget::i18n::{Lang, Msg, t};
use support_policy::web::widget::reading::*;
use support_policy::web::widget::state::{Action, Settings, State};
use support_policy::zone::{self, TimeZone, TzdbZone};
use support_policy::{Answer, Impact, Plan, Policy, Priority, Timestamp, Urgency};

struct Plain;
impl Dates for Plain {
    fn write(&self, lang: Lang, zone: &str, style: DateStyle, unix_seconds: i64) -> String {
        let days = match lang {
            Lang::En => ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
            Lang::Es => ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
        };
        let minute = Timestamp::from_seconds((unix_seconds + 59).div_euclid(60) * 60).unwrap();
        let local = zone::to_local(&TzdbZone::for_name(zone).unwrap(), minute).0;
        let (y, mo, d) = local.date();
        let (h, mi, _) = local.time();
        let day = days[usize::from(local.weekday())];
        match style {
            DateStyle::Long => format!("{day} {y}-{mo:02}-{d:02} {h:02}:{mi:02}"),
            DateStyle::Short => format!("{day} {h:02}:{mi:02}"),
            DateStyle::Time => format!("{h:02}:{mi:02}"),
        }
    }
}

/// A visitor in Madrid on Thursday 2025-06-12 12:00 UTC, after `actions`.
fn state(lang: Lang, actions: Vec<Action<TzdbZone>>) -> State<TzdbZone> {
    let settings = Settings::new(lang, Rc::new(Policy::zmanda()));
    let now = Timestamp::parse_rfc3339("2025-06-12T12:00:00Z").unwrap();
    let madrid = TzdbZone::for_name("Europe/Madrid").unwrap();
    actions
        .into_iter()
        .fold(State::new(&settings, madrid, now), State::reduce)
}

fn answer(s: &State<TzdbZone>) -> Answer {
    s.answer_for(s.plan).unwrap()
}

/// Low impact, low urgency (P4) on Standard, filed Friday 16:00 in Madrid.
fn standard_friday(lang: Lang) -> State<TzdbZone> {
    state(
        lang,
        vec![
            Action::Plan(Plan::Standard),
            Action::Impact(Impact::Low),
            Action::Urgency(Urgency::Low),
            Action::FiledText("2025-06-13T16:00".to_owned()),
        ],
    )
}

#[test]
fn a_standard_ticket_over_a_weekend_reads_as_business_hours_to_a_weekday() {
    let s = standard_friday(Lang::En);
    let a = answer(&s);
    let h = headline(&s, &a, &Plain);
    assert_eq!(
        (h.label, h.title.as_deref()),
        ("Target response by", Some("Low impact"))
    );
    // 24 business hours: Friday 16:00–17:00, Monday and Tuesday 08:00–17:00, Wednesday 08:00–13:00.
    let when = h.when.unwrap();
    assert_eq!(when, "Wed 2025-06-18 13:00");
    let d = details(&s, &a, &Plain, None);
    let target = d.target.clone().unwrap();
    assert_eq!(
        target,
        "Response target: 24 business hours (about 2⅔ working days)"
    );
    assert_eq!(d.open, None, "no 'open now' next to a typed date");
    assert_eq!(d.compare.len(), 1);
    let (plan, premium) = &d.compare[0];
    assert_eq!(*plan, "premium");
    assert!(premium.before.starts_with("With Premium: "), "{premium:?}");
    assert!(premium.at.as_ref().unwrap().1.ends_with('Z'));
    assert!(d.notes.iter().any(|n| n.contains("17:00")), "{:?}", d.notes);
    let summary = summary(&s, &a, &Plain);
    let lines: Vec<&str> = summary.lines().collect();
    assert_eq!(lines[0], "Impact: Low");
    assert_eq!(lines[1], "Urgency: Low");
    assert!(
        lines[2].starts_with("Priority: P4 — Low impact"),
        "{summary}"
    );
    assert_eq!(lines[3], "Plan: Standard");
    assert_eq!(lines[4], "Filed: Fri 2025-06-13 16:00");
    assert!(
        lines[6].starts_with(&format!("Target response by: {when} (")),
        "{summary}"
    );
    let t = timeline(&s, &a, &Plain).unwrap();
    assert_eq!(t.ends[0].0, "Fri 16:00");
    assert_eq!(
        t.description,
        "support open: Fri 16:00–Fri 17:00, Mon 08:00–Mon 17:00, Tue 08:00–Tue 17:00, Wed 08:00–Wed 13:00. target: Wed 13:00."
    );
    let printed = statement(&s, &a, &d, &Plain);
    assert!(printed[0].starts_with("Priority: P4"), "{printed:?}");
    assert!(
        printed.contains(&"Time zone: Europe/Madrid".to_owned()),
        "{printed:?}"
    );
    assert!(
        printed
            .iter()
            .any(|l| l.starts_with("With Premium: ") && l.contains("2025-06-")),
        "{printed:?}"
    );
    assert_eq!(
        announcement_text(&s, &a, &Plain),
        format!("P4, Low impact: target response by {when}")
    );
}

#[test]
fn the_same_ticket_in_spanish() {
    let s = standard_friday(Lang::Es);
    let a = answer(&s);
    let h = headline(&s, &a, &Plain);
    assert_eq!(h.label, "Vencimiento del objetivo de respuesta");
    assert_eq!(h.title.as_deref(), Some("Impacto bajo"));
    let d = details(&s, &a, &Plain, None);
    assert_eq!(
        d.target.as_deref(),
        Some("Objetivo de respuesta: 24 horas hábiles (unos 2⅔ días laborables)")
    );
    assert!(
        d.compare[0].1.before.starts_with("Con Premium: "),
        "{:?}",
        d.compare
    );
    let summary = summary(&s, &a, &Plain);
    assert!(
        summary.starts_with(
            "Impacto: Bajo\nUrgencia: Baja\nPrioridad: P4 — Impacto bajo\nPlan: Estándar\n"
        ),
        "{summary}"
    );
    assert!(summary.contains("vie 2025-06-13 16:00"), "{summary}");
    let printed = statement(&s, &a, &d, &Plain);
    assert!(
        printed.contains(&"Zona horaria: Europe/Madrid".to_owned()),
        "{printed:?}"
    );
}

#[test]
fn premium_runs_around_the_clock_and_compares_with_standard() {
    for (lang, always, with) in [
        (
            Lang::En,
            "Support is open around the clock.",
            "With Standard: today at 15:00 (1 business hour)",
        ),
        (
            Lang::Es,
            "El soporte atiende las 24 horas, todos los días.",
            "Con Estándar: hoy a las 15:00 (1 hora hábil)",
        ),
    ] {
        let s = state(
            lang,
            vec![
                Action::Plan(Plan::Premium),
                Action::Impact(Impact::High),
                Action::Urgency(Urgency::High),
            ],
        );
        let a = answer(&s);
        assert_eq!(a.priority, Priority::P1);
        let h = headline(&s, &a, &Plain);
        assert!(h.when.is_some() && !h.left.is_empty());
        let d = details(&s, &a, &Plain, Some("America/New_York"));
        let open = d.open.as_ref().unwrap().plain();
        assert!(open.starts_with(always), "{open}");
        // Filed now, Thursday 14:00 in Madrid: one business hour under Standard.
        let other = d.compare[0].1.plain();
        assert_eq!(other, with);
        // The reader's own zone differs from the chosen one: the deadline there too.
        let there = d.in_your_zone.as_ref().unwrap();
        assert!(there.at.is_some(), "{there:?}");
        assert_eq!(timeline(&s, &a, &Plain), None, "no bar around the clock");
    }
}

#[test]
fn a_trial_says_what_the_policy_gives_it() {
    for (lang, note) in [
        (Lang::En, "A trial gets Premium's response targets"),
        (Lang::Es, "Durante el periodo de prueba se aplican"),
    ] {
        let s = state(lang, vec![Action::Plan(Plan::Trial)]);
        let d = details(&s, &answer(&s), &Plain, None);
        assert!(d.notes.iter().any(|n| n.starts_with(note)), "{:?}", d.notes);
    }
}

#[test]
fn community_help_has_no_target_and_no_priority() {
    for (lang, label, plan) in [
        (Lang::En, "No response target", "Plan: Amanda community"),
        (
            Lang::Es,
            "Sin objetivo de respuesta",
            "Plan: Comunidad Amanda",
        ),
    ] {
        let s = state(lang, vec![Action::Plan(Plan::Community)]);
        let a = answer(&s);
        let h = headline(&s, &a, &Plain);
        assert_eq!(
            (h.label, h.title.as_deref(), h.when.as_deref()),
            (label, None, None)
        );
        assert!(h.left.contains("Amanda"), "{}", h.left);
        let d = details(&s, &a, &Plain, None);
        assert_eq!(
            (d.description.as_deref(), d.target.as_deref()),
            (None, None)
        );
        assert_eq!(d.compare.len(), 2, "Standard and Premium");
        let summary = summary(&s, &a, &Plain);
        assert!(
            !summary.contains("P1")
                && !summary.contains("P2")
                && !summary.contains("P3")
                && !summary.contains("P4"),
            "{summary}"
        );
        assert!(
            summary.contains(plan) && summary.contains(&format!("{label}.")),
            "{summary}"
        );
        assert_eq!(timeline(&s, &a, &Plain), None);
        assert!(announcement_text(&s, &a, &Plain).contains(plan.trim_start_matches("Plan: ")));
    }
}

#[test]
fn an_override_says_what_the_matrix_gives() {
    for (lang, note) in [
        (Lang::En, "(your choice; the matrix gives P4)"),
        (Lang::Es, "(su elección; la matriz indica P4)"),
    ] {
        let s = state(
            lang,
            vec![
                Action::Impact(Impact::Low),
                Action::Urgency(Urgency::Low),
                Action::Override(Some(Priority::P1)),
            ],
        );
        let a = answer(&s);
        assert_eq!(
            headline(&s, &a, &Plain).override_note.as_deref(),
            Some(note)
        );
        let summary = summary(&s, &a, &Plain);
        assert!(
            summary
                .lines()
                .any(|l| l.contains("P1") && l.ends_with(note)),
            "{summary}"
        );
    }
}

#[test]
fn a_typed_time_in_a_dst_gap_is_moved_and_said_so() {
    for (lang, note) in [
        (
            Lang::En,
            "That time does not exist in this zone (the clocks went forward); it has been moved forward by 1\u{a0}h.",
        ),
        (
            Lang::Es,
            "Esa hora no existe en esta zona (se adelantaron los relojes); se ha adelantado 1\u{a0}h.",
        ),
    ] {
        // Madrid's clocks went from 02:00 to 03:00 on 2025-03-30.
        let s = state(lang, vec![Action::FiledText("2025-03-30T02:30".to_owned())]);
        let a = answer(&s);
        assert_eq!(
            filed_note(s.filed_text.as_deref(), lang, Some(&a)).as_deref(),
            Some(note)
        );
        assert!(
            summary(&s, &a, &Plain).contains("2025-03-30 03:30"),
            "the moved time is the one shown"
        );
    }
    let following = state(Lang::En, vec![]);
    assert_eq!(
        filed_note(None, Lang::En, Some(&answer(&following))).as_deref(),
        Some(t(Lang::En, Msg::FollowingClock))
    );
}

#[test]
fn today_and_tomorrow_are_said_in_the_zone_of_the_answer() {
    let s = state(Lang::Es, vec![]);
    let madrid = &s.zone;
    // 2025-06-12 12:00 UTC is 14:00 in Madrid; 23:30 UTC is 01:30 the next day there.
    let at = |iso: &str| Timestamp::parse_rfc3339(iso).unwrap().as_seconds();
    assert_eq!(
        when_relative(&Plain, Lang::Es, madrid, s.now, at("2025-06-12T15:00:00Z")),
        "hoy a las 17:00"
    );
    assert_eq!(
        when_relative(&Plain, Lang::Es, madrid, s.now, at("2025-06-12T23:30:00Z")),
        "mañana a la 01:30"
    );
    assert_eq!(
        when_relative(&Plain, Lang::En, madrid, s.now, at("2025-06-14T08:00:00Z")),
        "Sat 2025-06-14 10:00"
    );
}
