//! Proleptic Gregorian calendar arithmetic on plain integers.
//!
//! Days are counted from 1970-01-01 (day 0); these are Howard Hinnant's
//! `days_from_civil` / `civil_from_days` algorithms, exact for every year the
//! engine accepts.

/// Seconds in a civil day.
pub const SECONDS_PER_DAY: i64 = 86_400;

/// Days since 1970-01-01 of the civil date `year-month-day`.
pub fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date `(year, month, day)` of a day count since 1970-01-01.
pub fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = (if mp < 10 { mp + 3 } else { mp - 9 }) as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

/// Day of the week of a day count, 0 = Monday .. 6 = Sunday.
pub fn weekday_from_days(days: i64) -> u8 {
    // 1970-01-01 was a Thursday (3).
    (days + 3).rem_euclid(7) as u8
}

/// Whether `year` is a Gregorian leap year.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in `month` of `year`.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_day_from_1900_to_3000() {
        let start = days_from_civil(1900, 1, 1);
        let end = days_from_civil(3000, 1, 1);
        let (mut y, mut m, mut d) = (1900, 1u8, 1u8);
        for days in start..end {
            assert_eq!(civil_from_days(days), (y, m, d));
            assert_eq!(days_from_civil(y, m, d), days);
            d += 1;
            if d > days_in_month(y, m) {
                d = 1;
                m += 1;
                if m > 12 {
                    m = 1;
                    y += 1;
                }
            }
        }
    }

    #[test]
    fn known_weekdays() {
        assert_eq!(weekday_from_days(0), 3); // 1970-01-01 Thursday
        assert_eq!(weekday_from_days(days_from_civil(2025, 6, 13)), 4); // Friday
        assert_eq!(weekday_from_days(days_from_civil(2000, 2, 29)), 1); // Tuesday
    }
}
