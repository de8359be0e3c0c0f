//! The slow reference for deadlines: walk real time minute by minute, ask
//! chrono-tz for the wall-clock time, count open minutes. Shared by the
//! property tests and the benchmark; it uses nothing of the engine's but
//! `engine()`, which builds the engine's calendar from the same data.
#![allow(dead_code)]

use chrono::{Datelike, NaiveDate, Timelike};
use support_policy::Date;
use support_policy::calendar::{SupportHours, Window};

/// A calendar as plain data, read by the reference without the engine.
#[derive(Clone, Debug)]
pub struct RefCalendar {
    /// Open minutes [open, close) per weekday, Monday first.
    pub windows: [Vec<(u32, u32)>; 7],
    pub closures: Vec<NaiveDate>,
}

impl RefCalendar {
    pub fn business() -> RefCalendar {
        RefCalendar {
            windows: std::array::from_fn(|d| if d < 5 { vec![(480, 1020)] } else { vec![] }),
            closures: vec![],
        }
    }

    pub fn split_with_closures() -> RefCalendar {
        let day = vec![(480, 720), (780, 1020)];
        let closures = [
            "2001-12-25",
            "2016-03-25",
            "2016-03-28",
            "2025-03-31",
            "2025-10-27",
            "2030-01-01",
        ]
        .iter()
        .map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap())
        .collect();
        let mut windows: [Vec<(u32, u32)>; 7] =
            std::array::from_fn(|d| if d < 5 { day.clone() } else { vec![] });
        windows[5] = vec![(600, 840)]; // Saturday 10:00-14:00
        RefCalendar { windows, closures }
    }

    pub fn engine(&self) -> SupportHours {
        let weekly = std::array::from_fn(|d| {
            self.windows[d]
                .iter()
                .map(|&(a, b)| Window::from_minutes(a, b).unwrap())
                .collect()
        });
        let closures = self
            .closures
            .iter()
            .map(|d| d.to_string().parse::<Date>().unwrap())
            .collect();
        SupportHours::new(weekly, closures).unwrap()
    }

    /// Whether the wall-clock time of `t` in `tz` is open (chrono's reading).
    pub fn open_at(&self, tz: chrono_tz::Tz, t: i64) -> bool {
        let local = chrono::DateTime::from_timestamp(t, 0)
            .unwrap()
            .with_timezone(&tz);
        let date = local.date_naive();
        let minute = local.hour() * 60 + local.minute();
        !self.closures.contains(&date)
            && self.windows[local.weekday().num_days_from_monday() as usize]
                .iter()
                .any(|&(a, b)| a <= minute && minute < b)
    }

    /// The reference deadline: walk minute by minute (filed on a whole minute).
    pub fn deadline(&self, tz: chrono_tz::Tz, filed: i64, minutes: u32) -> i64 {
        let (mut t, mut left) = (filed, minutes);
        while left > 0 {
            if self.open_at(tz, t) {
                left -= 1;
            }
            t += 60;
        }
        if minutes == 0 {
            return filed;
        }
        t
    }
}
