// Vietnamese text: Unicode normalization, accent-insensitive search keys and collation.
// Thread-safe: every function may be called from any thread.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ketnap {

// Unicode NFC; also trims and collapses runs of white space to one space.
std::string normalize_text(std::string_view text);

// Search key: NFC, lower case, no diacritics, đ→d, white space collapsed.
// fold("Nguyễn Văn Hiếu") == "nguyen van hieu"; fold("Đ") == "d".
std::string fold(std::string_view text);

// Length in Unicode code points, which is what a user counts as characters ("tối đa 100 ký
// tự"); byte length would count a Vietnamese letter two or three times.
std::size_t char_count(std::string_view text);

// ICU collation sort key under the "vi" locale: bytes compare (memcmp) as Vietnamese sorts.
std::string collation_key(std::string_view text);

// A Vietnamese name: family (họ), middle (tên đệm), given (tên).
struct NameParts {
  std::string family;
  std::string middle;
  std::string given;
};
// "Lê Thị Hồng Cẩm" -> {"Lê", "Thị Hồng", "Cẩm"}; a single word is the given name.
NameParts split_name(std::string_view full_name);

// Sort key for people lists: given name, then middle name, then family name, each by the
// "vi" collator. Comparing two keys bytewise gives the order of a Vietnamese list.
std::string person_sort_key(std::string_view full_name);

}  // namespace ketnap
