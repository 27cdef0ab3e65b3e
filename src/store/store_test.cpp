#include <filesystem>

#include <gtest/gtest.h>

#include "test_support/temp_dir.hpp"

#include "store/store.hpp"

namespace ketnap::store {
namespace {

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = open_sqlite(dir_.file("test.db"));
    migrate(*db_);
  }

  Org add_org(std::optional<Org> parent, std::string name, OrgType type) {
    Org org;
    db_->write([&](Connection& c) {
      org.id = OrgId{next_id(c)};
      org.parent = parent ? std::optional(parent->id) : std::nullopt;
      org.name = std::move(name);
      org.type = type;
      org.path = parent ? child_path(parent->path, org.id) : root_path(org.id);
      org.established_on = *parse_iso_date("2020-01-01");
      insert_org(c, org);
      return Commit::yes;
    });
    return org;
  }

  testing_support::TempDir dir_;  // declared first: removed after the database closes
  std::unique_ptr<Database> db_;
};

TEST(PathRange, CoversExactlyTheSubtree) {
  auto [low, high] = path_range("/1/7/");
  EXPECT_EQ(low, "/1/7/");
  EXPECT_EQ(high, "/1/70");
  EXPECT_TRUE(std::string("/1/7/42/") >= low && std::string("/1/7/42/") < high);
  EXPECT_FALSE(std::string("/1/70/") < high);
}

TEST(LikePattern, EscapesWildcards) { EXPECT_EQ(like_pattern("a%b_c"), "%a\\%b\\_c%"); }

TEST_F(StoreTest, MigrationsRunOnce) {
  EXPECT_EQ(migrate(*db_), 0);
}

TEST_F(StoreTest, IdsAreUniqueAndIncreasing) {
  std::int64_t a = 0, b = 0;
  db_->write([&](Connection& c) {
    a = next_id(c);
    b = next_id(c);
    return Commit::yes;
  });
  EXPECT_LT(a, b);
}

TEST_F(StoreTest, RolledBackWriteLeavesNothing) {
  db_->write([&](Connection& c) {
    Org org;
    org.id = OrgId{next_id(c)};
    org.name = "Tạm";
    org.type = OrgType::trung_uong;
    org.path = root_path(org.id);
    insert_org(c, org);
    return Commit::no;
  });
  db_->read([&](Connection& c) {
    EXPECT_EQ(search_orgs(c, {.scope_path = "/"}).total, 0);
  });
}

TEST_F(StoreTest, SearchStaysInsideTheSubtreeAndIgnoresAccents) {
  Org root = add_org(std::nullopt, "Trung ương", OrgType::trung_uong);
  Org long_an = add_org(root, "Đảng bộ tỉnh Long An", OrgType::dang_bo_tinh);
  Org dien_bien = add_org(root, "Đảng bộ tỉnh Điện Biên", OrgType::dang_bo_tinh);
  add_org(long_an, "Đảng bộ Khối các cơ quan tỉnh", OrgType::dang_bo_cap_tren_co_so);
  add_org(dien_bien, "Đảng bộ Khối các cơ quan tỉnh", OrgType::dang_bo_cap_tren_co_so);
  db_->read([&](Connection& c) {
    auto found = search_orgs(c, {.scope_path = long_an.path, .words = {"khoi", "co quan"}});
    ASSERT_EQ(found.total, 1);
    EXPECT_TRUE(found.rows[0].path.starts_with(long_an.path));
    EXPECT_EQ(search_orgs(c, {.scope_path = "/", .words = {"dien bien"}}).total, 1);
  });
}

TEST_F(StoreTest, StaleVersionIsNotSaved) {
  Org root = add_org(std::nullopt, "Trung ương", OrgType::trung_uong);
  db_->write([&](Connection& c) {
    Org renamed = root;
    renamed.name = "Ban Chấp hành Trung ương";
    renamed.version = 2;
    EXPECT_TRUE(update_org(c, renamed));
    EXPECT_FALSE(update_org(c, renamed));  // based on version 1 again: stale
    return Commit::yes;
  });
  db_->read([&](Connection& c) { EXPECT_EQ(find_org(c, root.id)->name, "Ban Chấp hành Trung ương"); });
}

TEST_F(StoreTest, RewritePathsMovesTheWholeSubtree) {
  Org root = add_org(std::nullopt, "Trung ương", OrgType::trung_uong);
  Org a = add_org(root, "Tỉnh A", OrgType::dang_bo_tinh);
  Org b = add_org(root, "Tỉnh B", OrgType::dang_bo_tinh);
  Org khoi = add_org(a, "Khối", OrgType::dang_bo_cap_tren_co_so);
  Org co_so = add_org(khoi, "Cơ sở", OrgType::chi_bo_co_so);
  db_->write([&](Connection& c) {
    rewrite_paths(c, khoi.path, child_path(b.path, khoi.id));
    return Commit::yes;
  });
  db_->read([&](Connection& c) {
    EXPECT_EQ(find_org(c, co_so.id)->path, child_path(child_path(b.path, khoi.id), co_so.id));
    EXPECT_EQ(search_orgs(c, {.scope_path = a.path}).total, 1);  // only A itself is left
  });
}

TEST_F(StoreTest, DuplicateCccdIsAConstraintError) {
  Org root = add_org(std::nullopt, "Trung ương", OrgType::trung_uong);
  auto person = [&](std::int64_t id) {
    Person p;
    p.id = PersonId{id};
    p.org = root.id;
    p.full_name = "Nguyễn Văn Hiếu";
    p.birth_date = *parse_iso_date("1990-01-01");
    p.cccd = "080090000001";
    return p;
  };
  db_->write([&](Connection& c) {
    insert_person(c, person(next_id(c)));
    return Commit::yes;
  });
  EXPECT_THROW(db_->write([&](Connection& c) {
    insert_person(c, person(next_id(c)));
    return Commit::yes;
  }),
               ConstraintError);
}

// A page of the people list reads every membership in one query; each person's latest is
// the one with the latest ceremony (a re-admission after leaving, E-7).
TEST_F(StoreTest, LatestMembershipsOfAPageInOneQuery) {
  Org root = add_org(std::nullopt, "Trung ương", OrgType::trung_uong);
  auto person = [&](Connection& c, const char* cccd) {
    Person p;
    p.id = PersonId{next_id(c)};
    p.org = root.id;
    p.full_name = "Lò Văn Pâng";
    p.birth_date = *parse_iso_date("1980-01-01");
    p.cccd = cccd;
    insert_person(c, p);
    return p.id;
  };
  auto membership = [&](Connection& c, PersonId who, const char* ceremony, std::optional<Date> left) {
    Membership m;
    m.id = MembershipId{next_id(c)};
    m.person = who;
    m.org = root.id;
    m.decision_on = *parse_iso_date(ceremony);
    m.ceremony_on = *parse_iso_date(ceremony);
    m.left_on = left;
    insert_membership(c, m);
    return m.id;
  };
  PersonId readmitted, member, outsider;
  MembershipId second, only;
  db_->write([&](Connection& c) {
    readmitted = person(c, "011080000001");
    member = person(c, "011080000002");
    outsider = person(c, "011080000003");
    membership(c, readmitted, "2005-05-19", *parse_iso_date("2012-03-01"));
    second = membership(c, readmitted, "2016-09-02", std::nullopt);
    only = membership(c, member, "2010-02-03", std::nullopt);
    return Commit::yes;
  });
  std::map<PersonId, Membership> latest;
  db_->read([&](Connection& c) {
    std::vector<PersonId> page{readmitted, member, outsider};
    latest = latest_memberships(c, page);
  });
  ASSERT_EQ(latest.size(), 2u);
  EXPECT_EQ(latest.at(readmitted).id, second);
  EXPECT_FALSE(latest.at(readmitted).left_on.has_value());
  EXPECT_EQ(latest.at(member).id, only);
  EXPECT_FALSE(latest.contains(outsider));
}

}  // namespace
}  // namespace ketnap::store
