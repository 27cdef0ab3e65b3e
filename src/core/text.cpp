#include "core/text.hpp"

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>
#include <stdexcept>
#include <vector>

namespace ketnap {
namespace {

icu::UnicodeString from_utf8(std::string_view text) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}

std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

// ICU's normalizer singletons are immutable and safe to share between threads.
const icu::Normalizer2& normalizer(bool compose) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* instance =
      compose ? icu::Normalizer2::getNFCInstance(status) : icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU: không tải được dữ liệu chuẩn hóa Unicode");
  return *instance;
}

icu::UnicodeString apply(const icu::Normalizer2& form, const icu::UnicodeString& text) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString out = form.normalize(text, status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU: chuẩn hóa Unicode thất bại");
  return out;
}

template <class Visit>
void for_each_code_point(const icu::UnicodeString& text, Visit visit) {
  for (int32_t i = 0; i < text.length();) {
    UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    visit(c);
  }
}

// Trims and turns every run of white space (tabs, new lines, no-break spaces ...) into one
// ordinary space, so that names typed or pasted differently compare equal.
icu::UnicodeString collapse_spaces(const icu::UnicodeString& text) {
  icu::UnicodeString out;
  bool pending_space = false;
  for_each_code_point(text, [&](UChar32 c) {
    if (u_isUWhiteSpace(c)) {
      pending_space = !out.isEmpty();
      return;
    }
    if (pending_space) out.append(UChar32{' '});
    pending_space = false;
    out.append(c);
  });
  return out;
}

// The vi collator is built once; each thread then works on its own clone, because ICU
// promises thread safety for collators only per instance. Clones share the rule data.
const icu::Collator& vi_collator() {
  static const std::unique_ptr<icu::Collator> prototype = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> collator(icu::Collator::createInstance(icu::Locale("vi"), status));
    if (U_FAILURE(status)) throw std::runtime_error("ICU: không tạo được bộ so sánh tiếng Việt");
    return collator;
  }();
  thread_local const std::unique_ptr<icu::Collator> local(prototype->clone());
  return *local;
}

std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  std::string normalized = normalize_text(text);
  std::size_t start = 0;
  while (start < normalized.size()) {
    std::size_t end = normalized.find(' ', start);
    if (end == std::string::npos) end = normalized.size();
    out.push_back(normalized.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace

std::string normalize_text(std::string_view text) {
  return to_utf8(collapse_spaces(apply(normalizer(true), from_utf8(text))));
}

std::string fold(std::string_view text) {
  // In NFD every Vietnamese vowel mark and tone is a separate non-spacing mark; dropping
  // those leaves the base letters. đ has no decomposition and is mapped by hand.
  icu::UnicodeString decomposed = apply(normalizer(false), from_utf8(text));
  decomposed.toLower(icu::Locale::getRoot());
  icu::UnicodeString bare;
  for_each_code_point(decomposed, [&](UChar32 c) {
    if (u_charType(c) == U_NON_SPACING_MARK) return;
    bare.append(c == U'đ' ? UChar32{'d'} : c);
  });
  return to_utf8(collapse_spaces(apply(normalizer(true), bare)));
}

std::size_t char_count(std::string_view text) {
  std::size_t count = 0;
  for (unsigned char byte : text) {
    if ((byte & 0xC0) != 0x80) ++count;  // every code point has exactly one lead byte
  }
  return count;
}

std::string collation_key(std::string_view text) {
  const icu::Collator& collator = vi_collator();
  icu::UnicodeString source = from_utf8(normalize_text(text));
  std::string key(64, '\0');
  auto fill = [&] {
    return collator.getSortKey(source, reinterpret_cast<uint8_t*>(key.data()),
                               static_cast<int32_t>(key.size()));
  };
  auto length = static_cast<std::size_t>(fill());
  if (length > key.size()) {
    key.resize(length);
    fill();
  }
  key.resize(length - 1);  // drop ICU's terminating 0x00; it is the only zero byte in a key
  return key;
}

NameParts split_name(std::string_view full_name) {
  std::vector<std::string> parts = words(full_name);
  NameParts name;
  if (parts.empty()) return name;
  name.given = parts.back();
  if (parts.size() == 1) return name;
  name.family = parts.front();
  for (std::size_t i = 1; i + 1 < parts.size(); ++i) {
    if (!name.middle.empty()) name.middle += ' ';
    name.middle += parts[i];
  }
  return name;
}

std::string person_sort_key(std::string_view full_name) {
  // A 0x00 ends each field's key and is lower than any byte inside a key, so a bytewise
  // comparison settles one field completely before it reaches the next, as a field-by-field
  // comparison would.
  NameParts name = split_name(full_name);
  std::string key;
  for (const std::string* field : {&name.given, &name.middle, &name.family}) {
    key += collation_key(*field);
    key += '\0';
  }
  return key;
}

}  // namespace ketnap
