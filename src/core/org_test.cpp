#include "core/org.hpp"

#include <gtest/gtest.h>

namespace ketnap {
namespace {

using enum OrgType;

Org org_of(OrgType type, std::string name = "Chi bộ Thôn Đông") {
  Org org;
  org.id = OrgId{42};
  org.name = std::move(name);
  org.type = type;
  org.established_on = Date{std::chrono::year{2020}, std::chrono::January, std::chrono::day{1}};
  return org;
}

void expect_error_on(const Status& status, std::string_view field, std::string_view message_part) {
  ASSERT_FALSE(status.has_value());
  EXPECT_EQ(status.error().code, ErrorCode::invalid);
  EXPECT_EQ(status.error().field, field);
  EXPECT_NE(status.error().message.find(message_part), std::string::npos) << status.error().message;
}

// O-1: Trung ương → tỉnh → cấp trên trực tiếp cơ sở → cơ sở → bộ phận / trực thuộc → tổ đảng.
TEST(CanContain, FollowsTheLevelsOfO1) {
  EXPECT_TRUE(can_contain(trung_uong, dang_bo_tinh));
  EXPECT_TRUE(can_contain(dang_bo_tinh, dang_bo_cap_tren_co_so));
  EXPECT_TRUE(can_contain(dang_bo_cap_tren_co_so, dang_bo_co_so));
  EXPECT_TRUE(can_contain(dang_bo_cap_tren_co_so, chi_bo_co_so));
  EXPECT_TRUE(can_contain(dang_bo_co_so, dang_bo_bo_phan));
  EXPECT_TRUE(can_contain(dang_bo_co_so, chi_bo_truc_thuoc));
  EXPECT_TRUE(can_contain(dang_bo_bo_phan, chi_bo_truc_thuoc));
  EXPECT_TRUE(can_contain(chi_bo_co_so, to_dang));
  EXPECT_TRUE(can_contain(chi_bo_truc_thuoc, to_dang));
}

// O-3.3: grassroots organizations directly under the provincial committee.
TEST(CanContain, GrassrootsMayStandDirectlyUnderTheProvince) {
  EXPECT_TRUE(can_contain(dang_bo_tinh, dang_bo_co_so));
  EXPECT_TRUE(can_contain(dang_bo_tinh, chi_bo_co_so));
}

TEST(CanContain, RefusesSkippedAndInvertedLevels) {
  EXPECT_FALSE(can_contain(trung_uong, dang_bo_co_so));
  EXPECT_FALSE(can_contain(dang_bo_tinh, dang_bo_tinh));
  EXPECT_FALSE(can_contain(dang_bo_tinh, chi_bo_truc_thuoc));
  EXPECT_FALSE(can_contain(dang_bo_cap_tren_co_so, chi_bo_truc_thuoc));
  EXPECT_FALSE(can_contain(dang_bo_co_so, to_dang));
  EXPECT_FALSE(can_contain(dang_bo_bo_phan, dang_bo_bo_phan));
  EXPECT_FALSE(can_contain(chi_bo_co_so, chi_bo_truc_thuoc));  // a chi bộ has no chi bộ below
  EXPECT_FALSE(can_contain(chi_bo_truc_thuoc, chi_bo_truc_thuoc));
  EXPECT_FALSE(can_contain(to_dang, to_dang));
  for (OrgType parent : all_org_types()) EXPECT_FALSE(can_contain(parent, trung_uong));
}

TEST(OrgType, ChiBoAndCategory) {
  EXPECT_TRUE(is_chi_bo(chi_bo_co_so));
  EXPECT_TRUE(is_chi_bo(chi_bo_truc_thuoc));
  EXPECT_FALSE(is_chi_bo(to_dang));
  EXPECT_TRUE(takes_category(dang_bo_co_so));
  EXPECT_FALSE(takes_category(dang_bo_tinh));
}

TEST(OrgType, CodesRoundTrip) {
  for (OrgType type : all_org_types()) EXPECT_EQ(parse_org_type(code(type)), type);
  for (OrgCategory category : all_org_categories()) EXPECT_EQ(parse_org_category(code(category)), category);
  EXPECT_EQ(label(chi_bo_truc_thuoc), "Chi bộ trực thuộc");
  EXPECT_EQ(parse_org_type("huyen"), std::nullopt);
}

TEST(Paths, RootAndChild) {
  EXPECT_EQ(root_path(OrgId{1}), "/1/");
  EXPECT_EQ(child_path("/1/", OrgId{7}), "/1/7/");
  EXPECT_EQ(child_path("/1/7/", OrgId{42}), "/1/7/42/");
}

TEST(Paths, WithinIsBySegmentNotByDigit) {
  EXPECT_TRUE(path_within("/1/7/", "/1/"));
  EXPECT_TRUE(path_within("/1/7/", "/1/7/"));
  EXPECT_TRUE(path_within("/1/7/42/", "/1/"));
  EXPECT_FALSE(path_within("/1/70/", "/1/7/"));
  EXPECT_FALSE(path_within("/1/", "/1/7/"));
  EXPECT_FALSE(path_within("/1/7/", ""));
}

TEST(ValidateOrg, AcceptsChiBoUnderDangBoCoSo) {
  Org parent = org_of(dang_bo_co_so, "Đảng bộ xã Tân Lập");
  Org org = org_of(chi_bo_truc_thuoc);
  org.category = OrgCategory::thon_ban;
  org.staff_count = 0;
  EXPECT_TRUE(validate_org(org, &parent).has_value());
}

TEST(ValidateOrg, RootMustBeTrungUong) {
  EXPECT_TRUE(validate_org(org_of(trung_uong, "Trung ương"), nullptr).has_value());
  expect_error_on(validate_org(org_of(chi_bo_co_so), nullptr), "parent_id", "Phải chọn tổ chức cấp trên.");
}

TEST(ValidateOrg, RequiresName) {
  Org parent = org_of(dang_bo_co_so);
  expect_error_on(validate_org(org_of(chi_bo_truc_thuoc, " \t "), &parent), "name",
                  "Tên tổ chức không được để trống.");
}

TEST(ValidateOrg, NameAtMostThreeHundredCharacters) {
  Org parent = org_of(dang_bo_co_so);
  std::string name;
  for (int i = 0; i < 300; ++i) name += "Đ";  // 300 characters, 600 bytes
  EXPECT_TRUE(validate_org(org_of(chi_bo_truc_thuoc, name), &parent).has_value());
  expect_error_on(validate_org(org_of(chi_bo_truc_thuoc, name + "Đ"), &parent), "name",
                  "Tên tổ chức dài quá 300 ký tự.");
}

TEST(ValidateOrg, StaffCountNotNegative) {
  Org parent = org_of(dang_bo_co_so);
  Org org = org_of(chi_bo_truc_thuoc);
  org.staff_count = -1;
  expect_error_on(validate_org(org, &parent), "staff_count", "không được âm");
}

TEST(ValidateOrg, CategoryOnlyForUnitsOnOneHost) {
  Org parent = org_of(dang_bo_tinh);
  Org org = org_of(dang_bo_cap_tren_co_so, "Đảng bộ phường Ba Đình");
  org.category = OrgCategory::to_dan_pho;
  expect_error_on(validate_org(org, &parent), "category",
                  "Đảng bộ cấp trên trực tiếp cơ sở không có loại hình chi bộ.");
}

TEST(ValidateOrg, ParentMustNotBeDissolved) {
  Org parent = org_of(dang_bo_co_so, "Đảng bộ xã Cũ");
  parent.dissolved_on = Date{std::chrono::year{2025}, std::chrono::July, std::chrono::day{1}};
  expect_error_on(validate_org(org_of(chi_bo_truc_thuoc), &parent), "parent_id",
                  "Tổ chức cấp trên \"Đảng bộ xã Cũ\" đã giải thể.");
}

TEST(ValidateOrg, TypeMustFitUnderParent) {
  Org parent = org_of(dang_bo_tinh);
  expect_error_on(validate_org(org_of(chi_bo_truc_thuoc), &parent), "type",
                  "Chi bộ trực thuộc không thể trực thuộc Đảng bộ tỉnh, thành phố.");
}

}  // namespace
}  // namespace ketnap
