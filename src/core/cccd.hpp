// Căn cước công dân (CCCD): the 12-digit citizen identity number.
// Digits 1–3: province code of birth registration (63 codes, 001–096 with gaps);
// digit 4: gender and century (0/1 male/female 1900s, 2/3 2000s, 4/5 2100s, 6/7 2200s, 8/9 1800s);
// digits 5–6: last two digits of the birth year; digits 7–12: a random serial.
#pragma once

#include <optional>
#include <string_view>

#include "core/date.hpp"
#include "core/error.hpp"

namespace ketnap {

enum class Gender { nam, nu };

// Checks the format and the province code, and, when given, that the gender/century digit
// and the year digits agree with the person's gender and birth date. Errors name field "cccd".
Status check_cccd(std::string_view cccd, std::optional<Date> birth_date = std::nullopt,
                  std::optional<Gender> gender = std::nullopt);

}  // namespace ketnap
