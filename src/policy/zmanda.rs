//! Zmanda's published support policy (the seed text; the decisions are in docs/contract.md),
//! in English and Spanish.
//!
//! The texts are tables of `(English, Spanish)` pairs walked by a few loops,
//! rather than one constructor call per text: the same document for a
//! third of the code in the wasm bundle.

use super::document::*;
use crate::vocabulary::Priority::{P1, P2, P3, P4};

/// An English and Spanish pair.
type Pair = (&'static str, &'static str);

fn t((en, es): Pair) -> Text {
    Text::new(en, es)
}

fn items(list: &[Pair]) -> Vec<Text> {
    list.iter().copied().map(t).collect()
}

/// Each priority's title, description and example, P1 to P4.
const PRIORITIES: [[Pair; 3]; 4] = [
    [
        ("Critical impact", "Impacto crítico"),
        (
            "System backup failure, resulting in a total loss of data protection.",
            "Fallo en la copia de seguridad del sistema, que provoca la pérdida total de la protección de los datos.",
        ),
        (
            "“The backup process fails constantly; no successful backup for 48 hours.”",
            "«El proceso de copia de seguridad falla constantemente; ninguna copia se ha completado correctamente durante 48 horas».",
        ),
    ],
    [
        ("High impact", "Impacto alto"),
        (
            "A major loss of function, but the system is still running.",
            "Pérdida importante de funciones, pero el sistema sigue operativo.",
        ),
        (
            "“Backup speed has dropped sharply and scheduled backups run late.”",
            "«La velocidad de las copias de seguridad ha disminuido drásticamente y las copias programadas se retrasan».",
        ),
    ],
    [
        ("Medium impact", "Impacto medio"),
        (
            "Limited disruption of functions that hinders optimal operation, but a workaround is available.",
            "Interrupción limitada de funciones que dificulta el funcionamiento óptimo, pero hay una solución alternativa disponible.",
        ),
        (
            "“Reporting does not work, but backups still succeed.”",
            "«La generación de informes no funciona, pero las copias de seguridad se siguen realizando correctamente».",
        ),
    ],
    [
        ("Low impact", "Impacto bajo"),
        (
            "A minor problem or a request for information, with no significant impact on operations.",
            "Problema menor o solicitud de información, sin impacto significativo en las operaciones.",
        ),
        (
            "“Please clarify the backup configuration settings.”",
            "«Solicitud de aclaración sobre los ajustes de configuración de la copia de seguridad».",
        ),
    ],
];

/// The level names: impact high, medium, low; urgency high, medium, low.
/// The policy describes the four priorities, not the levels, so the
/// built-in document gives no hints: the widget shows the resulting
/// priority's description and example instead.
const LEVELS: [Pair; 6] = [
    ("High", "Alto"),
    ("Medium", "Medio"),
    ("Low", "Bajo"),
    ("High", "Alta"),
    ("Medium", "Media"),
    ("Low", "Baja"),
];

/// The rows of the plan comparison: id, label, Standard's items, Premium's.
#[allow(clippy::type_complexity)]
const FEATURES: [(&str, Pair, &[Pair], &[Pair]); 6] = [
    (
        "hours",
        ("Support hours", "Horario de soporte"),
        &[(
            "Monday to Friday, 08:00–17:00 (your local time zone)",
            "De lunes a viernes, de 08:00 a 17:00 (su zona horaria local)",
        )],
        &[("24 × 7 × 365", "24 × 7 × 365")],
    ),
    (
        "channels",
        ("Support channels", "Canales de soporte"),
        &[("Phone", "Teléfono"), ("Web", "Web")],
        &[
            ("Phone", "Teléfono"),
            ("Web", "Web"),
            ("Account manager", "Gestor de cuenta"),
        ],
    ),
    (
        "training",
        ("Training and onboarding", "Formación y puesta en marcha"),
        &[
            ("Recorded training", "Formación grabada"),
            (
                "Self-help onboarding assistance",
                "Asistencia de autoayuda para la puesta en marcha",
            ),
        ],
        &[
            ("Personalised training", "Formación personalizada"),
            (
                "Premium onboarding assistance",
                "Asistencia premium para la puesta en marcha",
            ),
        ],
    ),
    (
        "updates",
        ("Product availability", "Disponibilidad del producto"),
        COMMON_UPDATES,
        COMMON_UPDATES,
    ),
    (
        "tickets",
        ("Ticket management", "Gestión de tickets"),
        COMMON_TICKETS,
        COMMON_TICKETS,
    ),
    (
        "selfService",
        ("Self-service resources", "Recursos de autoservicio"),
        COMMON_SELF_SERVICE,
        COMMON_SELF_SERVICE,
    ),
];

const COMMON_UPDATES: &[Pair] = &[
    (
        "Minor and major updates",
        "Actualizaciones menores y mayores",
    ),
    ("Patches", "Parches"),
];
const COMMON_TICKETS: &[Pair] = &[
    ("Online management", "Gestión en línea"),
    ("Ticket history", "Historial de tickets"),
];
const COMMON_SELF_SERVICE: &[Pair] = &[
    (
        "Getting-started guides and videos",
        "Guías y vídeos de introducción",
    ),
    ("Knowledge base", "Base de conocimiento"),
    ("Product documentation", "Documentación del producto"),
    ("API documentation", "Documentación de la API"),
    ("Global search", "Búsqueda global"),
];

/// Community: what the policy says, in the comparison's rows. It gives
/// community users no support hours: best effort qualifies the e-mail help.
const COMMUNITY: [(&str, Pair); 1] = [(
    "channels",
    (
        "E-mail, best effort, subject to staff availability (no phone support)",
        "Correo electrónico, en la medida de lo posible y sujeto a la disponibilidad del personal (sin soporte telefónico)",
    ),
)];

/// Plan names and summaries: Standard, Premium, Trial, Community.
const PLANS: [(Pair, Pair); 4] = [
    (
        ("Standard", "Estándar"),
        (
            "Response targets are counted in support hours only: Monday to Friday, 08:00–17:00 in your time zone.",
            "Los objetivos de respuesta se cuentan solo en horario de soporte: de lunes a viernes, de 08:00 a 17:00 en su zona horaria.",
        ),
    ),
    (
        ("Premium", "Premium"),
        (
            "Response targets are counted around the clock, every day of the year (24 × 7 × 365).",
            "Los objetivos de respuesta se cuentan las 24 horas del día, todos los días del año (24 × 7 × 365).",
        ),
    ),
    (
        ("Trial", "Periodo de prueba"),
        (
            "Trial customers get the Premium SLA during their evaluation: Premium's response targets, counted around the clock. The policy says nothing else of a trial's plan (support hours, channels, training).",
            "Durante la evaluación, los clientes en periodo de prueba tienen el SLA Premium: los objetivos de respuesta del plan Premium, contados las 24 horas del día, todos los días. La política no dice nada más del plan de prueba (horario de soporte, canales, formación).",
        ),
    ),
    (
        ("Amanda community", "Comunidad Amanda"),
        (
            "Amanda community users: no phone support; e-mail help is offered on a best-effort basis, subject to staff availability. The policy sets no response target for community users.",
            "Usuarios de la comunidad Amanda: sin soporte telefónico; la asistencia por correo electrónico se ofrece en la medida de lo posible, sujeta a la disponibilidad del personal. La política no fija ningún objetivo de respuesta para los usuarios de la comunidad.",
        ),
    ),
];

fn calendar(name: Pair, weekly: Vec<WindowDocument>) -> CalendarDocument {
    CalendarDocument {
        name: t(name),
        continuous: weekly.is_empty(),
        weekly,
        closures: Vec::new(),
    }
}

fn plan(
    index: usize,
    calendar: Option<&str>,
    targets: Option<ByPriority<u32>>,
    features: Entries<Vec<Text>>,
) -> PlanDocument {
    let (name, summary) = PLANS[index];
    PlanDocument {
        name: t(name),
        summary: t(summary),
        calendar: calendar.map(String::from),
        targets,
        features,
    }
}

/// The compiled hours of the built-in calendars (what validating the
/// document's `business` and `always` calendars gives; a test checks it).
pub(super) fn hours(calendar_id: &str) -> crate::calendar::SupportHours {
    use crate::calendar::{SupportHours, Window};
    match Window::from_minutes(8 * 60, 17 * 60) {
        Ok(window) if calendar_id == "business" => SupportHours::business_days(window),
        _ => SupportHours::continuous(),
    }
}

/// The built-in document.
pub(super) fn document() -> PolicyDocument {
    let mut calendars = Entries::default();
    calendars.insert(
        "business".to_owned(),
        calendar(
            (
                "Monday to Friday, 08:00–17:00 in your local time zone",
                "De lunes a viernes, de 08:00 a 17:00 en su zona horaria local",
            ),
            vec![WindowDocument {
                days: ["mon", "tue", "wed", "thu", "fri"]
                    .map(String::from)
                    .to_vec(),
                open: "08:00".into(),
                close: "17:00".into(),
            }],
        ),
    );
    calendars.insert(
        "always".to_owned(),
        calendar(
            (
                "24 hours a day, 7 days a week, 365 days a year",
                "24 horas al día, 7 días a la semana, 365 días al año",
            ),
            Vec::new(),
        ),
    );

    let mut standard = Entries::default();
    let mut premium = Entries::default();
    let mut community = Entries::default();
    for (id, _, s, p) in FEATURES {
        standard.insert(id.into(), items(s));
        premium.insert(id.into(), items(p));
    }
    // A trial's plan as the policy states it: the Premium SLA (its response
    // targets, `targets` below) and nothing more; its hours, channels and
    // training are not stated, so it has no feature rows.
    let trial = Entries::default();
    for (id, item) in COMMUNITY {
        community.insert(id.into(), vec![t(item)]);
    }

    let priority = |i: usize| {
        let [title, description, example] = PRIORITIES[i];
        PriorityText {
            title: t(title),
            description: t(description),
            example: t(example),
        }
    };
    let level = |i: usize| LevelText {
        name: t(LEVELS[i]),
        hint: None,
    };
    let premium_targets = ByPriority {
        p1: 15,
        p2: 60,
        p3: 240,
        p4: 480,
    };

    PolicyDocument {
        version: 1,
        name: t((
            "Zmanda customer support policy",
            "Política de atención al cliente de Zmanda",
        )),
        levels: Levels {
            impact: ByImpact {
                high: level(0),
                medium: level(1),
                low: level(2),
            },
            urgency: ByUrgency {
                high: level(3),
                medium: level(4),
                low: level(5),
            },
        },
        matrix: ByUrgency {
            high: ByImpact {
                high: P1,
                medium: P2,
                low: P3,
            },
            medium: ByImpact {
                high: P2,
                medium: P3,
                low: P4,
            },
            low: ByImpact {
                high: P3,
                medium: P4,
                low: P4,
            },
        },
        priorities: ByPriority {
            p1: priority(0),
            p2: priority(1),
            p3: priority(2),
            p4: priority(3),
        },
        calendars,
        plans: ByPlan {
            standard: plan(
                0,
                Some("business"),
                Some(ByPriority {
                    p1: 60,
                    p2: 180,
                    p3: 480,
                    p4: 1440,
                }),
                standard,
            ),
            premium: plan(1, Some("always"), Some(premium_targets.clone()), premium),
            trial: plan(2, Some("always"), Some(premium_targets), trial),
            community: plan(3, None, None, community),
        },
        feature_rows: FEATURES
            .iter()
            .map(|&(id, label, _, _)| FeatureRow {
                id: id.into(),
                label: t(label),
            })
            .collect(),
    }
}
