#include "core/person.hpp"

#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

#include "core/text.hpp"

namespace ketnap {
namespace {

constexpr std::size_t max_name_chars = 100;
constexpr std::size_t max_text_chars = 300;
constexpr Date earliest_birth_date{std::chrono::year{1900}, std::chrono::January, std::chrono::day{1}};

// People type numbers grouped as they read them aloud: "0912 345 678", "0912.345.678".
std::string strip_separators(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c != ' ' && c != '.' && c != '-' && c != '\t') out += c;
  }
  return out;
}

bool all_digits(std::string_view text) {
  return std::ranges::all_of(text, [](char c) { return c >= '0' && c <= '9'; });
}

// Letters of any script (so every Vietnamese and ethnic-minority letter), combining marks,
// spaces, and the apostrophe and hyphen found in some ethnic-minority names (H'Hen Niê).
bool is_name_char(UChar32 c) {
  return u_isalpha(c) || u_charType(c) == U_NON_SPACING_MARK || c == ' ' || c == '\'' || c == U'’' ||
         c == '-';
}

bool is_valid_name(std::string_view name) {
  bool has_letter = false;
  for (int32_t i = 0; i < static_cast<int32_t>(name.size());) {
    UChar32 c = 0;
    U8_NEXT(name.data(), i, static_cast<int32_t>(name.size()), c);
    if (c < 0 || !is_name_char(c)) return false;  // c < 0: broken UTF-8
    has_letter = has_letter || u_isalpha(c);
  }
  return has_letter;
}

// A mobile number has 10 digits, a landline (area code 02x) 11; both start with the trunk 0,
// which the international form +84 replaces.
bool is_valid_phone(std::string_view phone) {
  std::string national(phone);
  if (phone.starts_with("+84")) national = "0" + std::string(phone.substr(3));
  if (!all_digits(national) || !national.starts_with('0') || national.starts_with("00")) return false;
  return national.size() == 10 || (national.size() == 11 && national.starts_with("02"));
}

Status validate_full_name(std::string_view name) {
  if (name.find_first_not_of(" \t") == std::string_view::npos)
    return invalid("full_name", "Họ và tên không được để trống.");
  if (char_count(name) > max_name_chars)
    return invalid("full_name", fmt::format("Họ và tên dài quá {} ký tự.", max_name_chars));
  if (!is_valid_name(name))
    return invalid("full_name", "Họ và tên chỉ được gồm chữ cái, dấu cách, dấu nháy đơn và dấu gạch nối.");
  return {};
}

Status validate_birth_date(Date birth_date, Date today) {
  if (!birth_date.ok()) return invalid("birth_date", "Ngày sinh chưa nhập hoặc không hợp lệ.");
  if (birth_date > today) return invalid("birth_date", "Ngày sinh không được sau ngày hôm nay.");
  if (birth_date < earliest_birth_date)
    return invalid("birth_date", "Ngày sinh không được trước ngày 01/01/1900.");
  return {};
}

}  // namespace

std::string_view code(Gender gender) { return gender == Gender::nam ? "nam" : "nu"; }
std::string_view label(Gender gender) { return gender == Gender::nam ? "Nam" : "Nữ"; }
std::optional<Gender> parse_gender(std::string_view text) {
  if (text == "nam") return Gender::nam;
  if (text == "nu") return Gender::nu;
  return std::nullopt;
}

std::span<const PersonTextField> person_text_fields() {
  static constexpr std::array fields{
      PersonTextField{"other_names", "Tên gọi khác", &Person::other_names},
      PersonTextField{"birthplace", "Nơi sinh", &Person::birthplace},
      PersonTextField{"hometown", "Quê quán", &Person::hometown},
      PersonTextField{"residence", "Nơi thường trú", &Person::residence},
      PersonTextField{"ethnicity", "Dân tộc", &Person::ethnicity},
      PersonTextField{"religion", "Tôn giáo", &Person::religion},
      PersonTextField{"education_general", "Giáo dục phổ thông", &Person::education_general},
      PersonTextField{"education_professional", "Chuyên môn, nghiệp vụ", &Person::education_professional},
      PersonTextField{"political_theory", "Lý luận chính trị", &Person::political_theory},
      PersonTextField{"occupation", "Nghề nghiệp", &Person::occupation},
  };
  return fields;
}

void normalize(Person& person) {
  person.full_name = normalize_text(person.full_name);
  for (const PersonTextField& text : person_text_fields()) person.*text.member = normalize_text(person.*text.member);
  person.cccd = strip_separators(normalize_text(person.cccd));
  person.phone = strip_separators(normalize_text(person.phone));
}

Status validate_person(const Person& person, Date today) {
  if (auto name = validate_full_name(person.full_name); !name) return name;
  if (auto birth = validate_birth_date(person.birth_date, today); !birth) return birth;
  // The CCCD identifies a person across organizations: it is required and unique.
  if (person.cccd.empty()) return invalid("cccd", "Chưa nhập số CCCD.");
  if (auto cccd = check_cccd(person.cccd, person.birth_date, person.gender); !cccd) return cccd;
  if (!person.phone.empty() && !is_valid_phone(person.phone))
    return invalid("phone",
                   "Số điện thoại phải gồm 10 chữ số bắt đầu bằng 0 (cố định: 11 chữ số "
                   "bắt đầu bằng 02), hoặc viết dạng +84.");
  for (const PersonTextField& text : person_text_fields()) {
    if (char_count(person.*text.member) > max_text_chars)
      return invalid(std::string(text.field),
                     fmt::format("{} dài quá {} ký tự.", text.label, max_text_chars));
  }
  return {};
}

}  // namespace ketnap
