// The Vietnamese lunisolar calendar (âm lịch) — RULES.md W-4.
//
// Computed, not tabulated, by Hồ Ngọc Đức's astronomical method for the time zone of
// Vietnam, UTC+7 (China computes for UTC+8, so Tết sometimes differs, e.g. 1985 and 2007):
//  - a lunar month begins on the local day of a new moon;
//  - month 11 is the month holding the winter solstice (the sun at longitude 270°);
//  - when 13 months lie between two months 11, the first of them after month 11 that holds
//    no major solar term (trung khí: the sun crossing a multiple of 30°) is the leap month
//    (tháng nhuận) and repeats the number of the month before it.
// Astronomical terms follow Jean Meeus (low precision, as Đức does). For every day of
// 1900–2100 the result equals Đức's own published program, but for the two days on which
// that program answers "day 0" (07/05/2054, 09/04/2062); a modern ephemeris moves three
// month starts by a day (June 1944, December 2072, November 2077), none of them a Tết or a
// Giỗ Tổ. Outside 1900–2100 the same formulas run, unchecked.
// Pure functions of a date: no clock, no I/O, safe from any thread.
#pragma once

#include <optional>
#include <string>

#include "core/date.hpp"

namespace ketnap {

struct LunarDate {
  int day = 1;              // 1..29 or 1..30
  int month = 1;            // 1 = tháng Giêng ... 12 = tháng Chạp
  int year = 0;             // the lunar year, numbered as the solar year in which its Tết falls
  bool leap_month = false;  // tháng nhuận: the repeated month of a 13-month year
  friend bool operator==(const LunarDate&, const LunarDate&) = default;
};

LunarDate to_lunar(Date solar);
// The solar date of a lunar day; nullopt when that day does not exist (day 30 of a 29-day
// month, a leap month the year does not have, a month outside 1..12).
std::optional<Date> from_lunar(const LunarDate& lunar);
// Tết Nguyên đán: mùng 1 tháng Giêng of `lunar_year`.
Date lunar_new_year(int lunar_year);

// The sexagenary (can chi) name of a lunar year, e.g. "Bính Ngọ" for 2026.
std::string can_chi_year(int lunar_year);
// "10/3/2026 âm lịch (năm Bính Ngọ)"; a leap month reads "15/6/2025 âm lịch (tháng 6 nhuận, năm Ất Tỵ)".
std::string vn_lunar_date(const LunarDate& lunar);

}  // namespace ketnap
