#include "core/person.hpp"

#include <gtest/gtest.h>

#include <string>

namespace ketnap {
namespace {

using namespace std::chrono;

constexpr Date today{year{2026}, March, day{10}};

Person valid_person() {
  Person p;
  p.full_name = "Nguyễn Văn Hiếu";
  p.gender = Gender::nam;
  p.birth_date = Date{year{1995}, August, day{20}};
  p.birthplace = "Xã Tân Lập, huyện Đan Phượng, Hà Nội";
  p.cccd = "001095012345";
  p.phone = "0912345678";
  return p;
}

void expect_error_on(const Status& status, std::string_view field) {
  ASSERT_FALSE(status.has_value()) << "expected an error on " << field;
  EXPECT_EQ(status.error().code, ErrorCode::invalid);
  EXPECT_EQ(status.error().field, field) << status.error().message;
  EXPECT_FALSE(status.error().message.empty());
}

TEST(Gender, CodesLabelsAndParsing) {
  EXPECT_EQ(code(Gender::nam), "nam");
  EXPECT_EQ(code(Gender::nu), "nu");
  EXPECT_EQ(label(Gender::nu), "Nữ");
  EXPECT_EQ(parse_gender("nu"), Gender::nu);
  EXPECT_EQ(parse_gender("nam"), Gender::nam);
  EXPECT_EQ(parse_gender("Nữ"), std::nullopt);
  EXPECT_EQ(parse_gender(""), std::nullopt);
}

TEST(NormalizePerson, NormalizesTextFields) {
  Person p = valid_person();
  p.full_name = "  Nguye\u0302\u0303n   Văn  Hiếu ";
  p.hometown = " Hà   Nội ";
  p.occupation = "Giáo\tviên";
  normalize(p);
  EXPECT_EQ(p.full_name, "Nguyễn Văn Hiếu");
  EXPECT_EQ(p.hometown, "Hà Nội");
  EXPECT_EQ(p.occupation, "Giáo viên");
}

TEST(NormalizePerson, StripsSeparatorsFromPhoneAndCccd) {
  Person p = valid_person();
  p.phone = " 0912.345 678 ";
  p.cccd = "001 095 012345";
  normalize(p);
  EXPECT_EQ(p.phone, "0912345678");
  EXPECT_EQ(p.cccd, "001095012345");
}

TEST(ValidatePerson, AcceptsCompleteRecord) {
  EXPECT_TRUE(validate_person(valid_person(), today).has_value());
}

TEST(ValidatePerson, RequiresCccd) {
  Person p = valid_person();
  p.cccd.clear();
  expect_error_on(validate_person(p, today), "cccd");
}

TEST(ValidatePerson, AcceptsEmptyOptionalFields) {
  Person p = valid_person();
  p.phone.clear();
  p.birthplace.clear();
  EXPECT_TRUE(validate_person(p, today).has_value());
}

TEST(ValidatePerson, RequiresFullName) {
  Person p = valid_person();
  p.full_name = "   ";
  expect_error_on(validate_person(p, today), "full_name");
}

TEST(ValidatePerson, FullNameAtMostOneHundredCharacters) {
  Person p = valid_person();
  p.full_name = std::string(100, 'a');
  EXPECT_TRUE(validate_person(p, today).has_value());
  p.full_name = std::string(101, 'a');
  expect_error_on(validate_person(p, today), "full_name");
}

TEST(ValidatePerson, FullNameLengthCountsVietnameseLettersOnce) {
  // 25 words of three "ễ" (3 bytes each): 99 characters, 249 bytes.
  Person p = valid_person();
  p.full_name = "ễễễ";
  for (int i = 1; i < 25; ++i) p.full_name += " ễễễ";
  ASSERT_EQ(p.full_name.size(), 249u);
  EXPECT_TRUE(validate_person(p, today).has_value());
}

TEST(ValidatePerson, FullNameAllowsApostropheAndHyphen) {
  Person p = valid_person();
  p.full_name = "H'Hen Niê";
  EXPECT_TRUE(validate_person(p, today).has_value());
  p.full_name = "Nguyễn Trần-Lê Anh";
  EXPECT_TRUE(validate_person(p, today).has_value());
}

TEST(ValidatePerson, FullNameRejectsDigitsAndSymbols) {
  Person p = valid_person();
  p.full_name = "Nguyễn Văn 2";
  expect_error_on(validate_person(p, today), "full_name");
  p.full_name = "Nguyễn <Văn>";
  expect_error_on(validate_person(p, today), "full_name");
  p.full_name = "' -";
  expect_error_on(validate_person(p, today), "full_name");
}

TEST(ValidatePerson, FullNameRejectsBrokenUtf8) {
  Person p = valid_person();
  p.full_name = "Nguy\xE1\xBB";
  expect_error_on(validate_person(p, today), "full_name");
}

TEST(ValidatePerson, RequiresBirthDate) {
  Person p = valid_person();
  p.birth_date = Date{};
  expect_error_on(validate_person(p, today), "birth_date");
}

TEST(ValidatePerson, BirthDateNotAfterToday) {
  Person p = valid_person();
  p.cccd = "001226012345";  // male born in 2026
  p.birth_date = today;
  EXPECT_TRUE(validate_person(p, today).has_value());
  p.birth_date = Date{year{2026}, March, day{11}};
  expect_error_on(validate_person(p, today), "birth_date");
}

TEST(ValidatePerson, BirthDateNotBefore1900) {
  Person p = valid_person();
  p.cccd = "001000012345";  // male born in 1900
  p.birth_date = Date{year{1900}, January, day{1}};
  EXPECT_TRUE(validate_person(p, today).has_value());
  p.birth_date = Date{year{1899}, December, day{31}};
  expect_error_on(validate_person(p, today), "birth_date");
}

TEST(ValidatePerson, CccdMustMatchBirthYearAndGender) {
  Person p = valid_person();
  p.cccd = "001094012345";  // year digits 94, born 1995
  expect_error_on(validate_person(p, today), "cccd");
  p.cccd = "001195012345";  // female digit for a man
  expect_error_on(validate_person(p, today), "cccd");
  p.gender = Gender::nu;
  EXPECT_TRUE(validate_person(p, today).has_value());
}

TEST(ValidatePerson, CccdMustHaveTwelveDigits) {
  Person p = valid_person();
  p.cccd = "00109501234";
  expect_error_on(validate_person(p, today), "cccd");
}

TEST(ValidatePerson, AcceptsVietnamesePhoneForms) {
  Person p = valid_person();
  for (std::string phone : {"0912345678", "+84912345678", "02438256789", "+842438256789"}) {
    p.phone = phone;
    EXPECT_TRUE(validate_person(p, today).has_value()) << phone;
  }
}

TEST(ValidatePerson, RejectsMalformedPhone) {
  Person p = valid_person();
  for (std::string phone : {"912345678", "091234567", "09123456789", "+8409123456789", "0912-345-678",
                            "0912abc678", "+84", "0012345678"}) {
    p.phone = phone;
    expect_error_on(validate_person(p, today), "phone");
  }
}

TEST(ValidatePerson, TextFieldsAtMostThreeHundredCharacters) {
  Person p = valid_person();
  p.residence = std::string(300, 'x');
  EXPECT_TRUE(validate_person(p, today).has_value());
  p.residence = std::string(301, 'x');
  expect_error_on(validate_person(p, today), "residence");
  p.residence.clear();
  p.occupation = std::string(301, 'x');
  expect_error_on(validate_person(p, today), "occupation");
}

}  // namespace
}  // namespace ketnap
