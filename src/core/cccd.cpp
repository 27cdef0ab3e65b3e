#include "core/cccd.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace ketnap {
namespace {

// Codes of the 63 provinces where a birth was registered, as set by the Ministry of Public
// Security. Cards already issued keep their numbers after the 2025 merger of provinces.
constexpr std::array<std::string_view, 63> province_codes{
    "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020",
    "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038",
    "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060",
    "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082",
    "083", "084", "086", "087", "089", "091", "092", "093", "094", "095", "096"};

bool all_digits(std::string_view text) {
  return std::ranges::all_of(text, [](char c) { return c >= '0' && c <= '9'; });
}

int digit_at(std::string_view cccd, std::size_t index) { return cccd[index] - '0'; }

// Digit 4 counts centuries from 1900 in steps of two (male, female); 1800s come last as 8/9.
std::optional<int> century_base(int year) {
  if (year < 1800 || year >= 2300) return std::nullopt;
  if (year < 1900) return 8;
  return (year / 100 - 19) * 2;
}

std::string_view gender_word(Gender gender) { return gender == Gender::nam ? "nam" : "nữ"; }

Status check_gender_digit(int digit, Gender gender) {
  int expected_parity = gender == Gender::nam ? 0 : 1;
  if (digit % 2 == expected_parity) return {};
  return invalid("cccd", fmt::format("Số CCCD không khớp với giới tính (chữ số thứ 4 của {} phải là "
                                     "số {}).",
                                     gender_word(gender), gender == Gender::nam ? "chẵn" : "lẻ"));
}

Status check_century_digit(int digit, int year, std::optional<Gender> gender) {
  std::optional<int> base = century_base(year);
  if (!base) return {};  // outside what the card can encode; the birth date check reports it
  if (!gender) {
    if (digit / 2 == *base / 2) return {};
    return invalid("cccd", fmt::format("Số CCCD không khớp với năm sinh (chữ số thứ 4 phải là {} "
                                       "hoặc {} với người sinh năm {}).",
                                       *base, *base + 1, year));
  }
  int expected = *base + (*gender == Gender::nam ? 0 : 1);
  if (digit == expected) return {};
  return invalid("cccd", fmt::format("Số CCCD không khớp với giới tính và năm sinh (chữ số thứ 4 "
                                     "phải là {} với {} sinh năm {}).",
                                     expected, gender_word(*gender), year));
}

Status check_year_digits(std::string_view cccd, int year) {
  int encoded = digit_at(cccd, 4) * 10 + digit_at(cccd, 5);
  if (encoded == year % 100) return {};
  return invalid("cccd", fmt::format("Số CCCD không khớp với năm sinh (chữ số thứ 5–6 phải là "
                                     "{:02} với người sinh năm {}).",
                                     year % 100, year));
}

}  // namespace

Status check_cccd(std::string_view cccd, std::optional<Date> birth_date, std::optional<Gender> gender) {
  if (cccd.size() != 12 || !all_digits(cccd)) return invalid("cccd", "Số CCCD phải gồm đúng 12 chữ số.");
  std::string_view province = cccd.substr(0, 3);
  if (std::ranges::find(province_codes, province) == province_codes.end())
    return invalid("cccd", fmt::format("Mã tỉnh {} trong số CCCD không tồn tại.", province));
  int digit = digit_at(cccd, 3);
  if (!birth_date || !birth_date->ok()) {
    if (gender) return check_gender_digit(digit, *gender);
    return {};
  }
  int year = static_cast<int>(birth_date->year());
  if (auto century = check_century_digit(digit, year, gender); !century) return century;
  return check_year_digits(cccd, year);
}

}  // namespace ketnap
