#include "core/text.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

namespace ketnap {
namespace {

// "ế" written as e + circumflex + acute, as some keyboards and PDF copies produce it.
constexpr std::string_view decomposed_hieu = "Hie\u0302\u0301u";

std::vector<std::string> sorted_by(std::vector<std::string> items, std::string (*key)(std::string_view)) {
  std::ranges::sort(items, [&](const std::string& a, const std::string& b) { return key(a) < key(b); });
  return items;
}

TEST(NormalizeText, ComposesDecomposedInputToNfc) {
  EXPECT_EQ(normalize_text(decomposed_hieu), "Hiếu");
  EXPECT_EQ(normalize_text("Nguye\u0302\u0303n"), "Nguyễn");
}

TEST(NormalizeText, TrimsAndCollapsesWhiteSpace) {
  EXPECT_EQ(normalize_text("  Lê \t Thị\u00a0\u00a0Hồng\n Cẩm  "), "Lê Thị Hồng Cẩm");
  EXPECT_EQ(normalize_text(" \t\n "), "");
  EXPECT_EQ(normalize_text(""), "");
}

TEST(Fold, StripsDiacriticsAndLowersCase) {
  EXPECT_EQ(fold("Nguyễn Văn Hiếu"), "nguyen van hieu");
  EXPECT_EQ(fold("Lê Thị Hồng Cẩm"), "le thi hong cam");
  EXPECT_EQ(fold("Ưng Ơn Ân Ăn"), "ung on an an");
}

TEST(Fold, MapsDStrokeToD) {
  EXPECT_EQ(fold("ĐẶNG"), "dang");
  EXPECT_EQ(fold("Đ"), "d");
  EXPECT_EQ(fold("đoàn"), "doan");
}

TEST(Fold, DecomposedAndPrecomposedFoldAlike) {
  EXPECT_EQ(fold(decomposed_hieu), fold("Hiếu"));
  EXPECT_EQ(fold(decomposed_hieu), "hieu");
}

TEST(Fold, CollapsesWhiteSpace) { EXPECT_EQ(fold("  Trần\t\tVăn  An "), "tran van an"); }

TEST(CharCount, CountsCodePointsNotBytes) {
  EXPECT_EQ(char_count(""), 0u);
  EXPECT_EQ(char_count("Hiếu"), 4u);
  EXPECT_EQ(char_count("Nguyễn Văn Hiếu"), 15u);
}

TEST(CollationKey, FollowsVietnameseAlphabet) {
  // a < ă < â, d < đ, o < ô < ơ, u < ư are distinct letters in Vietnamese.
  EXPECT_EQ(sorted_by({"Ba", "Ân", "Ăn", "An"}, collation_key),
            (std::vector<std::string>{"An", "Ăn", "Ân", "Ba"}));
  EXPECT_EQ(sorted_by({"Đào", "Dung", "Em"}, collation_key), (std::vector<std::string>{"Dung", "Đào", "Em"}));
  EXPECT_EQ(sorted_by({"Ơn", "Ôn", "Oanh", "Phúc"}, collation_key),
            (std::vector<std::string>{"Oanh", "Ôn", "Ơn", "Phúc"}));
  EXPECT_EQ(sorted_by({"Ưng", "Uyên", "Vân"}, collation_key),
            (std::vector<std::string>{"Uyên", "Ưng", "Vân"}));
}

TEST(CollationKey, TonesDecideOnlyBetweenOtherwiseEqualWords) {
  EXPECT_LT(collation_key("Anh"), collation_key("Ánh"));
  EXPECT_LT(collation_key("Ánh"), collation_key("Ba"));
  EXPECT_LT(collation_key("Bình"), collation_key("Bính"));
  EXPECT_LT(collation_key("Bính"), collation_key("Can"));
}

TEST(CollationKey, DecomposedInputGivesTheSameKey) {
  EXPECT_EQ(collation_key(decomposed_hieu), collation_key("Hiếu"));
}

TEST(SplitName, FamilyMiddleGiven) {
  NameParts name = split_name("Lê Thị Hồng Cẩm");
  EXPECT_EQ(name.family, "Lê");
  EXPECT_EQ(name.middle, "Thị Hồng");
  EXPECT_EQ(name.given, "Cẩm");
}

TEST(SplitName, TwoWordsHaveNoMiddleName) {
  NameParts name = split_name("Lê Cẩm");
  EXPECT_EQ(name.family, "Lê");
  EXPECT_EQ(name.middle, "");
  EXPECT_EQ(name.given, "Cẩm");
}

TEST(SplitName, SingleWordIsTheGivenName) {
  NameParts name = split_name("Cẩm");
  EXPECT_EQ(name.family, "");
  EXPECT_EQ(name.middle, "");
  EXPECT_EQ(name.given, "Cẩm");
}

TEST(SplitName, IgnoresExtraSpacesAndNormalizes) {
  NameParts name = split_name("  Nguyễn   Văn  Hie\u0302\u0301u ");
  EXPECT_EQ(name.family, "Nguyễn");
  EXPECT_EQ(name.middle, "Văn");
  EXPECT_EQ(name.given, "Hiếu");
}

TEST(SplitName, EmptyNameHasNoParts) {
  NameParts name = split_name("   ");
  EXPECT_EQ(name.family, "");
  EXPECT_EQ(name.middle, "");
  EXPECT_EQ(name.given, "");
}

TEST(PersonSortKey, SortsByGivenNameFirst) {
  EXPECT_EQ(sorted_by({"Nguyễn Văn Hiếu", "Lê Thị Hồng Cẩm", "Trần Văn An", "Lê Thị Bình", "Phạm Đức Đông",
                       "Hoàng Văn Dũng"},
                      person_sort_key),
            (std::vector<std::string>{"Trần Văn An", "Lê Thị Bình", "Lê Thị Hồng Cẩm", "Hoàng Văn Dũng",
                                      "Phạm Đức Đông", "Nguyễn Văn Hiếu"}));
}

TEST(PersonSortKey, SameGivenNameSortsByMiddleThenFamily) {
  EXPECT_EQ(sorted_by({"Trần Thị Lan", "Phạm Ngọc Lan", "Lê Ngọc Lan", "Vũ Lan"}, person_sort_key),
            (std::vector<std::string>{"Vũ Lan", "Lê Ngọc Lan", "Phạm Ngọc Lan", "Trần Thị Lan"}));
}

TEST(PersonSortKey, ShorterGivenNameComesBeforeItsExtension) {
  EXPECT_LT(person_sort_key("Trần Văn An"), person_sort_key("Lê Anh"));
  EXPECT_LT(person_sort_key("Trần Xuân An"), person_sort_key("Lê Anh"));
}

TEST(PersonSortKey, IgnoresWhiteSpaceAndNormalization) {
  EXPECT_EQ(person_sort_key(" Nguyễn  Văn Hie\u0302\u0301u"), person_sort_key("Nguyễn Văn Hiếu"));
}

TEST(Text, SafeToCallFromManyThreads) {
  std::string expected = person_sort_key("Nguyễn Văn Hiếu");
  std::vector<std::thread> threads;
  std::vector<int> mismatches(8, 0);
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        if (person_sort_key("Nguyễn Văn Hiếu") != expected) ++mismatches[t];
        if (fold("Nguyễn Văn Hiếu") != "nguyen van hieu") ++mismatches[t];
      }
    });
  }
  for (auto& thread : threads) thread.join();
  for (int count : mismatches) EXPECT_EQ(count, 0);
}

}  // namespace
}  // namespace ketnap
