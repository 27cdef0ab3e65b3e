// The demo data set against a real SQLite file: loaded once for the suite (it takes a few
// seconds), then checked against the counts the seed articles give.
#include "app/demo.hpp"

#include <gtest/gtest.h>

#include "test_support/temp_dir.hpp"

#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <string>

#include "app/dossiers.hpp"
#include "core/calendar.hpp"
#include "core/cccd.hpp"
#include "store/migrations.hpp"

namespace ketnap::app {
namespace {

constexpr Date ymd(int y, unsigned m, unsigned d) {
  return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

class DemoTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<testing_support::TempDir>();
    db_ = store::open_sqlite(dir_->file("demo.db"));
    store::migrate(*db_);
    service_ = std::make_unique<Service>(*db_);
    auto started = std::chrono::steady_clock::now();
    auto loaded = load_demo(*service_);
    load_seconds_ = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (loaded)
      summary_ = *loaded;
    else
      load_error_ = loaded.error().message + " [" + loaded.error().field + "]";
  }

  static void TearDownTestSuite() {
    service_.reset();
    db_.reset();
    dir_.reset();
  }

  void SetUp() override { ASSERT_TRUE(load_error_.empty()) << load_error_; }

  static Service& service() { return *service_; }
  static Caller system() { return Service::system_caller(); }

  // The organization of that exact name, optionally inside `within`.
  static OrgView org(std::string_view name, std::optional<OrgId> within = {}) {
    auto found = service().list_orgs(system(), {.within = within, .q = std::string(name), .page = {1, 500}});
    EXPECT_TRUE(found.has_value());
    for (const OrgView& view : found->items)
      if (view.org.name == name) return view;
    ADD_FAILURE() << "no organization named " << name;
    return {};
  }

  static OrgCounts counts(OrgId id, Date as_of) {
    auto view = service().get_org(system(), id, as_of);
    EXPECT_TRUE(view.has_value());
    EXPECT_TRUE(view->counts.has_value());
    return view->counts.value_or(OrgCounts{});
  }

  static std::int64_t count_type(OrgId within, OrgType type) {
    auto found = service().list_orgs(system(), {.within = within, .type = type, .page = {1, 1}});
    EXPECT_TRUE(found.has_value());
    return found->total;
  }

  static std::vector<PersonView> people_in(OrgId org) {
    std::vector<PersonView> all;
    for (int page = 1;; ++page) {
      auto found = service().list_people(system(), {.org = org, .page = {page, 500}});
      EXPECT_TRUE(found.has_value());
      all.insert(all.end(), found->items.begin(), found->items.end());
      if (found->items.size() < 500) return all;
    }
  }

  static inline std::unique_ptr<testing_support::TempDir> dir_;
  static inline std::unique_ptr<store::Database> db_;
  static inline std::unique_ptr<Service> service_;
  static inline DemoSummary summary_;
  static inline std::string load_error_;
  static inline double load_seconds_ = 0;
};

TEST_F(DemoTest, LoadsEverythingInOneTransaction) {
  EXPECT_FALSE(summary_.already_loaded);
  EXPECT_GT(summary_.orgs, 700);
  EXPECT_GT(summary_.people, 9000);
  EXPECT_GT(summary_.members, 9000);
  EXPECT_EQ(summary_.users, static_cast<int>(demo_accounts().size()));
  EXPECT_GT(summary_.dossiers, 70);
  OrgView root = org("Ban Chấp hành Trung ương");
  OrgCounts all = counts(root.org.id, ymd(2026, 11, 1));
  EXPECT_EQ(all.people, summary_.people);
  EXPECT_EQ(all.members, summary_.members);
  RecordProperty("load_seconds", std::to_string(load_seconds_));  // reported, never asserted
}

TEST_F(DemoTest, LoadingTwiceChangesNothing) {
  OrgView root = org("Ban Chấp hành Trung ương");
  OrgCounts before = counts(root.org.id, ymd(2026, 11, 1));
  auto audit_before = service().list_audit(system(), {.page = {1, 1}});
  ASSERT_TRUE(audit_before.has_value());

  Dossiers dossiers(service());
  auto stats_before = dossiers.stats(system(), root.org.id);
  ASSERT_TRUE(stats_before.has_value());

  auto again = load_demo(service());
  ASSERT_TRUE(again.has_value()) << again.error().message;
  EXPECT_TRUE(again->already_loaded);

  OrgCounts after = counts(root.org.id, ymd(2026, 11, 1));
  EXPECT_EQ(after.people, before.people);
  EXPECT_EQ(after.members, before.members);
  auto stats_after = dossiers.stats(system(), root.org.id);
  ASSERT_TRUE(stats_after.has_value());
  EXPECT_EQ(stats_after->open, stats_before->open);
  EXPECT_EQ(stats_after->closed, stats_before->closed);
  auto audit_after = service().list_audit(system(), {.page = {1, 1}});
  ASSERT_TRUE(audit_after.has_value());
  EXPECT_EQ(audit_after->total, audit_before->total);
  auto roots = service().list_orgs(system(), {.type = OrgType::trung_uong});
  ASSERT_TRUE(roots.has_value());
  EXPECT_EQ(roots->total, 1);
}

// Seed 000: "36 đảng viên, trong đó có 3 đảng viên dự bị, 1 đảng viên chuyển đảng tạm thời".
TEST_F(DemoTest, BaoTangHas36MembersThreeProbationaryOneAwayOn6May2022) {
  OrgView chi_bo = org("Chi bộ Bảo tàng – Thư viện tỉnh");
  EXPECT_EQ(chi_bo.org.type, OrgType::chi_bo_truc_thuoc);
  EXPECT_EQ(chi_bo.org.category, OrgCategory::don_vi_su_nghiep);
  OrgCounts c = counts(chi_bo.org.id, ymd(2022, 5, 6));
  EXPECT_EQ(c.members, 36);
  EXPECT_EQ(c.probationary, 3);
  EXPECT_EQ(c.official, 33);
  EXPECT_EQ(c.temporarily_away, 1);
  EXPECT_EQ(c.children, 4);
  EXPECT_GE(c.staff.value_or(0), 36);
  EXPECT_EQ(count_type(chi_bo.org.id, OrgType::to_dang), 4);
}

TEST_F(DemoTest, BaoTangAdmissionsHaveTheArticlesDatesAndStatuses) {
  OrgView chi_bo = org("Chi bộ Bảo tàng – Thư viện tỉnh");
  const std::map<std::string, std::pair<Date, MemberStatus>> expected{
      {"Trần Trung Nghĩa", {ymd(2019, 12, 23), MemberStatus::chinh_thuc}},
      {"Azid Giàu", {ymd(2020, 12, 11), MemberStatus::chinh_thuc}},
      {"Nguyễn Hữu Thuận", {ymd(2020, 12, 11), MemberStatus::chinh_thuc}},
      {"Nguyễn Văn Hiếu", {ymd(2022, 2, 24), MemberStatus::du_bi}},
      {"Lê Thị Hồng Cẩm", {ymd(2022, 4, 20), MemberStatus::du_bi}},
      {"Lê Thị Hồng Diễm", {ymd(2022, 4, 20), MemberStatus::du_bi}},
  };
  int seen = 0;
  for (const PersonView& view : people_in(chi_bo.org.id)) {
    auto it = expected.find(view.person.full_name);
    if (it == expected.end()) continue;
    ++seen;
    ASSERT_TRUE(view.membership.has_value()) << it->first;
    const Membership& m = *view.membership;
    EXPECT_EQ(m.ceremony_on, it->second.first) << it->first;
    EXPECT_LT(m.decision_on, m.ceremony_on) << it->first;
    EXPECT_EQ(status_on(m, ymd(2022, 5, 6)), it->second.second) << it->first;
    // recognized as of the day probation ends.
    EXPECT_EQ(m.official_on, probation_end(m.ceremony_on)) << it->first;
  }
  EXPECT_EQ(seen, 6);
}

TEST_F(DemoTest, SearchWithoutAccentsFindsNguyenVanHieu) {
  auto found = service().list_people(system(), {.q = "nguyen van hieu"});
  ASSERT_TRUE(found.has_value());
  bool hieu = false;
  for (const PersonView& view : found->items)
    hieu = hieu || (view.person.full_name == "Nguyễn Văn Hiếu" && view.org_name == "Tổ đảng Văn phòng");
  EXPECT_TRUE(hieu);
}

// Seed 001: "23 đảng viên/25 cán bộ, viên chức"; 4 admitted since the 2015–2020 congress.
TEST_F(DemoTest, DienBienTuyenGiaoHas23MembersAmong25Staff) {
  OrgView province = org("Đảng bộ tỉnh Điện Biên");
  OrgView chi_bo = org("Chi bộ Ban Tuyên giáo Tỉnh ủy", province.org.id);
  EXPECT_EQ(chi_bo.org.type, OrgType::chi_bo_co_so);
  OrgCounts c = counts(chi_bo.org.id, ymd(2018, 2, 6));
  EXPECT_EQ(c.members, 23);
  EXPECT_EQ(c.staff, 25);
  EXPECT_EQ(c.people, 25);
  int admitted_since_congress = 0;
  bool vuong = false, handed_on_5_feb = false;
  for (const PersonView& view : people_in(chi_bo.org.id)) {
    vuong = vuong || view.person.full_name == "Nguyễn Đức Vượng";
    if (!view.membership) continue;
    if (view.membership->ceremony_on >= ymd(2015, 7, 1)) ++admitted_since_congress;
    handed_on_5_feb = handed_on_5_feb || view.membership->ceremony_on == ymd(2018, 2, 5);
  }
  EXPECT_TRUE(vuong);
  EXPECT_TRUE(handed_on_5_feb);
  EXPECT_EQ(admitted_since_congress, 4);
}

// Seed 002: "61 tổ chức cơ sở đảng, 371 chi bộ trực thuộc, 14 đảng bộ bộ phận", over 5,000
// members, 163 admitted in 2020.
TEST_F(DemoTest, QuangNinhKhoiHasTheArticlesStructure) {
  OrgView khoi = org("Đảng bộ Khối các cơ quan tỉnh Quảng Ninh");
  EXPECT_EQ(khoi.org.type, OrgType::dang_bo_cap_tren_co_so);
  OrgId id = khoi.org.id;
  EXPECT_EQ(count_type(id, OrgType::dang_bo_co_so) + count_type(id, OrgType::chi_bo_co_so), 61);
  EXPECT_EQ(count_type(id, OrgType::chi_bo_truc_thuoc), 371);
  EXPECT_EQ(count_type(id, OrgType::dang_bo_bo_phan), 14);
  OrgCounts c = counts(id, ymd(2021, 1, 14));
  EXPECT_GT(c.members, 5000);
  EXPECT_LT(c.members, 5200);
  EXPECT_EQ(c.children, 61);
  EXPECT_EQ(counts(id, ymd(2020, 12, 31)).probationary, 163);
  OrgView so = org("Đảng bộ Sở Văn hóa và Thể thao", id);
  org("Chi bộ Thư viện tỉnh", so.org.id);
}

// Seed 003: 219 chi bộ trực thuộc đảng bộ cơ sở, by kind 87/48/13/48/22/1; over 4,300 members.
TEST_F(DemoTest, NghiaLoHas219ChiBoWithTheArticlesSplit) {
  OrgView town = org("Đảng bộ thị xã Nghĩa Lộ");
  auto found = service().list_orgs(
      system(), {.within = town.org.id, .type = OrgType::chi_bo_truc_thuoc, .page = {1, 500}});
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->total, 219);
  std::map<OrgCategory, int> split;
  for (const OrgView& view : found->items) ++split[view.org.category];
  EXPECT_EQ(split[OrgCategory::thon_ban], 87);
  EXPECT_EQ(split[OrgCategory::to_dan_pho], 48);
  EXPECT_EQ(split[OrgCategory::co_quan_hanh_chinh], 13);
  EXPECT_EQ(split[OrgCategory::don_vi_su_nghiep], 48);
  EXPECT_EQ(split[OrgCategory::luc_luong_vu_trang], 22);
  EXPECT_EQ(split[OrgCategory::hop_tac_xa], 1);
  OrgCounts c = counts(town.org.id, ymd(2020, 7, 7));
  EXPECT_GT(c.members, 4300);
  EXPECT_EQ(c.chi_bo, 219);
}

TEST_F(DemoTest, TrungTamWardHas20ChiBoAnd470Members) {
  OrgView ward = org("Đảng bộ phường Trung Tâm");
  OrgCounts c = counts(ward.org.id, ymd(2020, 7, 7));
  EXPECT_EQ(c.chi_bo, 20);
  EXPECT_EQ(c.members, 470);
}

// "2 năm qua, Chi bộ đã kết nạp được 6 đảng viên, hiện có 1 quần chúng ưu tú".
TEST_F(DemoTest, HoaHueKindergartenAdmittedSixInTwoYearsAndHasOneCandidate) {
  OrgView chi_bo = org("Chi bộ Trường Mầm non Hoa Huệ");
  int recent = 0, not_members = 0;
  bool hoai = false;
  for (const PersonView& view : people_in(chi_bo.org.id)) {
    hoai = hoai || view.person.full_name == "Bùi Thị Hoài";
    if (!view.membership) {
      ++not_members;
      continue;
    }
    if (view.membership->ceremony_on >= ymd(2018, 7, 7)) ++recent;
  }
  EXPECT_TRUE(hoai);
  EXPECT_EQ(recent, 6);
  EXPECT_EQ(not_members, 1);
}

// Seed 004: 36 members rated for 2010, 38 by 11/2011.
TEST_F(DemoTest, VanPhongUbndHas38MembersBy2011) {
  OrgView dang_bo = org("Đảng bộ Văn phòng UBND tỉnh");
  EXPECT_EQ(dang_bo.org.established_on, ymd(2009, 9, 10));
  EXPECT_EQ(counts(dang_bo.org.id, ymd(2011, 11, 30)).members, 38);
  EXPECT_EQ(counts(dang_bo.org.id, ymd(2010, 12, 31)).members, 36);
}

// ---- dossiers (demo_dossiers.cpp), as of the demo's today ---------------------------------

constexpr Date demo_today = ymd(2026, 11, 23);

int stage_count(const PipelineStats& stats, std::string_view stage) {
  for (const StageCount& s : stats.stages)
    if (s.stage == stage) return s.count;
  ADD_FAILURE() << "no stage " << stage;
  return 0;
}

TEST_F(DemoTest, DossiersStandAtEveryStageFromNguonToOfficial) {
  Dossiers dossiers(service());
  auto stats = dossiers.stats(system(), org("Ban Chấp hành Trung ương").org.id);
  ASSERT_TRUE(stats.has_value());
  bool in_range = false;
  for (const StageCount& s : stats->stages) {
    in_range = in_range || s.stage == "nguon";
    if (in_range) {
      EXPECT_GT(s.count, 0) << s.stage;
    }
    if (s.stage == "quyet_dinh_chinh_thuc") break;
  }
  EXPECT_TRUE(in_range);
  EXPECT_GT(stage_count(*stats, "rut_ho_so"), 0);
  EXPECT_EQ(stats->open + stats->closed, summary_.dossiers);
}

// Seed 002: the Khối's current class, one certificate date and one examination session.
TEST_F(DemoTest, QuangNinhCurrentClassIsExaminedBeforeApplying) {
  Dossiers dossiers(service());
  auto stats = dossiers.stats(system(), org("Đảng bộ Khối các cơ quan tỉnh Quảng Ninh").org.id);
  ASSERT_TRUE(stats.has_value());
  EXPECT_EQ(stage_count(*stats, "kiem_tra_nhan_thuc"), 16);
  EXPECT_EQ(stage_count(*stats, "don_xin_vao_dang"), 12);
  EXPECT_EQ(stage_count(*stats, "ly_lich"), 8);
}

// The dossiers of a subtree at one stage, read in full.
std::vector<DossierView> dossiers_at(Dossiers& dossiers, OrgId org, std::string_view stage) {
  auto found = dossiers.list(Service::system_caller(), {.org = org, .stage = std::string(stage), .page = {1, 500}});
  EXPECT_TRUE(found.has_value());
  std::vector<DossierView> out;
  for (const DossierSummary& s : found->items) out.push_back(*dossiers.get(Service::system_caller(), s.id));
  return out;
}

std::optional<Date> date_of(const DossierView& d, Step step) {
  for (const RecordedStep& s : d.steps)
    if (s.record.step == step) return s.record.date;
  return std::nullopt;
}

// Seed 002: "198 quần chúng ưu tú ... đã tham dự lớp bồi dưỡng ... 115/198 ... được kết nạp",
// 90 of them at the joint ceremony; all went through one class.
TEST_F(DemoTest, QuangNinhClassOf90IsRecordedAsDossiers) {
  Dossiers dossiers(service());
  OrgId khoi = org("Đảng bộ Khối các cơ quan tỉnh Quảng Ninh").org.id;
  std::vector<DossierView> admitted = dossiers_at(dossiers, khoi, "quyet_dinh_chinh_thuc");
  std::vector<DossierView> withdrawn = dossiers_at(dossiers, khoi, "rut_ho_so");
  ASSERT_EQ(admitted.size(), 115u);
  ASSERT_EQ(withdrawn.size(), 83u);
  int joint = 0;
  for (const DossierView& d : admitted) joint += date_of(d, Step::le_ket_nap) == ymd(2020, 2, 3);
  EXPECT_EQ(joint, 90);
  for (const auto* group : {&admitted, &withdrawn})
    for (const DossierView& d : *group) EXPECT_EQ(date_of(d, Step::hoc_nhan_thuc), ymd(2019, 11, 8));
  EXPECT_EQ(counts(khoi, ymd(2021, 12, 31)).probationary, 0);  // all recognized
}

// Seed 003: "75 quần chúng ưu tú đi học đối tượng ... kết nạp 32 đảng viên mới" in the term.
TEST_F(DemoTest, NghiaLoHospitalTermIsRecordedAsDossiers) {
  Dossiers dossiers(service());
  OrgId hospital = org("Đảng bộ Bệnh viện Đa khoa khu vực Nghĩa Lộ").org.id;
  int trained = 0, admitted = 0;
  for (std::string_view stage : {"quyet_dinh_chinh_thuc", "rut_ho_so"}) {
    for (const DossierView& d : dossiers_at(dossiers, hospital, stage)) {
      auto ceremony = date_of(d, Step::le_ket_nap);
      auto certificate = date_of(d, Step::hoc_nhan_thuc);
      if (!certificate || *certificate > ymd(2020, 7, 7)) continue;  // the term, before the article
      ++trained;
      admitted += ceremony.has_value();
    }
  }
  EXPECT_EQ(trained, 75);
  EXPECT_EQ(admitted, 32);
}

TEST_F(DemoTest, WorklistOfTheRootHasOverdueAndDueSoonItems) {
  Dossiers dossiers(service());
  auto items = dossiers.worklist(system(), org("Ban Chấp hành Trung ương").org.id, demo_today);
  ASSERT_TRUE(items.has_value());
  int overdue = 0, soon = 0;
  for (const WorkItem& item : *items) {
    overdue += item.overdue;
    soon += item.due_soon;
  }
  EXPECT_GE(overdue, 3);
  EXPECT_GE(soon, 3);
  ASSERT_FALSE(items->empty());
  EXPECT_TRUE(items->front().overdue);  // most urgent first
}

// Seed 003: the kindergarten's "1 quần chúng ưu tú đang được xem xét đề nghị kết nạp". Her chi
// bộ proposed admission on 20/11/2026: the decision is due 60 working days later, after Tết.
TEST_F(DemoTest, HoaHueCandidateAwaitsHerDecisionAcrossTet2027) {
  Dossiers dossiers(service());
  auto found = dossiers.list(system(), {.org = org("Chi bộ Trường Mầm non Hoa Huệ").org.id});
  ASSERT_TRUE(found.has_value());
  ASSERT_EQ(found->items.size(), 1u);
  const DossierSummary& d = found->items.front();
  EXPECT_EQ(d.stage, "dang_uy_co_so_de_nghi");
  ASSERT_TRUE(d.next.has_value());
  EXPECT_EQ(d.next->step, Step::quyet_dinh_ket_nap);
  EXPECT_EQ(d.next->rule, "P-12");
  EXPECT_EQ(d.next->earliest, ymd(2026, 11, 20));
  EXPECT_EQ(d.next->due, default_calendar().add_working_days(ymd(2026, 11, 20), 60));
  EXPECT_GT(d.next->due, ymd(2027, 2, 6));  // Tết Đinh Mùi
}

TEST_F(DemoTest, EveryDemoAccountCanLogIn) {
  for (const DemoAccount& account : demo_accounts()) {
    auto session = service().login(account.username, demo_password, "demo-test");
    ASSERT_TRUE(session.has_value()) << account.username;
    EXPECT_EQ(session->user.role, account.role);
    EXPECT_EQ(session->user.org_name, account.org_name);
  }
}

TEST(DemoPeopleFactory, SameSeedSameNamesAndValidUniqueCccd) {
  demo_detail::PeopleFactory a(7), b(7);
  std::set<std::string> numbers;
  for (int i = 0; i < 2000; ++i) {
    Gender g = i % 2 ? Gender::nu : Gender::nam;
    EXPECT_EQ(a.full_name(g, "Kinh", false), b.full_name(g, "Kinh", false));
    Date birth = a.date_between(ymd(1940, 1, 1), ymd(2005, 12, 31));
    EXPECT_EQ(birth, b.date_between(ymd(1940, 1, 1), ymd(2005, 12, 31)));
    std::string cccd = a.cccd("015", g, birth);
    EXPECT_EQ(cccd, b.cccd("015", g, birth));
    EXPECT_TRUE(check_cccd(cccd, birth, g).has_value()) << cccd;
    EXPECT_TRUE(numbers.insert(cccd).second) << cccd;
  }
}

}  // namespace
}  // namespace ketnap::app
