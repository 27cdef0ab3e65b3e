// The calendar in force against a real SQLite file: an administrator's year replaces the
// built-in one, others may not change it, a reset returns to the built-in year, and every
// change is audited.
#include <gtest/gtest.h>

#include "app/app.hpp"
#include "store/store.hpp"
#include "test_support/temp_dir.hpp"

namespace ketnap::app {
namespace {

Date day(const char* iso_text) { return *parse_iso_date(iso_text); }

// The notice an administrator might enter for 2026: another Tết, no other entries.
YearSchedule other_2026() {
  return YearSchedule{.year = 2026,
                      .tet = DateRange{day("2026-02-12"), day("2026-02-18")},
                      .entries = {{day("2026-05-02"), DayKind::working_day, "Làm bù"}},
                      .source = "Thông báo thử",
                      .confidence = "M"};
}

class CalendarAdminTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = store::open_sqlite(dir_.file("test.db"));
    store::migrate(*db_);
    service_ = std::make_unique<Service>(*db_);
  }

  static Caller role(Role r) { return Caller{UserId{7}, "nguoi_dung", r, OrgId{1}, "/1/"}; }
  CalendarSource source_of(int year) { return service_->calendar_year(year)->source; }

  std::vector<AuditEntry> audit() {
    AuditQuery query;
    query.entity = "calendar";
    return service_->list_audit(Service::system_caller(), query).value().items;
  }

  testing_support::TempDir dir_;  // declared first: removed after the database closes
  std::unique_ptr<store::Database> db_;
  std::unique_ptr<Service> service_;
  const Caller admin_ = Service::system_caller();
};

TEST_F(CalendarAdminTest, BuiltInYearsThenComputedOnes) {
  auto year = service_->calendar_year(2026);
  ASSERT_TRUE(year.has_value());
  EXPECT_EQ(year->source, CalendarSource::builtin);
  EXPECT_EQ(year->schedule.tet->first, day("2026-02-16"));
  EXPECT_EQ(source_of(2031), CalendarSource::computed);
  EXPECT_EQ(service_->calendar_year(1899).error().code, ErrorCode::not_found);
  EXPECT_EQ(service_->calendar()->add_working_days(day("2026-02-11"), 1), day("2026-02-12"));
}

TEST_F(CalendarAdminTest, AdminYearReplacesTheBuiltInOne) {
  auto set = service_->set_calendar_year(admin_, other_2026());
  ASSERT_TRUE(set.has_value()) << set.error().message;
  EXPECT_EQ(set->source, CalendarSource::database);
  EXPECT_EQ(set->updated_by, "he_thong");

  auto calendar = service_->calendar();
  EXPECT_EQ(calendar->add_working_days(day("2026-02-11"), 1), day("2026-02-19"));  // the new Tết
  EXPECT_TRUE(calendar->is_working_day(day("2026-02-20")));   // off only by the built-in notice
  EXPECT_TRUE(calendar->is_working_day(day("2026-05-02")));   // the new make-up Saturday
  EXPECT_FALSE(calendar->is_working_day(day("2026-08-22")));  // the built-in one is gone
  EXPECT_TRUE(calendar->is_working_day(day("2025-02-08")));   // 2025 keeps its built-in year

  // Another Service over the same database (a restart) finds the same year.
  Service restarted(*db_);
  EXPECT_EQ(restarted.calendar_year(2026)->schedule.entries, other_2026().entries);
  EXPECT_EQ(restarted.calendar()->add_working_days(day("2026-02-11"), 1), day("2026-02-19"));
}

TEST_F(CalendarAdminTest, OnlyAnAdministratorChangesTheCalendar) {
  for (Role r : {Role::can_bo, Role::xem}) {
    EXPECT_EQ(service_->set_calendar_year(role(r), other_2026()).error().code, ErrorCode::forbidden);
    EXPECT_EQ(service_->reset_calendar_year(role(r), 2026).error().code, ErrorCode::forbidden);
  }
  EXPECT_EQ(source_of(2026), CalendarSource::builtin);
  EXPECT_TRUE(audit().empty());
}

TEST_F(CalendarAdminTest, ResetReturnsToTheBuiltInYear) {
  ASSERT_TRUE(service_->set_calendar_year(admin_, other_2026()));
  ASSERT_TRUE(service_->reset_calendar_year(admin_, 2026));
  EXPECT_EQ(source_of(2026), CalendarSource::builtin);
  EXPECT_EQ(service_->calendar()->add_working_days(day("2026-02-11"), 1), day("2026-02-12"));
  EXPECT_TRUE(service_->reset_calendar_year(admin_, 2026));  // nothing left to reset: still fine
}

TEST_F(CalendarAdminTest, EveryChangeIsAudited) {
  ASSERT_TRUE(service_->set_calendar_year(admin_, other_2026()));
  ASSERT_TRUE(service_->reset_calendar_year(admin_, 2026));
  ASSERT_TRUE(service_->reset_calendar_year(admin_, 2026));  // no change, no entry
  auto entries = audit();
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].action, "calendar.reset");  // newest first
  EXPECT_EQ(entries[1].action, "calendar.set");
  EXPECT_EQ(entries[1].entity_id, 2026);
  EXPECT_NE(entries[1].before_json.find(R"("source":"builtin")"), std::string::npos);
  EXPECT_NE(entries[1].after_json.find(R"("source":"database")"), std::string::npos);
}

TEST_F(CalendarAdminTest, RefusesAScheduleThatCannotBeTheGovernments) {
  auto field_of = [&](YearSchedule schedule) {
    auto set = service_->set_calendar_year(admin_, std::move(schedule));
    EXPECT_FALSE(set.has_value());
    return set ? std::string() : set.error().field;
  };
  YearSchedule outside = other_2026();
  outside.entries.push_back({day("2027-01-01"), DayKind::day_off, "Tết Dương lịch"});
  EXPECT_EQ(field_of(outside), "entries[1].date");
  YearSchedule long_tet = other_2026();
  long_tet.tet = DateRange{day("2026-02-10"), day("2026-02-19")};  // ten days
  EXPECT_EQ(field_of(long_tet), "tet");
  YearSchedule march = other_2026();
  march.tet = DateRange{day("2026-02-27"), day("2026-03-02")};
  EXPECT_EQ(field_of(march), "tet");
  YearSchedule twice = other_2026();
  twice.entries.push_back({day("2026-05-02"), DayKind::day_off, "Nghỉ"});
  EXPECT_EQ(field_of(twice), "entries[1].date");
  YearSchedule unnamed = other_2026();
  unnamed.entries[0].name.clear();
  EXPECT_EQ(field_of(unnamed), "entries[0].name");
  EXPECT_EQ(service_->set_calendar_year(admin_, YearSchedule{.year = 2101}).error().code,
            ErrorCode::not_found);
  EXPECT_EQ(source_of(2026), CalendarSource::builtin);
}

}  // namespace
}  // namespace ketnap::app
