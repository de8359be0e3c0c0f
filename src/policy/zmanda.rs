//! Zmanda's published support policy (the seed text, decisions in SPEC.md),
//! in English and Spanish.

use super::document::*;
use crate::level::Priority::{P1, P2, P3, P4};

fn t(en: &str, es: &str) -> Text {
    Text::new(en, es)
}

/// A level's name. The policy describes the four priorities, not the
/// levels, so the built-in document gives no hints of its own: the widget
/// shows the resulting priority's description and example instead.
fn level(en: &str, es: &str) -> LevelText {
    LevelText {
        name: t(en, es),
        hint: None,
    }
}

fn items(list: &[(&str, &str)]) -> Vec<Text> {
    list.iter().map(|(en, es)| t(en, es)).collect()
}

/// Features shared by Standard, Premium and Trial (product availability,
/// ticket management, self-service).
fn common_features(features: &mut Entries<Vec<Text>>) {
    features.insert(
        "updates".into(),
        items(&[
            (
                "Minor and major updates",
                "Actualizaciones menores y mayores",
            ),
            ("Patches", "Parches"),
        ]),
    );
    features.insert(
        "tickets".into(),
        items(&[
            ("Online management", "Gestión en línea"),
            ("Ticket history", "Historial de tickets"),
        ]),
    );
    features.insert(
        "selfService".into(),
        items(&[
            (
                "Getting-started guides and videos",
                "Guías y vídeos de introducción",
            ),
            ("Knowledge base", "Base de conocimiento"),
            ("Product documentation", "Documentación del producto"),
            ("API documentation", "Documentación de la API"),
            ("Global search", "Búsqueda global"),
        ]),
    );
}

fn premium_features() -> Entries<Vec<Text>> {
    let mut f = Entries::default();
    f.insert("hours".into(), items(&[("24 × 7 × 365", "24 × 7 × 365")]));
    f.insert(
        "channels".into(),
        items(&[
            ("Phone", "Teléfono"),
            ("Web", "Web"),
            ("Account manager", "Gestor de cuenta"),
        ]),
    );
    f.insert(
        "training".into(),
        items(&[
            ("Personalised training", "Formación personalizada"),
            (
                "Premium onboarding assistance",
                "Asistencia premium para la puesta en marcha",
            ),
        ]),
    );
    common_features(&mut f);
    f
}

/// A trial's plan as the policy states it: Premium's hours (its SLA) and
/// nothing more; the rest of a trial's plan is not stated.
fn trial_features() -> Entries<Vec<Text>> {
    let mut f = Entries::default();
    f.insert("hours".into(), items(&[("24 × 7 × 365", "24 × 7 × 365")]));
    f
}

/// The built-in document.
pub(super) fn document() -> PolicyDocument {
    let mut calendars = Entries::default();
    calendars.insert(
        "business".to_owned(),
        CalendarDocument {
            name: t(
                "Monday to Friday, 08:00–17:00 in your local time zone",
                "De lunes a viernes, de 08:00 a 17:00 en su zona horaria local",
            ),
            continuous: false,
            weekly: vec![WindowDocument {
                days: ["mon", "tue", "wed", "thu", "fri"]
                    .map(String::from)
                    .to_vec(),
                open: "08:00".into(),
                close: "17:00".into(),
            }],
            closures: Vec::new(),
        },
    );
    calendars.insert(
        "always".to_owned(),
        CalendarDocument {
            name: t(
                "24 hours a day, 7 days a week, 365 days a year",
                "24 horas al día, 7 días a la semana, 365 días al año",
            ),
            continuous: true,
            weekly: Vec::new(),
            closures: Vec::new(),
        },
    );

    let mut standard_features = Entries::default();
    standard_features.insert(
        "hours".into(),
        items(&[(
            "Monday to Friday, 08:00–17:00 (your local time zone)",
            "De lunes a viernes, de 08:00 a 17:00 (su zona horaria local)",
        )]),
    );
    standard_features.insert(
        "channels".into(),
        items(&[("Phone", "Teléfono"), ("Web", "Web")]),
    );
    standard_features.insert(
        "training".into(),
        items(&[
            ("Recorded training", "Cursos grabados"),
            (
                "Self-help onboarding resources",
                "Recursos de autoayuda para la puesta en marcha",
            ),
        ]),
    );
    common_features(&mut standard_features);

    let mut community_features = Entries::default();
    community_features.insert(
        "hours".into(),
        items(&[(
            "Best effort, subject to staff availability",
            "En la medida de lo posible, según la disponibilidad del personal",
        )]),
    );
    community_features.insert(
        "channels".into(),
        items(&[(
            "E-mail (no phone support)",
            "Correo electrónico (sin soporte telefónico)",
        )]),
    );

    let premium_targets = ByPriority {
        p1: 15,
        p2: 60,
        p3: 240,
        p4: 480,
    };

    PolicyDocument {
        version: 1,
        name: t("Zmanda customer support policy", "Política de atención al cliente de Zmanda"),
        levels: Levels {
            impact: ByImpact {
                high: level("High", "Alto"),
                medium: level("Medium", "Medio"),
                low: level("Low", "Bajo"),
            },
            urgency: ByUrgency {
                high: level("High", "Alta"),
                medium: level("Medium", "Media"),
                low: level("Low", "Baja"),
            },
        },
        matrix: ByUrgency {
            high: ByImpact { high: P1, medium: P2, low: P3 },
            medium: ByImpact { high: P2, medium: P3, low: P4 },
            low: ByImpact { high: P3, medium: P4, low: P4 },
        },
        priorities: ByPriority {
            p1: PriorityText {
                title: t("Critical impact", "Impacto crítico"),
                description: t(
                    "A failure of the backup system that results in a total loss of data protection.",
                    "Fallo del sistema de copias de seguridad que provoca la pérdida total de la protección de los datos.",
                ),
                example: t(
                    "“Backups fail constantly; no successful backup in 48 hours.”",
                    "«El proceso de copia de seguridad falla constantemente; ninguna copia se ha completado correctamente en 48 horas».",
                ),
            },
            p2: PriorityText {
                title: t("High impact", "Impacto alto"),
                description: t(
                    "A major loss of function, but the system is still running.",
                    "Pérdida importante de funciones, pero el sistema sigue operativo.",
                ),
                example: t(
                    "“Backup speed has dropped sharply and scheduled backups run late.”",
                    "«La velocidad de las copias de seguridad ha disminuido drásticamente y las copias programadas se retrasan».",
                ),
            },
            p3: PriorityText {
                title: t("Medium impact", "Impacto medio"),
                description: t(
                    "Limited disruption that keeps things from working optimally, but a workaround exists.",
                    "Interrupción limitada que impide un funcionamiento óptimo, pero existe una solución provisional.",
                ),
                example: t(
                    "“Reporting does not work, but backups still succeed.”",
                    "«La generación de informes no funciona, pero las copias de seguridad se siguen realizando correctamente».",
                ),
            },
            p4: PriorityText {
                title: t("Low impact", "Impacto bajo"),
                description: t(
                    "A minor problem or a request for information, with no significant impact on operations.",
                    "Problema menor o solicitud de información, sin impacto significativo en las operaciones.",
                ),
                example: t(
                    "“Please clarify a backup configuration setting.”",
                    "«Solicitud de aclaración sobre un ajuste de configuración de las copias de seguridad».",
                ),
            },
        },
        calendars,
        plans: ByTier {
            standard: PlanDocument {
                name: t("Standard", "Estándar"),
                summary: t(
                    "Response targets count business hours only: Monday to Friday, 08:00–17:00 in your time zone.",
                    "Los objetivos de respuesta cuentan solo horas hábiles: de lunes a viernes, de 08:00 a 17:00 en su zona horaria.",
                ),
                calendar: Some("business".into()),
                targets: Some(ByPriority { p1: 60, p2: 180, p3: 480, p4: 1440 }),
                features: standard_features,
            },
            premium: PlanDocument {
                name: t("Premium", "Premium"),
                summary: t(
                    "Response targets count around the clock, every day of the year (24 × 7 × 365).",
                    "Los objetivos de respuesta cuentan a cualquier hora, todos los días del año (24 × 7 × 365).",
                ),
                calendar: Some("always".into()),
                targets: Some(premium_targets.clone()),
                features: premium_features(),
            },
            trial: PlanDocument {
                name: t("Trial", "Periodo de prueba"),
                summary: t(
                    "Trial customers get the Premium SLA during their evaluation: Premium's response targets, counted around the clock. The policy does not state the rest of a trial's plan.",
                    "Los clientes en periodo de prueba reciben el SLA premium durante la evaluación: los objetivos de respuesta de Premium, contados a cualquier hora. La política no indica qué más incluye el periodo de prueba.",
                ),
                calendar: Some("always".into()),
                targets: Some(premium_targets),
                features: trial_features(),
            },
            community: PlanDocument {
                name: t("Amanda community", "Comunidad Amanda"),
                summary: t(
                    "Amanda community users: no phone support; e-mail help is offered on a best-effort basis, subject to staff availability. There is no response target.",
                    "Usuarios de la comunidad Amanda: sin soporte telefónico; la asistencia por correo electrónico se ofrece en la medida de lo posible, sujeta a la disponibilidad del personal. No hay objetivo de respuesta.",
                ),
                calendar: None,
                targets: None,
                features: community_features,
            },
        },
        feature_rows: vec![
            FeatureRow { id: "hours".into(), label: t("Support hours", "Horario de soporte") },
            FeatureRow { id: "channels".into(), label: t("Support channels", "Canales de soporte") },
            FeatureRow { id: "training".into(), label: t("Training and onboarding", "Formación y puesta en marcha") },
            FeatureRow { id: "updates".into(), label: t("Product availability", "Disponibilidad del producto") },
            FeatureRow { id: "tickets".into(), label: t("Ticket management", "Gestión de tickets") },
            FeatureRow { id: "selfService".into(), label: t("Self-service resources", "Recursos de autoservicio") },
        ],
    }
}
