//! What the visitor reads (`web::widget::reading`) in both languages, with
//! instants written plainly ("Mon 2025-06-16 10:00"): what is under test is
//! the sentences, not the browser's date formats.
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
            _ => ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
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
            DateStyle::Day => format!("{day} {mo:02}-{d:02}"),
            DateStyle::DayTime => format!("{day} {mo:02}-{d:02} {h:02}:{mi:02}"),
        }
    }
}

/// A visitor in Madrid on Thursday 2025-06-12 12:00 UTC, after `actions`.
fn state(lang: Lang, actions: Vec<Action<TzdbZone>>) -> State<TzdbZone> {
    let settings = Settings::new(lang, support_policy::web::widget::i18n::builtin_policy());
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
fn a_standard_ticket_over_a_weekend_reads_as_support_hours_to_a_weekday() {
    let s = standard_friday(Lang::En);
    let a = answer(&s);
    let h = headline(&s, &a, &Plain);
    assert_eq!(
        (h.label, h.title.as_deref()),
        (
            "Target response by",
            Some("The policy's “Low impact” level")
        )
    );
    // 24 support hours: Friday 16:00–17:00, Monday and Tuesday 08:00–17:00, Wednesday 08:00–13:00.
    let when = h.when.unwrap();
    assert_eq!(when, "Wed 2025-06-18 13:00");
    let d = details(&s, &a, &Plain, None);
    let target = d.target.clone().unwrap();
    assert_eq!(
        target,
        "Response target: 24 support hours (about 2⅔ working days)"
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
        lines[2].starts_with("Priority: P4, the policy's “Low impact” level"),
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
        "Support hours counted: Fri 16:00–Fri 17:00; Mon 08:00–Mon 17:00; Tue 08:00–Tue 17:00; Wed 08:00–Wed 13:00. Target response time: Wed 13:00."
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
        format!("P4, the policy's “Low impact” level. Target response by {when}.")
    );
}

#[test]
fn the_same_ticket_in_spanish() {
    let s = standard_friday(Lang::Es);
    let a = answer(&s);
    let h = headline(&s, &a, &Plain);
    assert_eq!(h.label, "Hora objetivo de respuesta");
    assert_eq!(
        h.title.as_deref(),
        Some("Nivel «Impacto bajo» de la política")
    );
    let d = details(&s, &a, &Plain, None);
    assert_eq!(
        d.target.as_deref(),
        Some("Objetivo de respuesta: 24 horas de soporte (unos 2⅔ días laborables)")
    );
    assert!(
        d.compare[0].1.before.starts_with("Con el plan Premium: "),
        "{:?}",
        d.compare
    );
    let summary = summary(&s, &a, &Plain);
    assert!(
        summary.starts_with(
            "Impacto: Bajo\nUrgencia: Baja\nPrioridad: P4, nivel «Impacto bajo» de la política\nPlan: Estándar\n"
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
            "Premium support hours: around the clock, every day of the year.",
            "With Standard: today at 15:00 (1 support hour)",
        ),
        (
            Lang::Es,
            "Horario de soporte del plan Premium: las 24 horas del día, todos los días del año.",
            "Con el plan Estándar: hoy a las 15:00 (1 hora de soporte)",
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
        // Filed now, Thursday 14:00 in Madrid: one support hour under Standard.
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
    // The Premium SLA (its response targets), never Premium's support hours.
    for (lang, note, counted) in [
        (
            Lang::En,
            "During the evaluation, trial customers get the Premium SLA: Premium's response targets, counted around the clock. The policy says nothing else of a trial's plan (support hours, channels, training).",
            "Response targets are counted around the clock.",
        ),
        (
            Lang::Es,
            "Durante la evaluación, los clientes en periodo de prueba tienen el SLA Premium: los objetivos de respuesta del plan Premium, contados las 24 horas del día, todos los días. La política no dice nada más del plan de prueba (horario de soporte, canales, formación).",
            "Los objetivos de respuesta se cuentan las 24 horas del día, todos los días.",
        ),
    ] {
        let s = state(lang, vec![Action::Plan(Plan::Trial)]);
        let d = details(&s, &answer(&s), &Plain, None);
        assert!(d.notes.iter().any(|n| n == note), "{:?}", d.notes);
        let open = d.open.as_ref().unwrap().plain();
        assert_eq!(open, counted);
        let words = format!("{open} {}", d.notes.join(" "));
        for hours in [
            "support hours:",
            "open now",
            "Horario de soporte del plan",
            "24 × 7",
        ] {
            assert!(
                !words.contains(hours),
                "a trial is not told of hours: {words}"
            );
        }
    }
    // Nor does the policy document give it an hours row.
    let policy = Policy::zmanda();
    assert!(
        policy
            .document()
            .plans
            .trial
            .features
            .get("hours")
            .is_none()
    );
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
        (Lang::En, "(your choice; the matrix says P4)"),
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
            "That time does not exist in this zone (the clocks went forward); the time 1\u{a0}h later is used.",
        ),
        (
            Lang::Es,
            "Esa hora no existe en esta zona (los relojes se adelantaron); se toma la hora 1\u{a0}h más tarde.",
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

#[test]
fn the_account_says_what_each_day_counts_in_both_languages() {
    // Standard P4 filed Friday 16:00 in Madrid: 1 h Friday, the weekend
    // closed, 9 h Monday, 9 h Tuesday, 5 h Wednesday, due Wednesday 13:00.
    let s = standard_friday(Lang::En);
    let a = answer(&s);
    let acc = account(&s, &a, &Plain).unwrap();
    assert_eq!(acc.title, "How this target response time is counted");
    assert_eq!(
        acc.lines,
        [
            "Filed: Fri 06-13 16:00, within Standard support hours, so counting starts at once.",
            "Fri 06-13, 16:00–17:00: 1\u{a0}h",
            "Sat 06-14 to Sun 06-15: closed, nothing counted",
            "Mon 06-16, 08:00–17:00: 9\u{a0}h",
            "Tue 06-17, 08:00–17:00: 9\u{a0}h",
            "Wed 06-18, 08:00–13:00: 5\u{a0}h",
            "Target response by Wed 06-18 13:00 (24 support hours in all).",
        ]
    );
    let s = standard_friday(Lang::Es);
    let acc = account(&s, &answer(&s), &Plain).unwrap();
    assert_eq!(acc.title, "Cómo se calcula esta hora objetivo");
    assert_eq!(
        acc.lines,
        [
            "Apertura del ticket: vie 06-13 16:00, dentro del horario de soporte del plan Estándar, así que el plazo empieza a contar enseguida.",
            "Vie 06-13, de 16:00 a 17:00: 1\u{a0}h",
            "Del sáb 06-14 al dom 06-15: sin horario de soporte, no se cuenta nada",
            "Lun 06-16, de 08:00 a 17:00: 9\u{a0}h",
            "Mar 06-17, de 08:00 a 17:00: 9\u{a0}h",
            "Mié 06-18, de 08:00 a 13:00: 5\u{a0}h",
            "Hora objetivo de respuesta: mié 06-18 13:00 (en total, 24 horas de soporte).",
        ]
    );
}

#[test]
fn the_account_of_a_ticket_filed_outside_support_hours_says_when_counting_starts() {
    // Saturday 12:00, P2 (3 support hours): counting starts Monday 08:00.
    let s = state(
        Lang::En,
        vec![
            Action::Impact(Impact::High),
            Action::FiledText("2025-06-14T12:00".to_owned()),
        ],
    );
    let a = answer(&s);
    let lines = account(&s, &a, &Plain).unwrap().lines;
    assert_eq!(
        lines[0],
        "Filed: Sat 06-14 12:00, outside Standard support hours, so counting starts at the next opening: Mon 06-16 08:00."
    );
    assert_eq!(lines[1], "Sun 06-15: closed, nothing counted");
    assert_eq!(lines[2], "Mon 06-16, 08:00–11:00: 3\u{a0}h");
    // Before 08:00 on a weekday: the same day's opening, not the next weekday's.
    let s = state(
        Lang::Es,
        vec![Action::FiledText("2025-06-17T06:00".to_owned())],
    );
    let lines = account(&s, &answer(&s), &Plain).unwrap().lines;
    assert!(
        lines[0].ends_with("cuando vuelve a abrir el soporte: mar 06-17 08:00."),
        "{lines:?}"
    );
    assert!(lines[1].starts_with("Mar 06-17, de 08:00 a "), "{lines:?}");
}

#[test]
fn the_account_is_exact_to_the_second_and_never_shows_an_earlier_deadline() {
    // Filed 16:00:30: Friday counts 59 min 30 s; the deadline (Monday 08:00:30) shows as 08:01.
    let s = state(
        Lang::En,
        vec![
            Action::Impact(Impact::High),
            Action::Urgency(Urgency::High),
            Action::FiledText("2025-06-13T16:00:30".to_owned()),
        ],
    );
    let a = answer(&s);
    let lines = account(&s, &a, &Plain).unwrap().lines;
    assert_eq!(lines[1], "Fri 06-13, 16:01–17:00: 59\u{a0}min 30\u{a0}s");
    assert_eq!(lines[3], "Mon 06-16, 08:00–08:01: 30\u{a0}s");
    assert!(
        lines.last().unwrap().contains("Mon 06-16 08:01"),
        "{lines:?}"
    );
    assert_eq!(a.deadline.unwrap().to_rfc3339(), "2025-06-16T06:00:30Z");
}

#[test]
fn the_account_says_what_a_dst_change_did() {
    // Standard P4 filed Friday 2025-03-28 16:00 in Madrid: the clocks go
    // forward on Sunday night, while support is closed.
    let s = state(
        Lang::En,
        vec![
            Action::Impact(Impact::Low),
            Action::Urgency(Urgency::Low),
            Action::FiledText("2025-03-28T16:00".to_owned()),
        ],
    );
    let lines = account(&s, &answer(&s), &Plain).unwrap().lines;
    assert!(
        lines.contains(&"The clocks went forward by 1\u{a0}h on Sun 03-30, outside support hours: support hours follow the local clock, so the count is not affected.".to_owned()),
        "{lines:?}"
    );
    // Premium, 8 h from Saturday 22:00 across the same change: real time
    // counts, so the clock reads an hour later.
    let s = state(
        Lang::Es,
        vec![
            Action::Plan(Plan::Premium),
            Action::Impact(Impact::Low),
            Action::Urgency(Urgency::Low),
            Action::FiledText("2025-03-29T22:00".to_owned()),
        ],
    );
    let a = answer(&s);
    let lines = account(&s, &a, &Plain).unwrap().lines;
    assert_eq!(
        lines,
        [
            "Cuenta cada minuto, las 24 horas del día: desde sáb 03-29 22:00 hasta dom 03-30 07:00, 8\u{a0}h.",
            "Los relojes se adelantaron 1\u{a0}h el dom 03-30: cuenta cada minuto de tiempo real, así que, en el reloj, la hora objetivo queda 1\u{a0}h más tarde.",
            "Hora objetivo de respuesta: dom 03-30 07:00 (en total, 8 horas).",
        ]
    );
}

#[test]
fn the_account_is_in_the_summary_the_printout_and_the_details() {
    let s = standard_friday(Lang::En);
    let a = answer(&s);
    let d = details(&s, &a, &Plain, None);
    let acc = d.account.as_ref().unwrap();
    let summary = summary(&s, &a, &Plain);
    assert!(
        summary.contains("How this target response time is counted:\n- Filed: "),
        "{summary}"
    );
    for line in &acc.lines {
        assert!(summary.contains(&format!("- {line}")), "{summary}");
    }
    let printed = statement(&s, &a, &d, &Plain);
    assert!(
        printed
            .iter()
            .any(|l| l == "- Sat 06-14 to Sun 06-15: closed, nothing counted"),
        "{printed:?}"
    );
    // Community help: no account.
    let c = state(Lang::En, vec![Action::Plan(Plan::Community)]);
    assert_eq!(account(&c, &answer(&c), &Plain), None);
}

#[test]
fn the_level_name_never_reads_as_the_visitors_impact() {
    // Medium impact, high urgency is P2, whose level the policy calls "High impact".
    for lang in [Lang::En, Lang::Es] {
        let s = state(
            lang,
            vec![
                Action::Impact(Impact::Medium),
                Action::Urgency(Urgency::High),
            ],
        );
        let a = answer(&s);
        assert_eq!(a.priority, Priority::P2);
        let (level, bare) = match lang {
            Lang::En => ("the policy's “High impact” level", "— High impact"),
            _ => ("nivel «Impacto alto» de la política", "— Impacto alto"),
        };
        let h = headline(&s, &a, &Plain);
        let title = h.title.unwrap();
        assert_eq!(title.to_lowercase(), level.to_lowercase());
        let summary = summary(&s, &a, &Plain);
        let said = announcement_text(&s, &a, &Plain);
        for text in [&summary, &said] {
            assert!(text.contains(level), "{text}");
            assert!(!text.contains(bare), "{text}");
        }
    }
}

#[test]
fn the_calculators_own_rules_are_said_to_be_its_own() {
    for (lang, holidays, closing, left) in [
        (
            Lang::En,
            "The policy does not mention public holidays; this calculator counts every Monday to Friday, holidays included.",
            "The policy does not say whether 17:00 itself is within support hours; this calculator treats a ticket filed at exactly 17:00 as filed outside them",
            "The time left, shown below the target response time, is this calculator's count from now in calendar time, not in support hours.",
        ),
        (
            Lang::Es,
            "La política no menciona los festivos; esta calculadora cuenta todos los días de lunes a viernes, festivos incluidos.",
            "La política no precisa si las 17:00 aún son horario de soporte; esta calculadora considera fuera del horario de soporte un ticket abierto exactamente a las 17:00",
            "El tiempo restante, que aparece debajo de la hora objetivo, lo cuenta esta calculadora desde ahora en tiempo real, no en horas de soporte.",
        ),
    ] {
        let s = standard_friday(lang);
        let a = answer(&s);
        let d = details(&s, &a, &Plain, None);
        assert!(d.notes.iter().any(|n| n == holidays), "{:?}", d.notes);
        assert!(
            d.notes.iter().any(|n| n.starts_with(closing)),
            "{:?}",
            d.notes
        );
        assert!(d.notes.iter().any(|n| n == left), "{:?}", d.notes);
        // The time left says it is counted from now.
        let h = headline(&s, &a, &Plain);
        assert!(
            h.left.contains(match lang {
                Lang::En => "from now",
                _ => "desde ahora",
            }),
            "{}",
            h.left
        );
    }
}
