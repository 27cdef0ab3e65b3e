// A person (nhân thân): one record per human being, whether quần chúng, candidate or
// đảng viên, carrying what a lý lịch (form 2-KNĐ) asks for.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/cccd.hpp"
#include "core/date.hpp"
#include "core/error.hpp"
#include "core/ids.hpp"

namespace ketnap {

std::string_view code(Gender gender);   // "nam" | "nu"
std::string_view label(Gender gender);  // "Nam" | "Nữ"
std::optional<Gender> parse_gender(std::string_view code);

struct Person {
  PersonId id;
  OrgId org;  // the organization that keeps this record; it bounds who may see it
  std::string full_name;
  std::string other_names;  // tên gọi khác
  Gender gender = Gender::nam;
  Date birth_date{};
  std::string birthplace;  // nơi sinh
  std::string hometown;    // quê quán
  std::string residence;   // nơi thường trú
  std::string ethnicity = "Kinh";
  std::string religion;  // empty: không
  std::string cccd;
  std::string education_general;       // giáo dục phổ thông, e.g. "12/12"
  std::string education_professional;  // chuyên môn, nghiệp vụ: "Đại học Y khoa"
  std::string political_theory;        // lý luận chính trị: sơ cấp, trung cấp, cao cấp
  std::string occupation;              // nghề nghiệp
  bool youth_union = false;            // đoàn viên TNCS Hồ Chí Minh
  bool trade_union = false;            // đoàn viên công đoàn
  std::string phone;
  int version = 1;
};

// The free-text fields of the lý lịch, read and checked alike: the JSON field name, its
// Vietnamese label for messages, and the member it fills.
struct PersonTextField {
  std::string_view field;
  std::string_view label;
  std::string Person::*member;
};
std::span<const PersonTextField> person_text_fields();

// NFC-normalizes every text field in place (names, places, ...).
void normalize(Person& person);

// Checks one person's fields; `today` bounds the birth date. The first problem is returned,
// naming its field.
Status validate_person(const Person& person, Date today);

}  // namespace ketnap
