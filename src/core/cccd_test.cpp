#include "core/cccd.hpp"

#include <gtest/gtest.h>

namespace ketnap {
namespace {

using namespace std::chrono;

constexpr Date born_1990{year{1990}, May, day{6}};
constexpr Date born_2004{year{2004}, January, day{15}};
constexpr Date born_1899{year{1899}, December, day{31}};

void expect_invalid(const Status& status, std::string_view message_part) {
  ASSERT_FALSE(status.has_value());
  EXPECT_EQ(status.error().code, ErrorCode::invalid);
  EXPECT_EQ(status.error().field, "cccd");
  EXPECT_NE(status.error().message.find(message_part), std::string::npos) << status.error().message;
}

TEST(Cccd, AcceptsWellFormedNumber) {
  EXPECT_TRUE(check_cccd("001090012345").has_value());
  EXPECT_TRUE(check_cccd("079304123456").has_value());
}

TEST(Cccd, RequiresExactlyTwelveDigits) {
  expect_invalid(check_cccd(""), "đúng 12 chữ số");
  expect_invalid(check_cccd("00109001234"), "đúng 12 chữ số");
  expect_invalid(check_cccd("0010900123456"), "đúng 12 chữ số");
  expect_invalid(check_cccd("00109001234a"), "đúng 12 chữ số");
  expect_invalid(check_cccd("001 90012345"), "đúng 12 chữ số");
}

TEST(Cccd, RejectsUnknownProvinceCode) {
  expect_invalid(check_cccd("003090012345"), "Mã tỉnh 003");
  expect_invalid(check_cccd("000090012345"), "Mã tỉnh 000");
  expect_invalid(check_cccd("097090012345"), "Mã tỉnh 097");
  expect_invalid(check_cccd("099090012345"), "Mã tỉnh 099");
}

TEST(Cccd, AcceptsFirstAndLastProvinceCodes) {
  EXPECT_TRUE(check_cccd("001090012345").has_value());
  EXPECT_TRUE(check_cccd("096090012345").has_value());
}

TEST(Cccd, MatchesMaleBornInThe1900s) {
  EXPECT_TRUE(check_cccd("001090012345", born_1990, Gender::nam).has_value());
}

TEST(Cccd, MatchesFemaleBornInThe1900s) {
  EXPECT_TRUE(check_cccd("001190012345", born_1990, Gender::nu).has_value());
}

TEST(Cccd, MatchesPeopleBornInThe2000s) {
  EXPECT_TRUE(check_cccd("079204123456", born_2004, Gender::nam).has_value());
  EXPECT_TRUE(check_cccd("079304123456", born_2004, Gender::nu).has_value());
}

TEST(Cccd, MatchesPeopleBornInThe1800s) {
  EXPECT_TRUE(check_cccd("001899012345", born_1899, Gender::nam).has_value());
  EXPECT_TRUE(check_cccd("001999012345", born_1899, Gender::nu).has_value());
}

TEST(Cccd, RejectsWrongGenderDigit) {
  expect_invalid(check_cccd("001190012345", born_1990, Gender::nam), "chữ số thứ 4");
  expect_invalid(check_cccd("001090012345", born_1990, Gender::nu), "phải là 1");
}

TEST(Cccd, RejectsWrongCenturyDigit) {
  expect_invalid(check_cccd("001290012345", born_1990, Gender::nam), "phải là 0");
  expect_invalid(check_cccd("079004123456", born_2004, Gender::nam), "phải là 2");
}

TEST(Cccd, RejectsWrongYearDigits) {
  expect_invalid(check_cccd("001091012345", born_1990, Gender::nam), "chữ số thứ 5–6 phải là 90");
  expect_invalid(check_cccd("079240123456", born_2004, Gender::nam), "phải là 04");
}

TEST(Cccd, ChecksGenderAloneWithoutBirthDate) {
  EXPECT_TRUE(check_cccd("001190012345", std::nullopt, Gender::nu).has_value());
  EXPECT_TRUE(check_cccd("001390012345", std::nullopt, Gender::nu).has_value());
  expect_invalid(check_cccd("001190012345", std::nullopt, Gender::nam), "giới tính");
}

TEST(Cccd, ChecksCenturyAndYearWithoutGender) {
  EXPECT_TRUE(check_cccd("001090012345", born_1990).has_value());
  EXPECT_TRUE(check_cccd("001190012345", born_1990).has_value());
  expect_invalid(check_cccd("001290012345", born_1990), "phải là 0 hoặc 1");
  expect_invalid(check_cccd("001085012345", born_1990), "năm sinh");
}

}  // namespace
}  // namespace ketnap
