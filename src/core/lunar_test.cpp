#include "core/lunar.hpp"

#include <gtest/gtest.h>

namespace ketnap {
namespace {

using namespace std::chrono;

constexpr Date ymd(int y, unsigned m, unsigned d) { return Date{year{y}, month{m}, day{d}}; }

LunarDate lunar(int d, int m, int y, bool leap = false) {
  return LunarDate{.day = d, .month = m, .year = y, .leap_month = leap};
}

// W-4: Tết as RULES.md lists it.
TEST(LunarNewYear, MatchesTheTableOfRules) {
  EXPECT_EQ(lunar_new_year(2025), ymd(2025, 1, 29));
  EXPECT_EQ(lunar_new_year(2026), ymd(2026, 2, 17));
  EXPECT_EQ(lunar_new_year(2027), ymd(2027, 2, 6));
  EXPECT_EQ(lunar_new_year(2028), ymd(2028, 1, 26));
}

// W-4: Giỗ Tổ Hùng Vương, 10/3 âm lịch.
TEST(LunarToSolar, GioToHungVuongMatchesTheTableOfRules) {
  EXPECT_EQ(from_lunar(lunar(10, 3, 2025)), ymd(2025, 4, 7));
  EXPECT_EQ(from_lunar(lunar(10, 3, 2026)), ymd(2026, 4, 26));
  EXPECT_EQ(from_lunar(lunar(10, 3, 2027)), ymd(2027, 4, 16));
  EXPECT_EQ(from_lunar(lunar(10, 3, 2028)), ymd(2028, 4, 4));
}

TEST(LunarNewYear, KnownDatesAcrossTheRange) {
  EXPECT_EQ(lunar_new_year(1900), ymd(1900, 1, 31));
  EXPECT_EQ(lunar_new_year(2000), ymd(2000, 2, 5));
  EXPECT_EQ(lunar_new_year(2100), ymd(2100, 2, 9));
}

// W-4: the calendar of UTC+7, not China's UTC+8. In these years Tết fell on another day in
// Vietnam than in China: 1968 (29/01, a day before), 1985 (21/01, a month before: China
// celebrated on 20/02), 2007 (17/02, a day before), 2030 (02/02, a day before).
TEST(LunarNewYear, FollowsVietnamWhereChinaDiffers) {
  EXPECT_EQ(lunar_new_year(1968), ymd(1968, 1, 29));
  EXPECT_EQ(lunar_new_year(1985), ymd(1985, 1, 21));
  EXPECT_EQ(lunar_new_year(2007), ymd(2007, 2, 17));
  EXPECT_EQ(lunar_new_year(2030), ymd(2030, 2, 2));
}

// The days the Tết 2026 notice [TET26] names by their lunar dates.
TEST(SolarToLunar, DaysNamedInTheTet2026Notice) {
  EXPECT_EQ(to_lunar(ymd(2026, 1, 1)), lunar(13, 11, 2025));
  EXPECT_EQ(to_lunar(ymd(2026, 2, 14)), lunar(27, 12, 2025));
  EXPECT_EQ(to_lunar(ymd(2026, 2, 16)), lunar(29, 12, 2025));  // giao thừa: Chạp has 29 days
  EXPECT_EQ(to_lunar(ymd(2026, 2, 17)), lunar(1, 1, 2026));
  EXPECT_EQ(to_lunar(ymd(2026, 2, 22)), lunar(6, 1, 2026));
}

TEST(SolarToLunar, LeapMonthsRepeatTheMonthBefore) {
  EXPECT_EQ(to_lunar(ymd(2020, 5, 23)), lunar(1, 4, 2020, true));
  EXPECT_EQ(to_lunar(ymd(2023, 3, 22)), lunar(1, 2, 2023, true));
  EXPECT_EQ(to_lunar(ymd(2025, 7, 24)), lunar(30, 6, 2025));
  EXPECT_EQ(to_lunar(ymd(2025, 7, 25)), lunar(1, 6, 2025, true));
  EXPECT_EQ(from_lunar(lunar(1, 6, 2025, true)), ymd(2025, 7, 25));
}

// Days that Đức's program, rounding to the nearest mean new moon, calls "day 0" of the next
// month: that month's true new moon comes a day after them, so they end the month before.
TEST(SolarToLunar, LastDayBeforeALateNewMoonIsDay30) {
  EXPECT_EQ(to_lunar(ymd(2054, 5, 7)), lunar(30, 3, 2054));
  EXPECT_EQ(to_lunar(ymd(2062, 4, 9)), lunar(30, 2, 2062));
}

TEST(LunarToSolar, DaysThatDoNotExistAreRefused) {
  EXPECT_EQ(from_lunar(lunar(30, 12, 2025)), std::nullopt);      // Chạp Ất Tỵ has 29 days
  EXPECT_EQ(from_lunar(lunar(1, 1, 2026, true)), std::nullopt);  // 2026 has no leap month
  EXPECT_EQ(from_lunar(lunar(1, 5, 2025, true)), std::nullopt);  // 2025's leap month is the 6th
  EXPECT_EQ(from_lunar(lunar(1, 13, 2025)), std::nullopt);
  EXPECT_EQ(from_lunar(lunar(0, 1, 2025)), std::nullopt);
  EXPECT_EQ(from_lunar(lunar(31, 1, 2025)), std::nullopt);
}

TEST(LunarYearName, CanChi) {
  EXPECT_EQ(can_chi_year(2025), "Ất Tỵ");
  EXPECT_EQ(can_chi_year(2026), "Bính Ngọ");
  EXPECT_EQ(can_chi_year(1984), "Giáp Tý");
  EXPECT_EQ(can_chi_year(1968), "Mậu Thân");
  EXPECT_EQ(can_chi_year(1900), "Canh Tý");
}

TEST(LunarFormat, NamesTheYearAndMarksLeapMonths) {
  EXPECT_EQ(vn_lunar_date(lunar(10, 3, 2026)), "10/3/2026 âm lịch (năm Bính Ngọ)");
  EXPECT_EQ(vn_lunar_date(lunar(15, 6, 2025, true)), "15/6/2025 âm lịch (tháng 6 nhuận, năm Ất Tỵ)");
}

// Every day of 1900–2100: the lunar day after a day is the next one, months have 29 or 30
// days, years 12 or 13 months, and the conversion goes back to the same solar day.
TEST(LunarCalendar, EveryDayFrom1900To2100RoundTripsAndFollowsTheDayBefore) {
  const sys_days last{ymd(2100, 12, 31)};
  LunarDate previous = to_lunar(ymd(1899, 12, 31));
  int months_in_year = 0;
  for (sys_days day{ymd(1900, 1, 1)}; day <= last; day += days{1}) {
    const LunarDate today = to_lunar(Date{day});
    ASSERT_EQ(from_lunar(today), Date{day}) << iso(Date{day});
    if (today.day != 1) {
      ASSERT_EQ(today, lunar(previous.day + 1, previous.month, previous.year, previous.leap_month))
          << iso(Date{day});
    } else {
      ASSERT_TRUE(previous.day == 29 || previous.day == 30) << iso(Date{day});
      const bool leap_repeats = today.leap_month && !previous.leap_month && today.month == previous.month;
      const bool next_month = !today.leap_month && today.month == previous.month % 12 + 1;
      ASSERT_TRUE(leap_repeats || next_month) << iso(Date{day});
      ++months_in_year;
      if (today.month == 1 && !today.leap_month) {
        ASSERT_EQ(today.year, previous.year + 1) << iso(Date{day});
        if (previous.year >= 1900) {
          ASSERT_TRUE(months_in_year == 12 || months_in_year == 13) << iso(Date{day});
        }
        months_in_year = 0;
      }
    }
    previous = today;
  }
}

}  // namespace
}  // namespace ketnap
