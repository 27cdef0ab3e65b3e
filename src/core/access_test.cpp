#include "core/access.hpp"

#include <gtest/gtest.h>

namespace ketnap {
namespace {

Caller caller_at(Role role, std::string path) {
  Caller c;
  c.user = UserId{1};
  c.username = "canbo";
  c.role = role;
  c.org = OrgId{7};
  c.org_path = std::move(path);
  return c;
}

TEST(Access, SeesOwnOrganizationAndItsSubtree) {
  Caller c = caller_at(Role::xem, "/1/7/");
  EXPECT_TRUE(can_see(c, "/1/7/"));
  EXPECT_TRUE(can_see(c, "/1/7/42/"));
  EXPECT_TRUE(can_see(c, "/1/7/42/99/"));
}

TEST(Access, DoesNotSeeOutsideTheSubtree) {
  Caller c = caller_at(Role::quan_tri, "/1/7/");
  EXPECT_FALSE(can_see(c, "/1/"));
  EXPECT_FALSE(can_see(c, "/1/8/"));
  EXPECT_FALSE(can_see(c, "/1/70/"));  // a sibling whose id starts with the same digit
  EXPECT_FALSE(can_see(c, "/2/7/"));
}

TEST(Access, CallerWithoutSubtreeSeesNothing) {
  Caller c = caller_at(Role::quan_tri, "");
  EXPECT_FALSE(can_see(c, "/1/"));
}

TEST(Access, XemCannotWrite) { EXPECT_FALSE(can_write(caller_at(Role::xem, "/1/7/"), "/1/7/42/")); }

TEST(Access, CanBoAndQuanTriWriteInsideOnly) {
  for (Role role : {Role::can_bo, Role::quan_tri}) {
    Caller c = caller_at(role, "/1/7/");
    EXPECT_TRUE(can_write(c, "/1/7/42/"));
    EXPECT_FALSE(can_write(c, "/1/8/"));
  }
}

TEST(Access, AuditForQuanTriAndCanBoOnly) {
  EXPECT_TRUE(can_read_audit(caller_at(Role::quan_tri, "/1/")));
  EXPECT_TRUE(can_read_audit(caller_at(Role::can_bo, "/1/")));
  EXPECT_FALSE(can_read_audit(caller_at(Role::xem, "/1/")));
}

TEST(Access, OnlyQuanTriManagesUsers) {
  EXPECT_TRUE(can_manage_users(caller_at(Role::quan_tri, "/1/")));
  EXPECT_FALSE(can_manage_users(caller_at(Role::can_bo, "/1/")));
  EXPECT_FALSE(can_manage_users(caller_at(Role::xem, "/1/")));
}

TEST(Access, RoleCodesRoundTrip) {
  for (Role role : {Role::quan_tri, Role::can_bo, Role::xem}) EXPECT_EQ(parse_role(code(role)), role);
  EXPECT_EQ(parse_role("admin"), std::nullopt);
  EXPECT_EQ(label(Role::xem), "Chỉ xem");
}

}  // namespace
}  // namespace ketnap
