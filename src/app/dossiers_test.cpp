// Dossier use cases against a real SQLite file: a whole journey with exact dates, refusals
// with every reason, conflicts, overrides, the subtree filter, batches, notes, the worklist
// and the statistics.
#include "app/dossiers.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <set>

#include "core/calendar.hpp"
#include "store/store.hpp"
#include "test_support/temp_dir.hpp"

namespace ketnap::app {
namespace {

Date day(const char* iso_text) { return *parse_iso_date(iso_text); }

StepRecord step(Step code, const char* date) {
  StepRecord r;
  r.step = code;
  r.date = day(date);
  return r;
}

StepRecord vote(Step code, const char* date, int yes) {
  StepRecord r = step(code, date);
  r.vote = Vote{yes, 0, std::nullopt};
  return r;
}

Introducer official_member(std::string name) {
  return Introducer{std::move(name), IntroducerKind::dang_vien, true, 24};
}

// The admission phase of a chi bộ cơ sở, dated as it happened in one school's chi bộ.
std::vector<StepRecord> admission_steps() {
  StepRecord helpers = step(Step::phan_cong_giup_do, "2023-04-03");
  helpers.helpers = {"Phạm Thị Lan"};
  StepRecord introduced = step(Step::gioi_thieu, "2023-08-01");
  introduced.introducers = {official_member("Phạm Thị Lan"), official_member("Đỗ Văn Bình")};
  StepRecord decision = step(Step::quyet_dinh_ket_nap, "2023-10-16");
  decision.number = "123-QĐ/ĐU";
  decision.decided_by = "ban_thuong_vu_cap_tren";
  return {step(Step::nguon, "2023-03-06"),
          step(Step::cam_tinh, "2023-04-03"),
          helpers,
          step(Step::hoc_nhan_thuc, "2023-05-19"),
          step(Step::don_xin_vao_dang, "2023-06-01"),
          step(Step::ly_lich, "2023-06-05"),
          step(Step::tham_tra_ly_lich, "2023-07-20"),
          introduced,
          step(Step::nhan_xet, "2023-08-10"),
          vote(Step::chi_bo_de_nghi, "2023-09-05", 4),
          decision,
          step(Step::le_ket_nap, "2023-11-03")};
}

// Probation ends 03/11/2024 (R-10); the chi bộ meets after it (R-14), the decision follows (R-15).
std::vector<StepRecord> probation_steps() {
  StepRecord recognition = vote(Step::chi_bo_xet_chinh_thuc, "2024-11-12", 4);
  StepRecord decision = step(Step::quyet_dinh_chinh_thuc, "2024-12-02");
  decision.decided_by = "ban_thuong_vu_cap_tren";
  return {step(Step::lop_dang_vien_moi, "2024-03-15"), recognition, decision};
}

class DossiersTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = store::open_sqlite(dir_.file("test.db"));
    store::migrate(*db_);
    service_ = std::make_unique<Service>(*db_);
    dossiers_ = std::make_unique<Dossiers>(*service_);
    root_ = org({}, "Ban Chấp hành Trung ương", OrgType::trung_uong);
    tinh_ = org(root_, "Đảng bộ tỉnh Yên Bái", OrgType::dang_bo_tinh);
    xa_ = org(tinh_, "Đảng bộ phường Nghĩa Lộ", OrgType::dang_bo_cap_tren_co_so);
    chi_bo_ = org(xa_, "Chi bộ Trường Mầm non Hoa Huệ", OrgType::chi_bo_co_so);
    other_ = org(xa_, "Chi bộ Tổ dân phố 5", OrgType::chi_bo_co_so);
    for (const char* name : {"Phạm Thị Lan", "Đỗ Văn Bình", "Hoàng Thị Mai", "Lò Văn Sơn"})
      official_member_of(chi_bo_, name);
  }

  OrgId org(std::optional<OrgId> parent, std::string name, OrgType type) {
    auto made = service_->create_org(
        Service::system_caller(), {parent, std::move(name), type, OrgCategory::none, {}, day("2010-01-01")});
    EXPECT_TRUE(made.has_value()) << made.error().message;
    return made->org.id;
  }

  Caller officer_of(OrgId bound) {
    auto found = service_->get_org(Service::system_caller(), bound);
    return Caller{UserId{99}, "can_bo", Role::can_bo, bound, found->org.path};
  }

  PersonId person(OrgId at, std::string name, const char* birth = "2000-05-10") {
    Person p;
    p.org = at;
    p.full_name = std::move(name);
    p.birth_date = day(birth);
    // CCCD: Hà Nội, a man of the century of the birth date, its year, a serial.
    int year = static_cast<int>(p.birth_date.year());
    p.cccd = fmt::format("001{}{:02}{:06}", year >= 2000 ? 2 : 0, year % 100, ++serial_);
    auto made = service_->create_person(Service::system_caller(), p);
    EXPECT_TRUE(made.has_value()) << made.error().message;
    return made->person.id;
  }

  // An official member since 2016, so that the chi bộ has enough to vote (R-4).
  void official_member_of(OrgId chi_bo, const char* name) {
    PersonId id = person(chi_bo, name, "1980-02-01");
    ASSERT_TRUE(service_->in_one_transaction(Service::system_caller(), [&](Writer& w) -> Status {
      auto m = w.add_membership({{}, id, chi_bo, day("2015-01-02"), day("2015-01-10"), day("2016-01-10")});
      if (!m) return std::unexpected(m.error());
      return {};
    }));
  }

  DossierId open_for(PersonId who, OrgId chi_bo, std::optional<Education> education = Education::thpt) {
    auto opened = dossiers_->open(officer_of(chi_bo), {who, chi_bo, {education, false, false, std::nullopt}});
    EXPECT_TRUE(opened.has_value()) << opened.error().message;
    return opened->summary.id;
  }

  void record_all(DossierId id, const std::vector<StepRecord>& steps) {
    for (const StepRecord& s : steps) {
      auto done = dossiers_->record_step(Service::system_caller(), id, s, std::nullopt);
      ASSERT_TRUE(done.has_value()) << code(s.step) << ": " << describe(done.error());
    }
  }

  static std::string describe(const Error& error) {
    std::string text = error.message;
    for (const Error& p : error.problems) text += fmt::format("\n  {} {}: {}", p.rule, p.field, p.message);
    return text;
  }

  std::int64_t audit_count() { return service_->list_audit(Service::system_caller(), {})->total; }

  void set_profile(const store::OrgProfile& profile) {
    db_->write([&](store::Connection& c) {
      store::upsert_org_profile(c, profile);
      return store::Commit::yes;
    });
  }

  testing_support::TempDir dir_;  // declared first: removed after the database closes
  std::unique_ptr<store::Database> db_;
  std::unique_ptr<Service> service_;
  std::unique_ptr<Dossiers> dossiers_;
  OrgId root_, tinh_, xa_, chi_bo_, other_;
  int serial_ = 0;
};

TEST_F(DossiersTest, WholeJourneyMakesAProbationaryThenAnOfficialMember) {
  PersonId hoa = person(chi_bo_, "Lường Thị Hoa", "2000-05-10");
  DossierId id = open_for(hoa, chi_bo_);
  record_all(id, admission_steps());

  auto admitted = dossiers_->get(Service::system_caller(), id, day("2023-11-03"));
  ASSERT_TRUE(admitted.has_value());
  EXPECT_EQ(admitted->summary.stage, "le_ket_nap");
  EXPECT_TRUE(admitted->verdict.ok) << admitted->verdict.problems.size();
  EXPECT_EQ(admitted->verdict.dates.probation_end, day("2024-11-03"));  // R-10
  // The chi bộ's vote was stored with its denominator: 4 official members that day (R-4).
  EXPECT_EQ(admitted->steps.at(9).record.vote->members, 4);

  auto counts = [&](const char* on) {
    return *service_->get_org(Service::system_caller(), chi_bo_, day(on))->counts;
  };
  EXPECT_EQ(counts("2023-11-02").members, 4);
  EXPECT_EQ(counts("2023-11-03").probationary, 1);  // dự bị from the ceremony (R-10)

  record_all(id, probation_steps());
  auto done = dossiers_->get(Service::system_caller(), id);
  ASSERT_TRUE(done.has_value());
  EXPECT_EQ(done->summary.stage, "quyet_dinh_chinh_thuc");
  EXPECT_FALSE(done->summary.open);
  EXPECT_FALSE(done->summary.next.has_value());
  EXPECT_EQ(done->steps.size(), 15u);
  EXPECT_EQ(done->verdict.dates.official_from, day("2024-11-03"));   // R-16
  EXPECT_EQ(done->verdict.dates.party_age_from, day("2023-10-16"));  // R-19

  auto member = service_->get_person(Service::system_caller(), hoa);
  EXPECT_EQ(member->status, MemberStatus::chinh_thuc);
  EXPECT_EQ(member->membership->decision_on, day("2023-10-16"));
  EXPECT_EQ(member->membership->ceremony_on, day("2023-11-03"));
  EXPECT_EQ(member->membership->official_on, day("2024-11-03"));
  EXPECT_EQ(counts("2024-11-02").probationary, 1);
  EXPECT_EQ(counts("2024-11-03").official, 5);  // official from the day probation ends, not the decision's
  EXPECT_EQ(counts("2024-11-03").probationary, 0);
}

TEST_F(DossiersTest, DecisionIsDueSixtyWorkingDaysAfterTheChiBoResolution) {
  DossierId id = open_for(person(chi_bo_, "Lường Thị Hoa"), chi_bo_);
  auto steps = admission_steps();
  steps.resize(10);  // up to chi_bo_de_nghi on 05/09/2023
  record_all(id, steps);
  auto view = dossiers_->get(Service::system_caller(), id, day("2023-09-06"));
  ASSERT_TRUE(view->summary.next.has_value());
  EXPECT_EQ(view->summary.next->step, Step::quyet_dinh_ket_nap);
  EXPECT_EQ(view->summary.next->rule, "P-12");
  EXPECT_EQ(view->summary.next->due, default_calendar().add_working_days(day("2023-09-05"), 60));
}

// W-5: a week off that an administrator adds to 2023 moves the P-12 due date by five days.
TEST_F(DossiersTest, DueDatesFollowTheCalendarInForce) {
  YearSchedule notice{.year = 2023};
  for (const char* off : {"2023-10-02", "2023-10-03", "2023-10-04", "2023-10-05", "2023-10-06"})
    notice.entries.push_back({day(off), DayKind::day_off, "Nghỉ theo thông báo"});
  ASSERT_TRUE(service_->set_calendar_year(Service::system_caller(), notice));
  DossierId id = open_for(person(chi_bo_, "Lường Thị Hoa"), chi_bo_);
  auto steps = admission_steps();
  steps.resize(10);  // up to chi_bo_de_nghi on 05/09/2023
  record_all(id, steps);
  Date due = default_calendar().add_working_days(day("2023-09-05"), 65);
  auto view = dossiers_->get(Service::system_caller(), id, day("2023-09-06"));
  EXPECT_EQ(view->summary.next->due, due);
  EXPECT_EQ(view->verdict.next.front().due, due);
}

TEST_F(DossiersTest, RefusedStepListsEveryProblemWithItsRuleAndChangesNothing) {
  DossierId id = open_for(person(chi_bo_, "Vàng A Tủa", "2006-03-20"), chi_bo_, std::nullopt);
  record_all(id, {step(Step::nguon, "2023-03-06")});
  auto before = dossiers_->get(Service::system_caller(), id);
  std::int64_t audits = audit_count();

  // Seventeen, no recorded education, one vote of four, and nothing done in between.
  auto refused =
      dossiers_->record_step(Service::system_caller(), id, vote(Step::chi_bo_de_nghi, "2023-09-05", 1), 2);
  ASSERT_FALSE(refused.has_value());
  const Error& error = refused.error();
  EXPECT_EQ(error.code, ErrorCode::rule);
  EXPECT_EQ(error.message, fmt::format("Bước này trái quy định: {} vấn đề.", error.problems.size()));
  std::set<std::string> rules;
  for (const Error& p : error.problems) {
    rules.insert(p.rule);
    EXPECT_EQ(p.field, "chi_bo_de_nghi");
    EXPECT_FALSE(p.message.empty());
  }
  for (const char* rule : {"P-9", "E-2", "E-3", "R-4"}) EXPECT_TRUE(rules.contains(rule)) << rule;

  auto after = dossiers_->get(Service::system_caller(), id);
  EXPECT_EQ(after->steps.size(), before->steps.size());
  EXPECT_EQ(after->summary.version, before->summary.version);
  EXPECT_EQ(after->summary.stage, "nguon");
  EXPECT_EQ(audit_count(), audits);
}

TEST_F(DossiersTest, StaleVersionIsAConflictAndLosesNothing) {
  DossierId id = open_for(person(chi_bo_, "Lường Thị Hoa"), chi_bo_);
  auto first = dossiers_->record_step(Service::system_caller(), id, step(Step::nguon, "2023-03-06"), 1);
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(first->summary.version, 2);
  auto stale = dossiers_->record_step(Service::system_caller(), id, step(Step::cam_tinh, "2023-04-03"), 1);
  ASSERT_FALSE(stale.has_value());
  EXPECT_EQ(stale.error().code, ErrorCode::conflict);
  EXPECT_EQ(stale.error().field, "version");
  auto view = dossiers_->get(Service::system_caller(), id);
  EXPECT_EQ(view->steps.size(), 1u);
  EXPECT_EQ(view->summary.version, 2);
}

TEST_F(DossiersTest, OverrideWithAReasonIsStoredAndShownInTheVerdict) {
  // E-3 is overridable: a candidate who finished only primary school outside a hardship area.
  DossierId id = open_for(person(chi_bo_, "Lường Thị Hoa"), chi_bo_, Education::tieu_hoc);
  auto steps = admission_steps();
  steps.resize(10);
  StepRecord meeting = steps.back();
  steps.pop_back();
  record_all(id, steps);
  auto refused = dossiers_->record_step(Service::system_caller(), id, meeting, std::nullopt);
  ASSERT_FALSE(refused.has_value());
  ASSERT_EQ(refused.error().problems.size(), 1u);
  EXPECT_EQ(refused.error().problems[0].rule, "E-3");

  meeting.overrides = {"E-3"};
  meeting.override_reason = "Người dân tộc Mông, đang học bổ túc trung học cơ sở; cấp ủy đồng ý.";
  auto recorded = dossiers_->record_step(Service::system_caller(), id, meeting, std::nullopt);
  ASSERT_TRUE(recorded.has_value()) << describe(recorded.error());
  ASSERT_EQ(recorded->verdict.overrides.size(), 1u);
  EXPECT_EQ(recorded->verdict.overrides[0].rule, "E-3");
  EXPECT_EQ(recorded->verdict.overrides[0].reason, meeting.override_reason);
  auto stored = dossiers_->get(Service::system_caller(), id);
  EXPECT_EQ(stored->steps.back().record.override_reason, meeting.override_reason);
  EXPECT_EQ(stored->verdict.overrides.size(), 1u);
  auto audit = service_->list_audit(Service::system_caller(), {});
  EXPECT_NE(audit->items.at(0).after_json.find("bổ túc"), std::string::npos);
}

TEST_F(DossiersTest, OverrideWithoutAReasonIsInvalid) {
  DossierId id = open_for(person(chi_bo_, "Lường Thị Hoa"), chi_bo_);
  StepRecord s = step(Step::nguon, "2023-03-06");
  s.overrides = {"E-3"};
  auto refused = dossiers_->record_step(Service::system_caller(), id, s, std::nullopt);
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().field, "override.reason");
}

TEST_F(DossiersTest, DossierOutsideTheSubtreeIsNotFound) {
  DossierId id = open_for(person(chi_bo_, "Lường Thị Hoa"), chi_bo_);
  Caller outsider = officer_of(other_);
  EXPECT_EQ(dossiers_->get(outsider, id).error().code, ErrorCode::not_found);
  EXPECT_EQ(dossiers_->record_step(outsider, id, step(Step::nguon, "2023-03-06"), {}).error().code,
            ErrorCode::not_found);
  EXPECT_EQ(dossiers_->add_note(outsider, id, {0, day("2023-04-03"), "", "Tiến bộ", "", ""}).error().code,
            ErrorCode::not_found);
  EXPECT_EQ(dossiers_->update_profile(outsider, id, {}, {}).error().code, ErrorCode::not_found);
  EXPECT_EQ(dossiers_->list(outsider, {})->total, 0);
  EXPECT_EQ(dossiers_->list(outsider, {.org = chi_bo_}).error().code, ErrorCode::not_found);
  EXPECT_TRUE(dossiers_->worklist(outsider, {}, day("2026-11-30"))->empty());
  EXPECT_EQ(dossiers_->stats(outsider, {})->open, 0);
  EXPECT_EQ(dossiers_->record_batch(outsider, {id}, step(Step::nguon, "2023-03-06")).error().field,
            "dossiers[0]");
  // Nor can a dossier be opened there for a person kept elsewhere.
  PersonId stranger = person(chi_bo_, "Trần Văn Khang");
  auto opened = dossiers_->open(outsider, {stranger, other_, {}});
  ASSERT_FALSE(opened.has_value());
  EXPECT_EQ(opened.error().code, ErrorCode::not_found);
  EXPECT_EQ(opened.error().field, "person_id");
}

TEST_F(DossiersTest, ReadOnlyRoleCannotRecord) {
  DossierId id = open_for(person(chi_bo_, "Lường Thị Hoa"), chi_bo_);
  Caller viewer = officer_of(chi_bo_);
  viewer.role = Role::xem;
  EXPECT_TRUE(dossiers_->get(viewer, id).has_value());
  EXPECT_EQ(dossiers_->record_step(viewer, id, step(Step::nguon, "2023-03-06"), {}).error().code,
            ErrorCode::forbidden);
}

TEST_F(DossiersTest, OnePersonHasOneOpenDossierInAChiBo) {
  PersonId hoa = person(chi_bo_, "Lường Thị Hoa");
  DossierId first = open_for(hoa, chi_bo_);
  auto twice = dossiers_->open(officer_of(chi_bo_), {hoa, chi_bo_, {}});
  ASSERT_FALSE(twice.has_value());
  EXPECT_EQ(twice.error().code, ErrorCode::conflict);
  EXPECT_EQ(twice.error().field, "person_id");
  auto not_chi_bo = dossiers_->open(Service::system_caller(), {person(xa_, "Trần Văn Khang"), xa_, {}});
  ASSERT_FALSE(not_chi_bo.has_value());
  EXPECT_EQ(not_chi_bo.error().field, "org_id");
  // Once withdrawn, the person may start again.
  record_all(first, {step(Step::rut_ho_so, "2023-05-02")});
  EXPECT_TRUE(dossiers_->open(officer_of(chi_bo_), {hoa, chi_bo_, {}}).has_value());
}

TEST_F(DossiersTest, BatchWhereOneCandidateFailsRecordsNothing) {
  std::vector<DossierId> ids;
  for (const char* name : {"Lường Thị Hoa", "Hà Văn Tuấn", "Cầm Thị Nga"})
    ids.push_back(open_for(person(chi_bo_, name), chi_bo_));
  for (std::size_t i = 0; i < 2; ++i)
    record_all(ids[i], {step(Step::nguon, "2023-03-06"), step(Step::cam_tinh, "2023-04-03")});
  std::int64_t audits = audit_count();
  StepRecord klass = step(Step::hoc_nhan_thuc, "2023-05-19");
  klass.number = "Lớp khóa 1/2023";

  auto refused =
      dossiers_->record_batch(Service::system_caller(), ids, klass);  // the third is not on the list yet
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().code, ErrorCode::rule);
  ASSERT_FALSE(refused.error().problems.empty());
  for (const Error& p : refused.error().problems) EXPECT_EQ(p.field, "dossiers[2].hoc_nhan_thuc");
  for (DossierId id : ids)
    EXPECT_NE(dossiers_->get(Service::system_caller(), id)->summary.stage, "hoc_nhan_thuc");
  EXPECT_EQ(audit_count(), audits);

  ids.pop_back();
  auto recorded = dossiers_->record_batch(Service::system_caller(), ids, klass);
  ASSERT_TRUE(recorded.has_value()) << describe(recorded.error());
  ASSERT_EQ(recorded->dossiers.size(), 2u);
  for (DossierId id : ids) {
    auto view = dossiers_->get(Service::system_caller(), id);
    EXPECT_EQ(view->summary.stage, "hoc_nhan_thuc");
    EXPECT_EQ(view->steps.back().batch, recorded->batch);
  }
}

TEST_F(DossiersTest, NotesComeBackInMeetingOrder) {
  DossierId id = open_for(person(chi_bo_, "Lường Thị Hoa"), chi_bo_);
  for (const char* meeting : {"2023-06-05", "2023-04-03", "2023-05-04"})
    ASSERT_TRUE(
        dossiers_->add_note(officer_of(chi_bo_), id,
                            {0, day(meeting), "Phạm Thị Lan", fmt::format("Họp ngày {}", meeting), "", ""}));
  auto refused = dossiers_->add_note(officer_of(chi_bo_), id, {0, day("2023-07-03"), "", "  ", "", ""});
  EXPECT_EQ(refused.error().field, "note");
  auto view = dossiers_->get(Service::system_caller(), id);
  ASSERT_EQ(view->notes.size(), 3u);
  EXPECT_EQ(view->notes[0].meeting_on, day("2023-04-03"));
  EXPECT_EQ(view->notes[1].meeting_on, day("2023-05-04"));
  EXPECT_EQ(view->notes[2].meeting_on, day("2023-06-05"));
  EXPECT_EQ(view->notes[2].recorded_by, "can_bo");
}

class WorklistTest : public DossiersTest {
 protected:
  // Certificates of 2021 and 2022: the chi bộ must consider each candidate within their
  // 60 months (P-4a), so the next step is due on the certificate's day five years on.
  void SetUp() override {
    DossiersTest::SetUp();
    lapsed_ = trained("Lường Thị Hoa", "2021-06-01");  // due 01/06/2026
    soon_ = trained("Hà Văn Tuấn", "2021-12-10");      // due 10/12/2026
    later_ = trained("Cầm Thị Nga", "2022-03-01");     // due 01/03/2027
    source_ = open_for(person(chi_bo_, "Lò Thị Dung"), chi_bo_);
    record_all(source_, {step(Step::nguon, "2021-03-01")});  // no due date yet
    fresh_ = open_for(person(chi_bo_, "Tòng Văn Quý"), chi_bo_);
  }

  DossierId trained(const char* name, const char* certificate_on) {
    DossierId id = open_for(person(chi_bo_, name), chi_bo_);
    record_all(id, {step(Step::nguon, "2021-03-01"), step(Step::cam_tinh, "2021-04-01"),
                    step(Step::hoc_nhan_thuc, certificate_on)});
    return id;
  }

  DossierId lapsed_, soon_, later_, source_, fresh_;
};

TEST_F(WorklistTest, OverdueFirstThenByDueDateWithFlags) {
  auto items = dossiers_->worklist(officer_of(xa_), {}, day("2026-11-30"));
  ASSERT_TRUE(items.has_value());
  ASSERT_EQ(items->size(), 3u);  // the dossiers without a due date are not on it
  const WorkItem& lapsed = items->at(0);
  EXPECT_EQ(lapsed.dossier.id, lapsed_);
  EXPECT_EQ(lapsed.next.step, Step::chi_bo_de_nghi);
  EXPECT_EQ(lapsed.next.due, day("2026-06-01"));
  EXPECT_EQ(lapsed.next.earliest, day("2021-06-01"));  // after the certificate (its last step)
  EXPECT_EQ(lapsed.days_left, -182);
  EXPECT_TRUE(lapsed.overdue);
  EXPECT_FALSE(lapsed.due_soon);

  const WorkItem& soon = items->at(1);
  EXPECT_EQ(soon.dossier.id, soon_);
  EXPECT_EQ(soon.days_left, 10);
  EXPECT_FALSE(soon.overdue);
  EXPECT_TRUE(soon.due_soon);

  const WorkItem& later = items->at(2);
  EXPECT_EQ(later.dossier.id, later_);
  EXPECT_EQ(later.days_left, 91);
  EXPECT_FALSE(later.overdue);
  EXPECT_FALSE(later.due_soon);
  EXPECT_EQ(later.dossier.person_name, "Cầm Thị Nga");
  EXPECT_EQ(later.dossier.org_name, "Chi bộ Trường Mầm non Hoa Huệ");
}

TEST_F(WorklistTest, DueSoonMeansWithinFifteenDays) {
  auto items = dossiers_->worklist(Service::system_caller(), chi_bo_, day("2026-11-25"));
  EXPECT_EQ(items->at(1).days_left, 15);
  EXPECT_TRUE(items->at(1).due_soon);
  items = dossiers_->worklist(Service::system_caller(), chi_bo_, day("2026-11-24"));
  EXPECT_EQ(items->at(1).days_left, 16);
  EXPECT_FALSE(items->at(1).due_soon);
}

TEST_F(WorklistTest, StatsCountEveryStageInPipelineOrder) {
  record_all(later_, {step(Step::rut_ho_so, "2022-04-01")});
  auto stats = dossiers_->stats(officer_of(xa_), {});
  ASSERT_TRUE(stats.has_value());
  ASSERT_EQ(stats->stages.size(), all_steps().size() + 1);
  EXPECT_EQ(stats->stages.front().stage, "moi");
  EXPECT_EQ(stats->stages[1].stage, "nguon");
  EXPECT_EQ(stats->stages.back().stage, "rut_ho_so");
  auto count_of = [&](std::string_view stage) {
    for (const StageCount& s : stats->stages)
      if (s.stage == stage) return s.count;
    return -1;
  };
  EXPECT_EQ(count_of("moi"), 1);
  EXPECT_EQ(count_of("nguon"), 1);
  EXPECT_EQ(count_of("hoc_nhan_thuc"), 2);
  EXPECT_EQ(count_of("rut_ho_so"), 1);
  EXPECT_EQ(count_of("le_ket_nap"), 0);
  EXPECT_EQ(stats->open, 4);
  EXPECT_EQ(stats->closed, 1);
  EXPECT_EQ(stats->org, xa_);
}

TEST_F(WorklistTest, ListFiltersByStageOpenAndName) {
  Caller officer = officer_of(xa_);
  EXPECT_EQ(dossiers_->list(officer, {})->total, 5);
  EXPECT_EQ(dossiers_->list(officer, {.stage = "hoc_nhan_thuc"})->total, 3);
  EXPECT_EQ(dossiers_->list(officer, {.stage = "moi"})->total, 1);
  auto found = dossiers_->list(officer, {.q = "cam thi nga"});
  ASSERT_EQ(found->total, 1);
  EXPECT_EQ(found->items[0].id, later_);
  EXPECT_EQ(dossiers_->list(officer, {.open = false})->total, 0);
  EXPECT_EQ(dossiers_->list(officer, {.stage = "khong_co"}).error().field, "stage");
}

class ChiBoTrucThuocTest : public DossiersTest {
 protected:
  void SetUp() override {
    DossiersTest::SetUp();
    dang_bo_ = org(xa_, "Đảng bộ Bệnh viện Đa khoa khu vực Nghĩa Lộ", OrgType::dang_bo_co_so);
    khoa_ = org(dang_bo_, "Chi bộ Khoa Nội", OrgType::chi_bo_truc_thuoc);
    for (const char* name : {"Nguyễn Văn An", "Trần Thị Bích", "Lê Văn Cường"})
      official_member_of(khoa_, name);
    id_ = open_for(person(khoa_, "Hà Thị Thu"), khoa_);
    auto steps = admission_steps();
    steps.resize(9);
    for (StepRecord& s : steps) s.introducers = {};
    steps[7].introducers = {official_member("Nguyễn Văn An"), official_member("Trần Thị Bích")};
    steps.push_back(vote(Step::chi_bo_de_nghi, "2023-09-05", 3));
    record_all(id_, steps);
  }

  OrgId dang_bo_, khoa_;
  DossierId id_;
};

TEST_F(ChiBoTrucThuocTest, DangUyResolutionNeedsTheCommitteeSize) {
  auto refused = dossiers_->record_step(Service::system_caller(), id_,
                                        vote(Step::dang_uy_co_so_de_nghi, "2023-09-20", 5), std::nullopt);
  ASSERT_FALSE(refused.has_value());
  ASSERT_EQ(refused.error().problems.size(), 1u);
  EXPECT_EQ(refused.error().problems[0].rule, "P-11");
  // The decision cannot skip the đảng ủy's resolution either.
  auto decision = dossiers_->record_step(Service::system_caller(), id_,
                                         step(Step::quyet_dinh_ket_nap, "2023-10-16"), std::nullopt);
  ASSERT_FALSE(decision.has_value());
  EXPECT_EQ(decision.error().problems.at(0).rule, "P-11");
}

TEST_F(ChiBoTrucThuocTest, CommitteeSizeComesFromTheDangBoProfile) {
  set_profile({dang_bo_, std::nullopt, std::nullopt, 9, std::nullopt, "{}"});
  // 5 of 9 is short of 2/3 of all committee members (P-11).
  auto refused = dossiers_->record_step(Service::system_caller(), id_,
                                        vote(Step::dang_uy_co_so_de_nghi, "2023-09-20", 5), std::nullopt);
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().problems.at(0).rule, "P-11");
  auto passed = dossiers_->record_step(Service::system_caller(), id_,
                                       vote(Step::dang_uy_co_so_de_nghi, "2023-09-20", 6), std::nullopt);
  ASSERT_TRUE(passed.has_value()) << describe(passed.error());
  EXPECT_EQ(passed->steps.back().record.vote->members, 9);
}

TEST_F(ChiBoTrucThuocTest, CommitteeSizeStatedInTheResolutionIsUsed) {
  StepRecord resolution = vote(Step::dang_uy_co_so_de_nghi, "2023-09-20", 6);
  resolution.vote->members = 7;
  ASSERT_TRUE(dossiers_->record_step(Service::system_caller(), id_, resolution, std::nullopt));
  StepRecord decision = step(Step::quyet_dinh_ket_nap, "2023-10-16");
  decision.decided_by = "ban_thuong_vu_cap_tren";
  auto decided = dossiers_->record_step(Service::system_caller(), id_, decision, std::nullopt);
  ASSERT_TRUE(decided.has_value()) << describe(decided.error());
}

TEST_F(DossiersTest, AwarenessExamStepExistsWhereAnAncestorSettingSaysSo) {
  DossierId id = open_for(person(chi_bo_, "Lường Thị Hoa"), chi_bo_);
  record_all(id, {step(Step::nguon, "2023-03-06"), step(Step::cam_tinh, "2023-04-03"),
                  step(Step::hoc_nhan_thuc, "2023-05-19")});
  StepRecord exam = step(Step::kiem_tra_nhan_thuc, "2023-05-30");
  exam.passed = true;
  ASSERT_FALSE(dossiers_->record_step(Service::system_caller(), id, exam, std::nullopt).has_value());
  set_profile({tinh_, std::nullopt, std::nullopt, std::nullopt, std::nullopt,
               R"({"awareness_exam": true})"});  // P-4b
  auto recorded = dossiers_->record_step(Service::system_caller(), id, exam, std::nullopt);
  ASSERT_TRUE(recorded.has_value()) << describe(recorded.error());
  // From now on the application waits for the examination.
  EXPECT_EQ(recorded->summary.stage, "kiem_tra_nhan_thuc");
}

}  // namespace
}  // namespace ketnap::app
