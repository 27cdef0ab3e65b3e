// Use cases against a real SQLite file: the subtree filter, roles, validation, conflicts.
#include <filesystem>

#include <gtest/gtest.h>

#include "test_support/temp_dir.hpp"

#include "app/app.hpp"
#include "store/store.hpp"

namespace ketnap::app {
namespace {

Date day(const char* iso_text) { return *parse_iso_date(iso_text); }

class ServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = store::open_sqlite(dir_.file("test.db"));
    store::migrate(*db_);
    service_ = std::make_unique<Service>(*db_);
    root_ = org({}, "Ban Chấp hành Trung ương", OrgType::trung_uong);
    long_an_ = org(root_, "Đảng bộ tỉnh Long An", OrgType::dang_bo_tinh);
    dien_bien_ = org(root_, "Đảng bộ tỉnh Điện Biên", OrgType::dang_bo_tinh);
    so_ = org(long_an_, "Đảng bộ Sở Văn hóa", OrgType::dang_bo_co_so);
    chi_bo_ = org(so_, "Chi bộ Bảo tàng – Thư viện tỉnh", OrgType::chi_bo_truc_thuoc);
    other_ = org(dien_bien_, "Chi bộ Ban Tuyên giáo Tỉnh ủy", OrgType::chi_bo_co_so);
  }

  OrgId org(std::optional<OrgId> parent, std::string name, OrgType type) {
    auto made = service_->create_org(Service::system_caller(),
                                     {parent, std::move(name), type, OrgCategory::none, {}, day("2015-01-01")});
    EXPECT_TRUE(made.has_value()) << made.error().message;
    return made->org.id;
  }

  Caller caller(Role role, OrgId bound) {
    auto found = service_->get_org(Service::system_caller(), bound);
    return Caller{UserId{99}, "can_bo_thu", role, bound, found->org.path};
  }

  Person person(OrgId at, std::string name, std::string cccd, Gender gender = Gender::nam,
                const char* birth = "1990-03-15") {
    Person p;
    p.org = at;
    p.full_name = std::move(name);
    p.gender = gender;
    p.birth_date = day(birth);
    p.cccd = std::move(cccd);
    return p;
  }

  testing_support::TempDir dir_;  // declared first: removed after the database closes
  std::unique_ptr<store::Database> db_;
  std::unique_ptr<Service> service_;
  OrgId root_, long_an_, dien_bien_, so_, chi_bo_, other_;
};

TEST_F(ServiceTest, OrganizationOutsideTheSubtreeIsNotFound) {
  Caller officer = caller(Role::can_bo, chi_bo_);
  EXPECT_TRUE(service_->get_org(officer, chi_bo_).has_value());
  for (OrgId outside : {other_, dien_bien_, long_an_, root_}) {
    auto got = service_->get_org(officer, outside);
    ASSERT_FALSE(got.has_value());
    EXPECT_EQ(got.error().code, ErrorCode::not_found);
    EXPECT_EQ(service_->children(officer, outside).error().code, ErrorCode::not_found);
    EXPECT_EQ(service_->org_history(officer, outside).error().code, ErrorCode::not_found);
    EXPECT_EQ(service_->update_org(officer, outside, {.name = "Đổi"}).error().code, ErrorCode::not_found);
  }
}

TEST_F(ServiceTest, ListsNeverReachOutsideTheSubtree) {
  Caller officer = caller(Role::can_bo, so_);
  auto orgs = service_->list_orgs(officer, {});
  ASSERT_TRUE(orgs.has_value());
  EXPECT_EQ(orgs->total, 2);  // the Sở and its chi bộ
  ASSERT_TRUE(service_->create_person(Service::system_caller(), person(other_, "Lò Văn Pằn", "011090000001")));
  auto people = service_->list_people(officer, {});
  EXPECT_EQ(people->total, 0);
  EXPECT_EQ(service_->list_people(officer, {.org = other_}).error().code, ErrorCode::not_found);
}

TEST_F(ServiceTest, ReadOnlyRoleCannotWrite) {
  Caller viewer = caller(Role::xem, chi_bo_);
  auto made = service_->create_person(viewer, person(chi_bo_, "Nguyễn Văn Hiếu", "080090000002"));
  ASSERT_FALSE(made.has_value());
  EXPECT_EQ(made.error().code, ErrorCode::forbidden);
  EXPECT_EQ(service_->list_audit(viewer, {}).error().code, ErrorCode::forbidden);
  EXPECT_EQ(service_->list_people(viewer, {})->total, 0);
}

TEST_F(ServiceTest, PersonCannotBeCreatedOutsideTheSubtree) {
  Caller officer = caller(Role::can_bo, chi_bo_);
  auto made = service_->create_person(officer, person(other_, "Lò Văn Pằn", "011090000003"));
  ASSERT_FALSE(made.has_value());
  EXPECT_EQ(made.error().code, ErrorCode::not_found);
  EXPECT_EQ(service_->list_people(Service::system_caller(), {})->total, 0);
}

TEST_F(ServiceTest, DuplicateCccdIsRefusedNamingTheField) {
  Caller officer = caller(Role::can_bo, chi_bo_);
  ASSERT_TRUE(service_->create_person(officer, person(chi_bo_, "Nguyễn Văn Hiếu", "080090000004")));
  auto twice = service_->create_person(officer, person(chi_bo_, "Trần Trung Nghĩa", "080090000004"));
  ASSERT_FALSE(twice.has_value());
  EXPECT_EQ(twice.error().code, ErrorCode::conflict);
  EXPECT_EQ(twice.error().field, "cccd");
  EXPECT_EQ(service_->list_people(officer, {})->total, 1);
}

TEST_F(ServiceTest, SearchIgnoresAccentsAndListsSortByGivenName) {
  Caller officer = caller(Role::can_bo, chi_bo_);
  for (auto [name, cccd] : {std::pair{"Nguyễn Văn Hiếu", "080090000011"}, {"Lê Thị Hồng Cẩm", "080190000012"},
                            {"Trần Trung Nghĩa", "080090000013"}, {"Đặng Văn An", "080090000014"}}) {
    Gender g = std::string(name).find("Thị") != std::string::npos ? Gender::nu : Gender::nam;
    ASSERT_TRUE(service_->create_person(officer, person(chi_bo_, name, cccd, g))) << name;
  }
  auto found = service_->list_people(officer, {.q = "nguyen van hieu"});
  ASSERT_EQ(found->total, 1);
  EXPECT_EQ(found->items[0].person.full_name, "Nguyễn Văn Hiếu");
  EXPECT_EQ(service_->list_people(officer, {.q = "dang"})->items.at(0).person.full_name, "Đặng Văn An");
  std::vector<std::string> order;
  auto listed = service_->list_people(officer, {});
  for (const auto& view : listed->items) order.push_back(view.person.full_name);
  EXPECT_EQ(order, (std::vector<std::string>{"Đặng Văn An", "Lê Thị Hồng Cẩm", "Nguyễn Văn Hiếu",
                                             "Trần Trung Nghĩa"}));
}

TEST_F(ServiceTest, StaleVersionIsAConflictAndChangesNothing) {
  Caller officer = caller(Role::can_bo, so_);
  auto renamed = service_->update_org(officer, chi_bo_, {.name = "Chi bộ Bảo tàng", .expected_version = 1});
  ASSERT_TRUE(renamed.has_value());
  EXPECT_EQ(renamed->org.version, 2);
  auto stale = service_->update_org(officer, chi_bo_, {.name = "Chi bộ Thư viện", .expected_version = 1});
  ASSERT_FALSE(stale.has_value());
  EXPECT_EQ(stale.error().code, ErrorCode::conflict);
  EXPECT_EQ(service_->get_org(officer, chi_bo_)->org.name, "Chi bộ Bảo tàng");
  auto history = service_->org_history(officer, chi_bo_);
  ASSERT_EQ(history->size(), 2u);
  EXPECT_EQ(history->back().kind, "doi_ten");
}

TEST_F(ServiceTest, MoveIntoOwnSubtreeIsRefusedAndMoveCarriesDescendants) {
  Caller admin = Service::system_caller();
  auto into_self = service_->move_org(admin, so_, chi_bo_, {}, {});
  ASSERT_FALSE(into_self.has_value());
  EXPECT_EQ(into_self.error().field, "parent_id");
  OrgId khoi = org(dien_bien_, "Đảng bộ Khối các cơ quan tỉnh", OrgType::dang_bo_cap_tren_co_so);
  auto moved = service_->move_org(admin, so_, khoi, day("2025-07-01"), {});
  ASSERT_TRUE(moved.has_value()) << moved.error().message;
  auto chi_bo = service_->get_org(admin, chi_bo_);
  EXPECT_TRUE(chi_bo->org.path.starts_with(moved->org.path));
  EXPECT_EQ(service_->get_org(caller(Role::can_bo, long_an_), chi_bo_).error().code, ErrorCode::not_found);
}

TEST_F(ServiceTest, TypeThatCannotStandUnderTheParentIsRefused) {
  auto made = service_->create_org(Service::system_caller(),
                                   {chi_bo_, "Đảng bộ bộ phận", OrgType::dang_bo_bo_phan});
  ASSERT_FALSE(made.has_value());
  EXPECT_EQ(made.error().field, "type");
}

TEST_F(ServiceTest, MembershipStatusFollowsDatesAndCountsAsOf) {
  Caller officer = caller(Role::can_bo, chi_bo_);
  auto hieu = service_->create_person(officer, person(chi_bo_, "Nguyễn Văn Hiếu", "080090000021"));
  ASSERT_TRUE(service_->in_one_transaction(officer, [&](Writer& w) -> Status {
    auto m = w.add_membership({{}, hieu->person.id, chi_bo_, day("2022-02-10"), day("2022-02-24"),
                               day("2023-02-24")});
    if (!m) return std::unexpected(m.error());
    return {};
  }));
  auto on = [&](const char* d) { return *service_->get_org(officer, chi_bo_, day(d))->counts; };
  EXPECT_EQ(on("2022-02-23").members, 0);
  EXPECT_EQ(on("2022-05-06").probationary, 1);
  EXPECT_EQ(on("2023-02-24").official, 1);
}

TEST_F(ServiceTest, OfficialDateOtherThanProbationEndBreaksR16) {
  Caller officer = caller(Role::can_bo, chi_bo_);
  auto p = service_->create_person(officer, person(chi_bo_, "Azid Giàu", "080090000031"));
  auto status = service_->in_one_transaction(officer, [&](Writer& w) -> Status {
    auto m = w.add_membership({{}, p->person.id, chi_bo_, day("2020-12-01"), day("2020-12-11"),
                               day("2021-12-20")});
    if (!m) return std::unexpected(m.error());
    return {};
  });
  ASSERT_FALSE(status.has_value());
  EXPECT_EQ(status.error().rule, "R-16");
}

TEST_F(ServiceTest, EveryChangeIsAuditedWithBeforeAndAfter) {
  Caller officer = caller(Role::can_bo, chi_bo_);
  auto p = service_->create_person(officer, person(chi_bo_, "Nguyễn Hữu Thuận", "080090000041"));
  Person edited = p->person;
  edited.phone = "0912345678";
  ASSERT_TRUE(service_->update_person(officer, edited, 1));
  auto entries = service_->list_audit(officer, {.entity = "person", .entity_id = p->person.id.value});
  ASSERT_EQ(entries->total, 2);
  EXPECT_EQ(entries->items[0].action, "person.update");
  EXPECT_NE(entries->items[0].after_json.find("0912345678"), std::string::npos);
  EXPECT_EQ(entries->items[0].before_json.find("0912345678"), std::string::npos);
  EXPECT_EQ(service_->list_audit(caller(Role::can_bo, other_), {.entity = "person"})->total, 0);
}

TEST_F(ServiceTest, LoginWrongPasswordThenRateLimited) {
  ASSERT_TRUE(service_->add_user(Service::system_caller(),
                                 {"baotang", "mat-khau-dung", Role::can_bo, chi_bo_, "Cán bộ"}));
  auto ok = service_->login("baotang", "mat-khau-dung", "10.0.0.1");
  ASSERT_TRUE(ok.has_value());
  EXPECT_EQ(service_->resume(ok->token)->caller.org, chi_bo_);
  for (int i = 0; i < 5; ++i)
    EXPECT_EQ(service_->login("baotang", "sai", "10.0.0.2").error().code, ErrorCode::unauthenticated);
  EXPECT_EQ(service_->login("baotang", "mat-khau-dung", "10.0.0.3").error().code, ErrorCode::rate_limited);
  ASSERT_TRUE(service_->logout(ok->token));
  EXPECT_EQ(service_->resume(ok->token).error().code, ErrorCode::unauthenticated);
}

}  // namespace
}  // namespace ketnap::app
