#include "core/calendar.hpp"

#include <ostream>
#include <stdexcept>

#include <gtest/gtest.h>

namespace ketnap {

// Readable failures: "27/04/2026 nghỉ Nghỉ bù Giỗ Tổ Hùng Vương".
static void PrintTo(const CalendarDay& day, std::ostream* out) {
  *out << vn_date(day.date) << (day.kind == DayKind::day_off ? " nghỉ " : " làm việc ") << day.name;
}

namespace {

using namespace std::chrono;

constexpr Date ymd(int y, unsigned m, unsigned d) { return Date{year{y}, month{m}, day{d}}; }

CalendarDay off(Date date, std::string name) { return {date, DayKind::day_off, std::move(name)}; }
CalendarDay work(Date date, std::string name) { return {date, DayKind::working_day, std::move(name)}; }

const WorkCalendar& calendar() { return default_calendar(); }

// ---- the built-in schedule ------------------------------------------------------------

// W-3, W-5: 2025 as RULES.md gives it — Tết 27/01–31/01 with make-up Saturday 08/02;
// 07/04; 30/04–02/05 with make-up Saturday 26/04; 01/09–02/09.
TEST(DefaultCalendar, DaysOff2025AreThoseOfTheNotice) {
  const std::vector<CalendarDay> expected{
      off(ymd(2025, 1, 1), "Tết Dương lịch"),
      off(ymd(2025, 1, 27), "Tết Nguyên đán (28 tháng Chạp)"),
      off(ymd(2025, 1, 28), "Tết Nguyên đán (29 tháng Chạp)"),
      off(ymd(2025, 1, 29), "Tết Nguyên đán (mùng 1)"),
      off(ymd(2025, 1, 30), "Tết Nguyên đán (mùng 2)"),
      off(ymd(2025, 1, 31), "Tết Nguyên đán (mùng 3)"),
      work(ymd(2025, 2, 8), "Làm bù (hoán đổi một ngày nghỉ Tết Nguyên đán)"),
      off(ymd(2025, 4, 7), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
      work(ymd(2025, 4, 26), "Làm bù cho ngày nghỉ hoán đổi 02/05/2025"),
      off(ymd(2025, 4, 30), "Ngày Chiến thắng"),
      off(ymd(2025, 5, 1), "Quốc tế Lao động"),
      off(ymd(2025, 5, 2), "Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)"),
      off(ymd(2025, 9, 1), "Quốc khánh (ngày liền kề)"),
      off(ymd(2025, 9, 2), "Quốc khánh"),
  };
  EXPECT_EQ(calendar().days_off(2025), expected);
}

// W-3, W-5: 2026 — Tết 16/02–20/02 from the notice; Giỗ Tổ on Sunday 26/04 compensated on
// Monday 27/04; 30/04–01/05; Quốc khánh 02/09 with the default adjacent day 01/09.
TEST(DefaultCalendar, DaysOff2026AreThoseOfTheNoticeAndTheLabourCode) {
  const std::vector<CalendarDay> expected{
      off(ymd(2026, 1, 1), "Tết Dương lịch"),
      off(ymd(2026, 2, 16), "Tết Nguyên đán (29 tháng Chạp)"),
      off(ymd(2026, 2, 17), "Tết Nguyên đán (mùng 1)"),
      off(ymd(2026, 2, 18), "Tết Nguyên đán (mùng 2)"),
      off(ymd(2026, 2, 19), "Tết Nguyên đán (mùng 3)"),
      off(ymd(2026, 2, 20), "Tết Nguyên đán (mùng 4)"),
      off(ymd(2026, 4, 26), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
      off(ymd(2026, 4, 27), "Nghỉ bù Giỗ Tổ Hùng Vương"),
      off(ymd(2026, 4, 30), "Ngày Chiến thắng"),
      off(ymd(2026, 5, 1), "Quốc tế Lao động"),
      work(ymd(2026, 8, 22), "Làm bù cho ngày nghỉ hoán đổi 31/08/2026"),
      off(ymd(2026, 8, 31), "Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/08/2026)"),
      off(ymd(2026, 9, 1), "Quốc khánh (ngày liền kề)"),
      off(ymd(2026, 9, 2), "Quốc khánh"),
  };
  EXPECT_EQ(calendar().days_off(2026), expected);
}

// W-5: the notices' make-up Saturdays are working days, the swapped Friday is not.
TEST(DefaultCalendar, MakeUpSaturdaysOf2025AreWorkingDays) {
  EXPECT_TRUE(calendar().is_working_day(ymd(2025, 2, 8)));
  EXPECT_TRUE(calendar().is_working_day(ymd(2025, 4, 26)));
  EXPECT_FALSE(calendar().is_working_day(ymd(2025, 5, 2)));
  EXPECT_FALSE(calendar().is_working_day(ymd(2025, 2, 15)));  // an ordinary Saturday
}

// W-5: the built-in document names its source and marks its confidence as RULES.md does.
TEST(DefaultCalendar, BuiltinScheduleCarriesSourcesAndConfidence) {
  const auto& schedule = builtin_schedule();
  ASSERT_EQ(schedule.size(), 2u);
  EXPECT_EQ(schedule[0].year, 2025);
  EXPECT_EQ(schedule[0].confidence, "L");
  EXPECT_EQ(schedule[1].year, 2026);
  EXPECT_EQ(schedule[1].quoc_khanh_adjacent, ymd(2026, 9, 1));  // TB 9441/TB-BNV via [TET26]
  EXPECT_NE(schedule[1].note.find("Quốc khánh"), std::string::npos);
}

// ---- W-1 counting -----------------------------------------------------------------------

// W-1: day X is not counted; the first working day after a Friday is the Monday.
TEST(AddWorkingDays, DayXIsNotCountedSoFridayPlusOneIsMonday) {
  EXPECT_EQ(calendar().add_working_days(ymd(2025, 3, 7), 1), ymd(2025, 3, 10));
  EXPECT_EQ(calendar().add_working_days(ymd(2025, 3, 8), 1), ymd(2025, 3, 10));  // from Saturday
  EXPECT_EQ(calendar().add_working_days(ymd(2025, 3, 10), 5), ymd(2025, 3, 17));
}

// W-1: n = 0 is day X itself, whatever day it is.
TEST(AddWorkingDays, ZeroDaysIsTheStartDay) {
  EXPECT_EQ(calendar().add_working_days(ymd(2026, 2, 17), 0), ymd(2026, 2, 17));
  EXPECT_EQ(calendar().add_working_days(ymd(2025, 3, 9), 0), ymd(2025, 3, 9));
}

TEST(AddWorkingDays, NegativeCountIsAProgrammingError) {
  EXPECT_THROW(calendar().add_working_days(ymd(2025, 3, 7), -1), std::invalid_argument);
}

// W-1, W-5: the Tết 2026 week is skipped — Friday 13/02 plus one is Monday 23/02.
TEST(AddWorkingDays, SkipsTheTet2026Holiday) {
  EXPECT_EQ(calendar().add_working_days(ymd(2026, 2, 13), 1), ymd(2026, 2, 23));
  EXPECT_EQ(calendar().add_working_days(ymd(2026, 2, 12), 2), ymd(2026, 2, 23));
}

// W-1, W-3: 30/04 and 01/05 are skipped.
TEST(AddWorkingDays, SkipsVictoryDayAndLabourDay) {
  EXPECT_EQ(calendar().add_working_days(ymd(2026, 4, 29), 1), ymd(2026, 5, 4));
  // W-5: in 2025 also the swapped Friday 02/05; the make-up Saturday 26/04 counts.
  EXPECT_EQ(calendar().add_working_days(ymd(2025, 4, 29), 1), ymd(2025, 5, 5));
  EXPECT_EQ(calendar().add_working_days(ymd(2025, 4, 25), 1), ymd(2025, 4, 26));
}

// W-3, W-4: Giỗ Tổ 2026 is Sunday 26/04, so Monday 27/04 is off (art.111.3).
TEST(AddWorkingDays, SkipsTheGioToCompensationMonday2026) {
  EXPECT_FALSE(calendar().is_working_day(ymd(2026, 4, 27)));
  EXPECT_EQ(calendar().add_working_days(ymd(2026, 4, 24), 1), ymd(2026, 4, 28));
}

// W-1: 29/02 of a leap year is an ordinary working day.
TEST(AddWorkingDays, CountsTheLeapDay) {
  EXPECT_TRUE(calendar().is_working_day(ymd(2028, 2, 29)));
  EXPECT_EQ(calendar().add_working_days(ymd(2028, 2, 28), 1), ymd(2028, 2, 29));
  EXPECT_EQ(calendar().add_working_days(ymd(2028, 2, 28), 2), ymd(2028, 3, 1));
}

// W-1, W-2, W-5: 60 working days from Thursday 15/01/2026 step over the Tết week: Thursday
// 16/04/2026 instead of 09/04/2026.
TEST(AddWorkingDays, SixtyWorkingDaysAcrossTet2026) {
  EXPECT_EQ(calendar().add_working_days(ymd(2026, 1, 15), 60), ymd(2026, 4, 16));
  EXPECT_EQ(calendar().working_days_between(ymd(2026, 1, 15), ymd(2026, 4, 16)), 60);
}

// W-1, W-5: in 2025 the Tết week is off, Saturday 08/02 is worked and Giỗ Tổ 07/04 is off.
TEST(AddWorkingDays, SixtyWorkingDaysAcrossTet2025WithItsMakeUpSaturday) {
  EXPECT_EQ(calendar().add_working_days(ymd(2025, 1, 15), 60), ymd(2025, 4, 16));
}

// W-1: the days counted are those of (from, to].
TEST(WorkingDaysBetween, CountsTheDaysAfterTheStartUpToTheEnd) {
  EXPECT_EQ(calendar().working_days_between(ymd(2025, 3, 7), ymd(2025, 3, 7)), 0);
  EXPECT_EQ(calendar().working_days_between(ymd(2025, 3, 7), ymd(2025, 3, 10)), 1);
  EXPECT_EQ(calendar().working_days_between(ymd(2025, 3, 10), ymd(2025, 3, 7)), -1);
  EXPECT_EQ(calendar().working_days_between(ymd(2026, 2, 13), ymd(2026, 2, 23)), 1);
}

// ---- W-3 defaults in years without a notice ------------------------------------------------

// W-3, W-4: 2030 has no notice. Tết is the last day of Kỷ Dậu (29 Chạp: the new moons fall
// on 04/01 and 02/02) and mùng 1–4 of Canh Tuất. Mùng 1 is Saturday 02/02 (in Vietnam;
// China's is 03/02), so Saturday 02/02 and Sunday 03/02 are compensated on Wednesday 06/02
// and Thursday 07/02. Giỗ Tổ is Friday 12/04. 01/09 is a Sunday, so the adjacent day of
// Quốc khánh is compensated after Monday 02/09, on Tuesday 03/09.
TEST(ComputedCalendar, Year2030WithoutANoticeFollowsTheLabourCode) {
  const std::vector<CalendarDay> expected{
      off(ymd(2030, 1, 1), "Tết Dương lịch"),
      off(ymd(2030, 2, 1), "Tết Nguyên đán (29 tháng Chạp)"),
      off(ymd(2030, 2, 2), "Tết Nguyên đán (mùng 1)"),
      off(ymd(2030, 2, 3), "Tết Nguyên đán (mùng 2)"),
      off(ymd(2030, 2, 4), "Tết Nguyên đán (mùng 3)"),
      off(ymd(2030, 2, 5), "Tết Nguyên đán (mùng 4)"),
      off(ymd(2030, 2, 6), "Nghỉ bù Tết Nguyên đán"),
      off(ymd(2030, 2, 7), "Nghỉ bù Tết Nguyên đán"),
      off(ymd(2030, 4, 12), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
      off(ymd(2030, 4, 30), "Ngày Chiến thắng"),
      off(ymd(2030, 5, 1), "Quốc tế Lao động"),
      off(ymd(2030, 9, 1), "Quốc khánh (ngày liền kề)"),
      off(ymd(2030, 9, 2), "Quốc khánh"),
      off(ymd(2030, 9, 3), "Nghỉ bù Quốc khánh"),
  };
  EXPECT_EQ(calendar().days_off(2030), expected);
}

// W-3, art.111.3: a compensation goes past other holidays. In 2023 Giỗ Tổ was Saturday 29/04
// and 30/04 a Sunday; Monday 01/05 being a holiday, they were compensated on 02/05 and 03/05.
TEST(ComputedCalendar, CompensationSkipsOtherHolidays) {
  EXPECT_FALSE(calendar().is_working_day(ymd(2023, 5, 2)));
  EXPECT_FALSE(calendar().is_working_day(ymd(2023, 5, 3)));
  EXPECT_TRUE(calendar().is_working_day(ymd(2023, 5, 4)));
}

// W-3, W-4: Tết 2028 (mùng 1 Wednesday 26/01) ends on Saturday 29/01, compensated on Monday 31/01.
TEST(ComputedCalendar, TetOnASaturdayIsCompensatedAfterTheWeekend) {
  EXPECT_FALSE(calendar().is_working_day(ymd(2028, 1, 25)));
  EXPECT_FALSE(calendar().is_working_day(ymd(2028, 1, 28)));
  EXPECT_FALSE(calendar().is_working_day(ymd(2028, 1, 31)));
  EXPECT_TRUE(calendar().is_working_day(ymd(2028, 2, 1)));
}

// ---- W-5 schedules given by an administrator --------------------------------------------------

// W-5: a notified Tết range replaces the computed block and is not compensated.
TEST(ScheduledCalendar, NotifiedTetReplacesTheComputedBlockWithoutCompensation) {
  YearSchedule schedule{.year = 2028, .tet = DateRange{ymd(2028, 1, 24), ymd(2028, 1, 28)}};
  const WorkCalendar work_calendar({schedule});
  EXPECT_FALSE(work_calendar.is_working_day(ymd(2028, 1, 24)));
  EXPECT_TRUE(work_calendar.is_working_day(ymd(2028, 1, 31)));
}

// W-3, W-5: the notice may put the adjacent day of Quốc khánh after 02/09.
TEST(ScheduledCalendar, NotifiedQuocKhanhAdjacentDayReplacesTheDefault) {
  YearSchedule schedule{.year = 2027, .quoc_khanh_adjacent = ymd(2027, 9, 3)};
  const WorkCalendar work_calendar({schedule});
  EXPECT_TRUE(work_calendar.is_working_day(ymd(2027, 9, 1)));
  EXPECT_FALSE(work_calendar.is_working_day(ymd(2027, 9, 2)));
  EXPECT_FALSE(work_calendar.is_working_day(ymd(2027, 9, 3)));
}

// W-5: a swap (hoán đổi) moves a working day to a Saturday.
TEST(ScheduledCalendar, SwappedDaysChangeWhichDaysAreWorked) {
  YearSchedule schedule{
      .year = 2027, .entries = {off(ymd(2027, 4, 29), "Nghỉ hoán đổi"), work(ymd(2027, 4, 24), "Làm bù")}};
  const WorkCalendar work_calendar({schedule});
  EXPECT_FALSE(work_calendar.is_working_day(ymd(2027, 4, 29)));
  EXPECT_TRUE(work_calendar.is_working_day(ymd(2027, 4, 24)));
  EXPECT_EQ(work_calendar.add_working_days(ymd(2027, 4, 23), 1), ymd(2027, 4, 24));
}

TEST(ScheduledCalendar, TwoSchedulesForOneYearAreRefused) {
  EXPECT_THROW(WorkCalendar({YearSchedule{.year = 2027}, YearSchedule{.year = 2027}}), std::invalid_argument);
}

TEST(WorkCalendarRange, DatesOutside1900To2100AreRefused) {
  EXPECT_THROW(calendar().is_working_day(ymd(2101, 1, 3)), std::out_of_range);
  EXPECT_THROW(calendar().add_working_days(ymd(2100, 12, 31), 1), std::out_of_range);
  EXPECT_THROW(calendar().days_off(1899), std::out_of_range);
  EXPECT_NO_THROW(calendar().days_off(1900));
  EXPECT_NO_THROW(calendar().days_off(2100));
}

// ---- rules/calendar.json ------------------------------------------------------------------

TEST(ParseCalendarSchedule, ReadsEveryPart) {
  auto parsed = parse_calendar_schedule(R"({"years": [{"year": 2027, "source": "TB 1/TB-BNV",
      "confidence": "M", "note": "n", "tet": {"first": "2027-02-04", "last": "2027-02-10"},
      "quoc_khanh_adjacent": "2027-09-03",
      "entries": [{"date": "2027-02-20", "kind": "working_day", "name": "Làm bù"}]}]})");
  ASSERT_TRUE(parsed) << parsed.error().field << ": " << parsed.error().message;
  ASSERT_EQ(parsed->size(), 1u);
  const YearSchedule& year = parsed->front();
  EXPECT_EQ(year.year, 2027);
  EXPECT_EQ(year.tet->first, ymd(2027, 2, 4));
  EXPECT_EQ(year.tet->last, ymd(2027, 2, 10));
  EXPECT_EQ(year.quoc_khanh_adjacent, ymd(2027, 9, 3));
  EXPECT_EQ(year.entries, std::vector<CalendarDay>{work(ymd(2027, 2, 20), "Làm bù")});
  EXPECT_EQ(year.source, "TB 1/TB-BNV");
  EXPECT_EQ(year.confidence, "M");
}

TEST(ParseCalendarSchedule, NamesTheFaultyField) {
  auto field_of = [](std::string_view json) {
    auto parsed = parse_calendar_schedule(json);
    EXPECT_FALSE(parsed);
    return parsed ? std::string() : parsed.error().field;
  };
  EXPECT_EQ(field_of("not json"), "");
  EXPECT_EQ(field_of(R"({"years": {}})"), "years");
  EXPECT_EQ(field_of(R"({"years": [{"year": 1899}]})"), "years[0].year");
  EXPECT_EQ(field_of(R"({"years": [{"year": 2027}, {"year": 2027}]})"), "years[1].year");
  EXPECT_EQ(field_of(R"({"years": [{"year": 2027, "tet": {"first": "2027-02-10",
      "last": "2027-02-04"}}]})"),
            "years[0].tet");
  EXPECT_EQ(field_of(R"({"years": [{"year": 2027, "entries": [{"date": "2028-01-01",
      "kind": "day_off", "name": "x"}]}]})"),
            "years[0].entries[0].date");
  EXPECT_EQ(field_of(R"({"years": [{"year": 2027, "entries": [{"date": "2027-01-02",
      "kind": "holiday", "name": "x"}]}]})"),
            "years[0].entries[0].kind");
  EXPECT_EQ(field_of(R"({"years": [{"year": 2027, "entries": [{"date": "2027-01-02",
      "kind": "day_off", "name": ""}]}]})"),
            "years[0].entries[0].name");
}

TEST(ParseYearSchedule, ReadsOneYearStrictlyAndNamesFieldsFromIt) {
  auto year = parse_year_schedule(R"({"year": 2027, "tet": {"first": "2027-02-04", "last": "2027-02-12"}})");
  ASSERT_TRUE(year.has_value()) << year.error().message;
  EXPECT_EQ(year->tet->last, ymd(2027, 2, 12));  // nine days is the most
  auto field_of = [](std::string_view json) {
    auto parsed = parse_year_schedule(json);
    EXPECT_FALSE(parsed);
    return parsed ? std::string() : parsed.error().field;
  };
  EXPECT_EQ(field_of(R"({"year": 2027, "tet": {"first": "2027-02-04", "last": "2027-02-13"}})"), "tet");
  EXPECT_EQ(field_of(R"({"year": 2027, "tet": {"first": "2027-02-27", "last": "2027-03-01"}})"), "tet");
  EXPECT_EQ(field_of(R"({"year": 2027, "tet": {"first": "2027-02-04", "last": "x"}})"), "tet.last");
  EXPECT_EQ(field_of(R"({"year": 2027, "tet": {"first": "2027-02-04", "last": "2027-02-05", "days": 2}})"),
            "tet.days");
  EXPECT_EQ(field_of(R"({"year": 2027, "entries": [{"date": "2027-05-03", "kind": "day_off", "name": "a"},
      {"date": "2027-05-03", "kind": "day_off", "name": "b"}]})"),
            "entries[1].date");
  EXPECT_EQ(field_of(R"({"year": 2027, "entries": [{"date": "2027-05-03", "kind": "day_off", "name": "a",
      "note": ""}]})"),
            "entries[0].note");
  EXPECT_EQ(field_of(R"({"year": 2027, "holidays": []})"), "holidays");
  EXPECT_EQ(field_of(R"({"tet": null})"), "year");
  EXPECT_EQ(field_of("[]"), "");
}

TEST(VietnameseWeekday, NamesEachDay) {
  EXPECT_EQ(vn_weekday(ymd(2026, 2, 16)), "Thứ Hai");
  EXPECT_EQ(vn_weekday(ymd(2026, 2, 21)), "Thứ Bảy");
  EXPECT_EQ(vn_weekday(ymd(2026, 2, 22)), "Chủ nhật");
}

}  // namespace
}  // namespace ketnap
