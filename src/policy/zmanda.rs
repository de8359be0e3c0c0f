//! Zmanda's published support policy (the seed text, decisions in SPEC.md),
//! in English and Spanish.

use super::document::*;
use crate::level::Priority::{P1, P2, P3, P4};

fn t(en: &str, es: &str) -> Text {
    Text::new(en, es)
}

fn level(name: (&str, &str), hint: (&str, &str)) -> LevelText {
    LevelText {
        name: t(name.0, name.1),
        hint: t(hint.0, hint.1),
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
            ("Online", "En línea"),
            ("Historical records", "Registros históricos"),
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
                "Asistencia de incorporación premium",
            ),
        ]),
    );
    common_features(&mut f);
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
            "Monday–Friday 08:00–17:00 (local time zone)",
            "Lunes a viernes de 08:00 a 17:00 (zona horaria local)",
        )]),
    );
    standard_features.insert(
        "channels".into(),
        items(&[("Phone", "Teléfono"), ("Web", "Web")]),
    );
    standard_features.insert(
        "training".into(),
        items(&[
            ("Recorded trainings", "Formaciones grabadas"),
            (
                "Self-help onboarding assistance",
                "Asistencia de incorporación de autoayuda",
            ),
        ]),
    );
    common_features(&mut standard_features);

    let mut community_features = Entries::default();
    community_features.insert(
        "hours".into(),
        items(&[(
            "Best effort, subject to staff availability",
            "Mejor esfuerzo, según la disponibilidad del personal",
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
                high: level(("High", "Alto"), ("Backups fail or data protection is lost", "Las copias fallan o se pierde la protección de los datos")),
                medium: level(("Medium", "Medio"), ("A major function is impaired, the system still runs", "Una función importante falla, el sistema sigue operativo")),
                low: level(("Low", "Bajo"), ("A minor problem or a question", "Un problema menor o una consulta")),
            },
            urgency: ByUrgency {
                high: level(("High", "Alta"), ("Needs attention now; work is blocked", "Requiere atención inmediata; el trabajo está bloqueado")),
                medium: level(("Medium", "Media"), ("Needs attention soon; a workaround helps for now", "Requiere atención pronto; una solución provisional sirve por ahora")),
                low: level(("Low", "Baja"), ("Can wait; no deadline at risk", "Puede esperar; ningún plazo en riesgo")),
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
                    "The backup system fails, resulting in a total loss of data protection.",
                    "Fallo en la copia de seguridad del sistema, lo que resulta en una pérdida total de la protección de los datos.",
                ),
                example: t(
                    "“Backups fail constantly; no successful backup in 48 hours.”",
                    "«El proceso de copia de seguridad falla constantemente; ninguna copia correcta en 48 horas.»",
                ),
            },
            p2: PriorityText {
                title: t("High impact", "Alto impacto"),
                description: t(
                    "Major loss of function, but the system is still running.",
                    "Pérdida importante de funciones, pero el sistema sigue operativo.",
                ),
                example: t(
                    "“Backup speed dropped sharply and schedules slip.”",
                    "«La velocidad de la copia de seguridad ha disminuido drásticamente y la programación se retrasa.»",
                ),
            },
            p3: PriorityText {
                title: t("Medium impact", "Impacto medio"),
                description: t(
                    "Limited disruption that keeps things from working optimally, but a workaround exists.",
                    "Interrupción limitada que dificulta el funcionamiento óptimo, pero hay una solución disponible.",
                ),
                example: t(
                    "“Reporting does not work, but backups still succeed.”",
                    "«La generación de informes no funciona, pero las copias de seguridad se siguen realizando correctamente.»",
                ),
            },
            p4: PriorityText {
                title: t("Low impact", "Bajo impacto"),
                description: t(
                    "A minor problem or a request for information, with no significant impact on operations.",
                    "Problema menor o solicitud de información, sin impacto significativo en las operaciones.",
                ),
                example: t(
                    "“Please clarify a backup configuration setting.”",
                    "«Solicitud de aclaración sobre los ajustes de configuración de la copia de seguridad.»",
                ),
            },
        },
        calendars,
        plans: ByTier {
            standard: PlanDocument {
                name: t("Standard", "Estándar"),
                summary: t(
                    "Response targets count business hours: Monday to Friday, 08:00–17:00 in your time zone.",
                    "Los objetivos de respuesta cuentan horas hábiles: de lunes a viernes, de 08:00 a 17:00 en su zona horaria.",
                ),
                calendar: Some("business".into()),
                targets: Some(ByPriority { p1: 60, p2: 180, p3: 480, p4: 1440 }),
                features: standard_features,
            },
            premium: PlanDocument {
                name: t("Premium", "Premium"),
                summary: t(
                    "Support around the clock, every day of the year.",
                    "Soporte a cualquier hora, todos los días del año.",
                ),
                calendar: Some("always".into()),
                targets: Some(premium_targets.clone()),
                features: premium_features(),
            },
            trial: PlanDocument {
                name: t("Trial", "Prueba"),
                summary: t(
                    "Trial customers get the Premium SLA during their evaluation.",
                    "Los clientes en prueba reciben el SLA Premium durante el período de evaluación.",
                ),
                calendar: Some("always".into()),
                targets: Some(premium_targets),
                features: premium_features(),
            },
            community: PlanDocument {
                name: t("Amanda community", "Comunidad Amanda"),
                summary: t(
                    "No phone support. E-mail help is best effort, subject to staff availability, with no response target.",
                    "Sin soporte telefónico. La asistencia por correo electrónico es de mejor esfuerzo, según la disponibilidad del personal, sin objetivo de respuesta.",
                ),
                calendar: None,
                targets: None,
                features: community_features,
            },
        },
        feature_rows: vec![
            FeatureRow { id: "hours".into(), label: t("Support hours", "Horario de soporte") },
            FeatureRow { id: "channels".into(), label: t("Support channels", "Canales de soporte") },
            FeatureRow { id: "training".into(), label: t("Training and onboarding", "Formación e incorporación") },
            FeatureRow { id: "updates".into(), label: t("Product availability", "Disponibilidad del producto") },
            FeatureRow { id: "tickets".into(), label: t("Ticket management", "Gestión de tickets") },
            FeatureRow { id: "selfService".into(), label: t("Self-service resources", "Recursos de autoservicio") },
        ],
    }
}
