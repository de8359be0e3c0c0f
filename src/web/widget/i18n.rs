//! The widget's one message catalogue (English and Spanish) and the
//! language-aware formatting of targets, durations and instants.

use crate::policy::Clock;

/// A language of the widget.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    /// English.
    En,
    /// Spanish.
    Es,
}

impl Lang {
    /// `es` or anything starting with `es-` is Spanish; `en…` is English;
    /// `None` for other languages (the caller falls back).
    pub fn parse(tag: &str) -> Option<Lang> {
        let tag = tag.trim().to_ascii_lowercase();
        if tag == "es" || tag.starts_with("es-") {
            Some(Lang::Es)
        } else if tag == "en" || tag.starts_with("en-") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The BCP 47 tag used for `Intl` and the `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }
}

/// Every fixed text of the widget.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Msg {
    Impact,
    Urgency,
    SupportPlan,
    TimeZone,
    FiledAt,
    OverridePriority,
    AsComputed,
    Now,
    FollowingClock,
    Matrix,
    MatrixCaption,
    Priority,
    Computed,
    YourChoice,
    Target,
    Deadline,
    InYourZone,
    NoDeadline,
    OpenNow,
    ClosedNow,
    NextOpens,
    AlwaysOpen,
    WithPlan,
    CopySummary,
    Copied,
    CopyFailed,
    PlanComparison,
    Timeline,
    TimelineOpen,
    TimelineClosed,
    TimelineDeadline,
    UnknownZone,
    GapNotice,
    FoldNotice,
    UsingDefault,
    Overdue,
    DueIn,
    Filed,
    Plan,
    ZoneHint,
    Summary,
    Today,
    Tomorrow,
}

/// The text of `msg` in `lang`.
pub fn t(lang: Lang, msg: Msg) -> &'static str {
    use Msg::*;
    let (en, es) = match msg {
        Impact => ("Impact", "Impacto"),
        Urgency => ("Urgency", "Urgencia"),
        SupportPlan => ("Support plan", "Plan de soporte"),
        TimeZone => ("Time zone", "Zona horaria"),
        FiledAt => ("Filed at", "Fecha de apertura"),
        OverridePriority => ("Override priority", "Cambiar prioridad"),
        AsComputed => ("As the matrix says", "Según la matriz"),
        Now => ("Now", "Ahora"),
        FollowingClock => ("Following the clock", "Siguiendo el reloj"),
        Matrix => ("Priority matrix", "Matriz de prioridad"),
        MatrixCaption => ("Urgency (rows) by impact (columns); choose a cell", "Urgencia (filas) por impacto (columnas); elija una celda"),
        Priority => ("Priority", "Prioridad"),
        Computed => ("computed", "calculada"),
        YourChoice => ("your choice", "su elección"),
        Target => ("Response target", "Objetivo de respuesta"),
        Deadline => ("Respond by", "Responder antes de"),
        InYourZone => ("In your time zone", "En su zona horaria"),
        NoDeadline => (
            "Best-effort e-mail help, subject to staff availability: no phone support and no response deadline.",
            "Asistencia por correo electrónico de mejor esfuerzo, según la disponibilidad del personal: sin soporte telefónico ni plazo de respuesta.",
        ),
        OpenNow => ("Support is open now.", "El soporte está abierto ahora."),
        ClosedNow => ("Support is closed now.", "El soporte está cerrado ahora."),
        NextOpens => ("It opens", "Abre"),
        AlwaysOpen => ("Support is open around the clock.", "El soporte está abierto a todas horas."),
        WithPlan => ("With", "Con"),
        CopySummary => ("Copy summary", "Copiar resumen"),
        Copied => ("Summary copied.", "Resumen copiado."),
        CopyFailed => ("Copying is not allowed here; select the summary below.", "No se puede copiar aquí; seleccione el resumen de abajo."),
        PlanComparison => ("Compare the plans", "Compare los planes"),
        Timeline => ("From filing to the deadline", "De la apertura al plazo"),
        TimelineOpen => ("open", "abierto"),
        TimelineClosed => ("closed", "cerrado"),
        TimelineDeadline => ("deadline", "plazo"),
        UnknownZone => ("Unknown time zone; still using", "Zona horaria desconocida; se sigue usando"),
        GapNotice => (
            "That time does not exist in this zone (the clocks jumped forward); it was moved forward by",
            "Esa hora no existe en esta zona (se adelantaron los relojes); se movió hacia adelante",
        ),
        FoldNotice => (
            "That time happened twice in this zone (the clocks went back); the earlier one is used.",
            "Esa hora ocurrió dos veces en esta zona (se atrasaron los relojes); se usa la primera.",
        ),
        UsingDefault => ("the default is used instead.", "se usa el valor predeterminado."),
        Overdue => ("overdue by", "vencido hace"),
        DueIn => ("in", "dentro de"),
        Filed => ("Filed", "Abierto"),
        Plan => ("Plan", "Plan"),
        ZoneHint => ("Type a city or an IANA name, e.g. Madrid or America/New_York", "Escriba una ciudad o un nombre IANA, p. ej. Madrid o America/New_York"),
        Summary => ("Summary", "Resumen"),
        Today => ("today", "hoy"),
        Tomorrow => ("tomorrow", "mañana"),
    };
    match lang {
        Lang::En => en,
        Lang::Es => es,
    }
}

fn plural(n: u64, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// The target in words: "within 3 business hours", "dentro de 15 minutos".
pub fn target_words(lang: Lang, minutes: u32, clock: Clock) -> String {
    let n = u64::from(minutes);
    let business = clock == Clock::Business;
    let amount = match (lang, n % 60 == 0, business) {
        (Lang::En, true, true) => {
            format!("{} business {}", n / 60, plural(n / 60, "hour", "hours"))
        }
        (Lang::En, true, false) => format!("{} {}", n / 60, plural(n / 60, "hour", "hours")),
        (Lang::En, false, true) => format!("{n} business {}", plural(n, "minute", "minutes")),
        (Lang::En, false, false) => format!("{n} {}", plural(n, "minute", "minutes")),
        (Lang::Es, true, true) => format!(
            "{} {}",
            n / 60,
            plural(n / 60, "hora hábil", "horas hábiles")
        ),
        (Lang::Es, true, false) => format!("{} {}", n / 60, plural(n / 60, "hora", "horas")),
        (Lang::Es, false, true) => format!("{n} {}", plural(n, "minuto hábil", "minutos hábiles")),
        (Lang::Es, false, false) => format!("{n} {}", plural(n, "minuto", "minutos")),
    };
    match (lang, business) {
        (Lang::En, true) => format!("within {amount}"),
        (Lang::En, false) => format!("within {amount}, around the clock"),
        (Lang::Es, true) => format!("dentro de {amount}"),
        (Lang::Es, false) => format!("dentro de {amount}, a cualquier hora"),
    }
}

/// A span of seconds in words, to the minute (rounded up): "2 d 3 h 5 min".
pub fn duration_words(seconds: i64) -> String {
    let minutes = (seconds.max(0) + 59) / 60;
    let (d, h, m) = (minutes / 1440, minutes / 60 % 24, minutes % 60);
    let mut parts = Vec::new();
    if d > 0 {
        parts.push(format!("{d} d"));
    }
    if h > 0 {
        parts.push(format!("{h} h"));
    }
    if m > 0 || parts.is_empty() {
        parts.push(format!("{m} min"));
    }
    parts.join(" ")
}

/// How far away `deadline` is from `now`: "in 2 h 5 min", "overdue by 3 min".
pub fn until_words(lang: Lang, now: i64, deadline: i64) -> String {
    if deadline >= now {
        format!("{} {}", t(lang, Msg::DueIn), duration_words(deadline - now))
    } else {
        format!(
            "{} {}",
            t(lang, Msg::Overdue),
            duration_words(now - deadline)
        )
    }
}

thread_local! {
    /// The reader's browser language (`navigator.language`), asked once.
    static BROWSER_LOCALE: Option<String> = web_sys::window().and_then(|w| w.navigator().language());
}

/// The locale dates are written in: the browser's own when it is of the
/// widget's language (so an en-US reader sees US dates), else en-GB or es-ES.
pub fn locale(lang: Lang) -> String {
    BROWSER_LOCALE
        .with(|l| l.clone())
        .filter(|l| Lang::parse(l) == Some(lang))
        .unwrap_or_else(|| match lang {
            Lang::En => "en-GB".to_owned(),
            Lang::Es => "es-ES".to_owned(),
        })
}

/// An instant as "today 16:15" or "tomorrow 08:00" when it falls on the
/// zone's today or tomorrow (as of `now`), else in full.
pub fn when_relative<Z: crate::TimeZone>(
    lang: Lang,
    zone: &Z,
    now: crate::Timestamp,
    unix_seconds: i64,
) -> String {
    use crate::web::intl_zone::DateStyle;
    // The day is the one the displayed (rounded-up) minute falls on.
    let shown =
        crate::Timestamp::from_seconds((unix_seconds + 59).div_euclid(60) * 60).unwrap_or(now);
    let day = |t| crate::zone::to_local(zone, t).0.day_number();
    let (today, then) = (day(now), day(shown));
    let label = if then == today {
        t(lang, Msg::Today)
    } else if then == today + 1 {
        t(lang, Msg::Tomorrow)
    } else {
        return when(lang, zone.name(), DateStyle::Long, unix_seconds);
    };
    format!(
        "{label} {}",
        when(lang, zone.name(), DateStyle::Time, unix_seconds)
    )
}

/// An instant in `zone`, written for readers of `lang`, rounded up to the minute.
pub fn when(
    lang: Lang,
    zone: &str,
    style: crate::web::intl_zone::DateStyle,
    unix_seconds: i64,
) -> String {
    crate::web::intl_zone::format_instant(&locale(lang), zone, style, unix_seconds)
}
