#include "core/lunar.hpp"

#include <array>
#include <cmath>
#include <numbers>
#include <stdexcept>
#include <string_view>
#include <vector>

#include <fmt/format.h>

namespace ketnap {
namespace {

// Julian day number: whole days counted from noon UT of 1 January 4713 BC. Astronomical
// formulas speak it; std::chrono::sys_days counts from 1970-01-01, which is day 2440588.
using DayNumber = long;
constexpr DayNumber kUnixEpochDayNumber = 2440588;

// W-4: Vietnam keeps its calendar in UTC+7.
constexpr double kUtcOffsetDays = 7.0 / 24.0;
constexpr double kSynodicMonth = 29.530588853;  // mean days from new moon to new moon
// The local day of new moon number 0, the one of 1 January 1900; lunations count from it.
constexpr DayNumber kFirstNewMoonDay = 2415021;
// The sun's longitude in twelfths of the ecliptic; twelfth 9 begins at the winter solstice.
constexpr int kWinterSolsticeSector = 9;

DayNumber day_number(Date date) {
  return std::chrono::sys_days{date}.time_since_epoch().count() + kUnixEpochDayNumber;
}

Date date_of(DayNumber day) {
  return Date{std::chrono::sys_days{std::chrono::days{day - kUnixEpochDayNumber}}};
}

double sin_degrees(double degrees) { return std::sin(degrees * std::numbers::pi / 180.0); }

// Instant (Julian date, UT) of new moon number k after that of 1 January 1900: the mean
// lunation corrected by the largest periodic terms of the sun's and moon's orbits, then by
// ΔT, the lead of ephemeris time over universal time (Meeus).
double new_moon_instant(int k) {
  const double t = k / 1236.85;  // Julian centuries since 1900 January 0.5
  const double t2 = t * t;
  const double t3 = t2 * t;
  const double mean = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3 +
                      0.00033 * sin_degrees(166.56 + 132.87 * t - 0.009173 * t2);
  const double sun = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;    // mean anomaly
  const double moon = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;  // mean anomaly
  const double node = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;   // argument of latitude
  const double periodic = (0.1734 - 0.000393 * t) * sin_degrees(sun) + 0.0021 * sin_degrees(2 * sun) -
                          0.4068 * sin_degrees(moon) + 0.0161 * sin_degrees(2 * moon) -
                          0.0004 * sin_degrees(3 * moon) + 0.0104 * sin_degrees(2 * node) -
                          0.0051 * sin_degrees(sun + moon) - 0.0074 * sin_degrees(sun - moon) +
                          0.0004 * sin_degrees(2 * node + sun) - 0.0004 * sin_degrees(2 * node - sun) -
                          0.0006 * sin_degrees(2 * node + moon) + 0.0010 * sin_degrees(2 * node - moon) +
                          0.0005 * sin_degrees(sun + 2 * moon);
  const double delta_t = t < -11
                             ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                             : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return mean + periodic - delta_t;
}

// The local (UTC+7) day on which new moon k falls: the first day of a lunar month.
DayNumber new_moon_day(int k) {
  return static_cast<DayNumber>(std::floor(new_moon_instant(k) + 0.5 + kUtcOffsetDays));
}

// The sun's apparent longitude in degrees, [0, 360), at a Julian date: mean longitude plus
// the equation of the centre (Meeus, low precision; ample for whole days).
double sun_longitude(double julian_date) {
  const double t = (julian_date - 2451545.0) / 36525;  // Julian centuries since J2000
  const double t2 = t * t;
  const double anomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const double mean_longitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin_degrees(anomaly) +
                        (0.019993 - 0.000101 * t) * sin_degrees(2 * anomaly) +
                        0.000290 * sin_degrees(3 * anomaly);
  const double longitude = std::fmod(mean_longitude + centre, 360.0);
  return longitude < 0 ? longitude + 360.0 : longitude;
}

// Which twelfth of the ecliptic (0..11) the sun is in at the local midnight that begins
// `day`. A month holds a major solar term exactly when this changes over the month.
int sun_sector(DayNumber day) {
  const double local_midnight = static_cast<double>(day) - 0.5 - kUtcOffsetDays;
  return static_cast<int>(sun_longitude(local_midnight) / 30.0);
}

struct NewMoon {
  int index;      // lunation number, as new_moon_day takes it
  DayNumber day;  // its local day
};

// The new moon that begins month 11 of solar year `year`: the month holding the winter
// solstice. Start from the last mean new moon before 31 December; if the sun has passed the
// solstice when that month begins, the solstice lies in the month before.
NewMoon month11_of(int year) {
  const Date december31{std::chrono::year{year}, std::chrono::December, std::chrono::day{31}};
  const int k = static_cast<int>(
      std::floor(static_cast<double>(day_number(december31) - kFirstNewMoonDay) / kSynodicMonth));
  const NewMoon candidate{k, new_moon_day(k)};
  if (sun_sector(candidate.day) >= kWinterSolsticeSector) return {k - 1, new_moon_day(k - 1)};
  return candidate;
}

struct MonthStart {
  DayNumber first_day;
  int number;  // 1..12
  bool leap;
};

// The lunar months that begin from month 11 of solar year `year - 1` up to, not including,
// month 11 of `year`, with the first day of that month 11 as a sentinel at the end. Months
// 11 and 12 belong to lunar year `year - 1`, months 1..10 to lunar year `year`.
struct MonthsBetweenSolstices {
  std::vector<MonthStart> months;
  DayNumber end = 0;
};

// Index (1..12) of the first month after month 11 in which the sun crosses no multiple of 30°.
int first_month_without_major_term(const std::vector<DayNumber>& starts) {
  for (std::size_t i = 1; i + 1 < starts.size(); ++i) {
    if (sun_sector(starts[i]) == sun_sector(starts[i + 1])) return static_cast<int>(i);
  }
  // 13 months share 12 major terms, so one of them has none.
  throw std::logic_error("lunar: a 13-month year without a leap month");
}

MonthsBetweenSolstices months_between_solstices(int year) {
  const NewMoon from = month11_of(year - 1);
  const NewMoon to = month11_of(year);
  const int count = to.index - from.index;  // 12, or 13 when one of them is leap
  std::vector<DayNumber> starts;
  for (int i = 0; i < count; ++i) starts.push_back(new_moon_day(from.index + i));
  starts.push_back(to.day);

  // In a 12-month span no index reaches `count`, so no month is leap.
  const int leap = count == 13 ? first_month_without_major_term(starts) : count;
  MonthsBetweenSolstices result{.end = to.day};
  for (int i = 0; i < count; ++i) {
    const int ordinal = i < leap ? i : i - 1;  // the leap month repeats the number before it
    result.months.push_back({starts[i], (10 + ordinal) % 12 + 1, i == leap});
  }
  return result;
}

int lunar_year_of_month(int month_number, int solstice_year) {
  return month_number >= 11 ? solstice_year - 1 : solstice_year;
}

int positive_modulo(int value, int divisor) { return ((value % divisor) + divisor) % divisor; }

}  // namespace

LunarDate to_lunar(Date solar) {
  const DayNumber day = day_number(solar);
  const int year = static_cast<int>(solar.year());
  const int solstice_year = day >= month11_of(year).day ? year + 1 : year;
  const auto span = months_between_solstices(solstice_year);
  const MonthStart* month = &span.months.front();
  for (const MonthStart& candidate : span.months) {
    if (candidate.first_day <= day) month = &candidate;
  }
  return LunarDate{.day = static_cast<int>(day - month->first_day) + 1,
                   .month = month->number,
                   .year = lunar_year_of_month(month->number, solstice_year),
                   .leap_month = month->leap};
}

std::optional<Date> from_lunar(const LunarDate& lunar) {
  if (lunar.month < 1 || lunar.month > 12 || lunar.day < 1 || lunar.day > 30) return std::nullopt;
  // std::chrono::year stops at 32767; the astronomy is only checked for 1900–2100 anyway.
  if (lunar.year < 1 || lunar.year > 9999) return std::nullopt;
  const int solstice_year = lunar.month >= 11 ? lunar.year + 1 : lunar.year;
  const auto span = months_between_solstices(solstice_year);
  for (std::size_t i = 0; i < span.months.size(); ++i) {
    const MonthStart& month = span.months[i];
    if (month.number != lunar.month || month.leap != lunar.leap_month) continue;
    const DayNumber next = i + 1 < span.months.size() ? span.months[i + 1].first_day : span.end;
    if (lunar.day > next - month.first_day) return std::nullopt;
    return date_of(month.first_day + lunar.day - 1);
  }
  return std::nullopt;
}

Date lunar_new_year(int lunar_year) {
  auto tet = from_lunar(LunarDate{.day = 1, .month = 1, .year = lunar_year});
  if (!tet) throw std::out_of_range(fmt::format("lunar: no Tết computed for year {}", lunar_year));
  return *tet;
}

std::string can_chi_year(int lunar_year) {
  static constexpr std::array<std::string_view, 10> can{"Giáp", "Ất",   "Bính", "Đinh", "Mậu",
                                                        "Kỷ",   "Canh", "Tân",  "Nhâm", "Quý"};
  static constexpr std::array<std::string_view, 12> chi{"Tý",  "Sửu", "Dần",  "Mão", "Thìn", "Tỵ",
                                                        "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"};
  // Year 4 was Giáp Tý, the first of the sixty-year cycle (as were 1984 and 2044).
  return fmt::format("{} {}", can[positive_modulo(lunar_year - 4, 10)],
                     chi[positive_modulo(lunar_year - 4, 12)]);
}

std::string vn_lunar_date(const LunarDate& lunar) {
  const std::string leap = lunar.leap_month ? fmt::format("tháng {} nhuận, ", lunar.month) : std::string();
  return fmt::format("{}/{}/{} âm lịch ({}năm {})", lunar.day, lunar.month, lunar.year, leap,
                     can_chi_year(lunar.year));
}

}  // namespace ketnap
