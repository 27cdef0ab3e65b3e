// Name tables and the deterministic generator behind the demo's fictional people.
//
// Family names follow their rough frequency (Nguyễn is about 38% of Vietnamese people);
// ethnic minorities of the northern uplands (Thái, Tày, Mường, Dao, Mông, Sán Dìu, Giáy)
// have family and given names of their own. Every generated person is fictional.
#include <fmt/format.h>

#include <array>
#include <cstdint>
#include <random>
#include <set>
#include <string>

#include "app/demo.hpp"

namespace ketnap::app::demo_detail {
namespace {

struct Weighted {
  std::string_view text;
  int weight;
};

// Kinh family names, northern spelling; `south_names` swaps the southern forms in.
constexpr std::array kinh_families{
    Weighted{"Nguyễn", 380}, Weighted{"Trần", 110}, Weighted{"Lê", 95},   Weighted{"Phạm", 70},
    Weighted{"Hoàng", 50},   Weighted{"Phan", 45},  Weighted{"Vũ", 39},   Weighted{"Đặng", 21},
    Weighted{"Bùi", 20},     Weighted{"Đỗ", 14},    Weighted{"Hồ", 13},   Weighted{"Ngô", 13},
    Weighted{"Dương", 10},   Weighted{"Lý", 5},     Weighted{"Đinh", 8},  Weighted{"Đoàn", 6},
    Weighted{"Trương", 6},   Weighted{"Lương", 5},  Weighted{"Trịnh", 5}, Weighted{"Mai", 4},
    Weighted{"Cao", 4},      Weighted{"Tạ", 3},     Weighted{"Lâm", 3},   Weighted{"Hà", 4},
    Weighted{"Chu", 2},      Weighted{"Kiều", 2},   Weighted{"Vương", 2}, Weighted{"Tô", 2},
};

constexpr std::array<std::string_view, 24> male_middles{
    "Văn",   "Văn",   "Văn",   "Hữu", "Đức",  "Minh", "Quốc", "Thành", "Công", "Xuân", "Ngọc", "Quang",
    "Trung", "Thanh", "Hoàng", "Anh", "Tuấn", "Mạnh", "Duy",  "Hải",   "Tiến", "Đình", "Bá",   "Trọng"};

constexpr std::array<std::string_view, 22> female_middles{
    "Thị",      "Thị",      "Thị",     "Thị Thu", "Thị Thanh", "Thị Hồng", "Thị Ngọc", "Thị Kim",
    "Thị Minh", "Thị Thúy", "Thị Hải", "Thị Lan", "Ngọc",      "Thu",      "Thanh",    "Hồng",
    "Phương",   "Minh",     "Thùy",    "Mai",     "Khánh",     "Bích"};

constexpr std::array<std::string_view, 58> male_givens{
    "Anh",   "Bình",  "Cường", "Dũng",  "Duy",  "Đạt",   "Đức",   "Giang", "Hải",  "Hiếu", "Hòa",   "Hoàng",
    "Hùng",  "Huy",   "Khang", "Khánh", "Khoa", "Kiên",  "Lâm",   "Linh",  "Long", "Lợi",  "Mạnh",  "Minh",
    "Nam",   "Nghĩa", "Nhân",  "Phong", "Phúc", "Quân",  "Quang", "Sơn",   "Tài",  "Tâm",  "Thắng", "Thành",
    "Thịnh", "Toàn",  "Trí",   "Trung", "Tuấn", "Tùng",  "Vinh",  "Việt",  "Vũ",   "Hưng", "Hậu",   "Hiệp",
    "Lộc",   "Tiến",  "Định",  "Chiến", "Công", "Thuận", "Tú",    "Bảo",   "Khải", "Phát"};

constexpr std::array<std::string_view, 52> female_givens{
    "An",   "Anh",  "Ánh",  "Bích", "Chi",   "Dung",  "Duyên", "Giang",  "Hà",    "Hạnh",  "Hằng",
    "Hiền", "Hoa",  "Hồng", "Huệ",  "Hương", "Huyền", "Lan",   "Liên",   "Linh",  "Loan",  "Mai",
    "Minh", "My",   "Nga",  "Ngân", "Ngọc",  "Nhung", "Oanh",  "Phương", "Quyên", "Quỳnh", "Tâm",
    "Thảo", "Thơm", "Thu",  "Thủy", "Thúy",  "Trang", "Trinh", "Tuyết",  "Uyên",  "Vân",   "Vy",
    "Yến",  "Xuân", "Diễm", "Cẩm",  "Lệ",    "Nhàn",  "Sen",   "Lý"};

// Upland minorities keep the Kinh pattern family + Văn/Thị + given name, with family names
// of their own; Mông men carry the middle name "A" and Mông given names.
struct EthnicNames {
  std::string_view ethnicity;
  std::span<const std::string_view> families;
};

constexpr std::array<std::string_view, 13> thai_families{
    "Lò", "Hà", "Cầm", "Lường", "Điêu", "Tòng", "Quàng", "Hoàng", "Vì", "Lù", "Bạc", "Mè", "Sa"};
constexpr std::array<std::string_view, 10> tay_families{"Hoàng", "Nông", "Ma",  "Lục", "Hà",
                                                        "Triệu", "Lý",   "Đàm", "La",  "Lương"};
constexpr std::array<std::string_view, 7> muong_families{"Đinh", "Quách", "Bùi", "Hà", "Xa", "Cao", "Phạm"};
constexpr std::array<std::string_view, 7> dao_families{"Triệu", "Bàn", "Đặng", "Lý", "Phùng", "Chảo", "Tẩn"};
constexpr std::array<std::string_view, 12> mong_families{"Giàng", "Sùng", "Vàng", "Lý",   "Hờ", "Thào",
                                                         "Mùa",   "Lầu",  "Vừ",   "Sình", "Cứ", "Ly"};
constexpr std::array<std::string_view, 6> san_diu_families{"Diệp", "Trương", "Lý", "Tạ", "Đỗ", "Lưu"};
constexpr std::array<std::string_view, 5> giay_families{"Lò", "Vàng", "Hoàng", "Sần", "Lù"};

constexpr std::array ethnic_names{
    EthnicNames{"Thái", thai_families},   EthnicNames{"Tày", tay_families},
    EthnicNames{"Mường", muong_families}, EthnicNames{"Dao", dao_families},
    EthnicNames{"Mông", mong_families},   EthnicNames{"Sán Dìu", san_diu_families},
    EthnicNames{"Giáy", giay_families},
};

constexpr std::array<std::string_view, 14> mong_male_givens{
    "Páo", "Chư", "Dế", "Lử", "Sình", "Tủa", "Chớ", "Pó", "Dua", "Chá", "Lềnh", "Súa", "Nhè", "Của"};
constexpr std::array<std::string_view, 10> mong_female_givens{"Mỷ",  "Dợ", "Pà", "Sua",  "Chía",
                                                              "Mai", "Sy", "Dê", "Pằng", "Lan"};

std::string_view southern(std::string_view family) {
  if (family == "Hoàng") return "Huỳnh";
  if (family == "Vũ") return "Võ";
  return family;
}

// Mobile prefixes of the three big carriers.
constexpr std::array<std::string_view, 20> mobile_prefixes{"091", "094", "088", "098", "097", "096", "086",
                                                           "032", "033", "034", "035", "036", "037", "038",
                                                           "039", "081", "083", "085", "070", "077"};

// Invented village (bản) names in the manner of the Thái villages of the Mường Lò valley.
constexpr std::array<std::string_view, 12> village_heads{"Nà", "Pá",    "Bó",  "Phiêng", "Nậm", "Huổi",
                                                         "Co", "Noong", "Pom", "Búng",   "Tà",  "Khau"};
constexpr std::array<std::string_view, 16> village_tails{"Làng", "Kết",  "Hẹ",   "Sang", "Phát", "Mòn",
                                                         "Đông", "Cưởm", "Lọng", "Pục",  "Xa",   "Lầu",
                                                         "Ban",  "Khá",  "Vai",  "Muông"};

}  // namespace

struct PeopleFactory::Impl {
  explicit Impl(unsigned seed) : rng(seed) {}
  std::mt19937 rng;
  std::set<std::string> used_cccd;
  std::set<std::string, std::less<>> reserved_names;
  std::set<std::string> used_villages;

  // Own arithmetic rather than std::uniform_int_distribution, whose output differs between
  // standard libraries: the demo must be the same everywhere.
  int uniform(int lo, int hi) {
    auto span = static_cast<std::uint64_t>(hi - lo) + 1;
    return lo + static_cast<int>(rng() % span);
  }
  std::string_view weighted(std::span<const Weighted> items) {
    int total = 0;
    for (const auto& item : items) total += item.weight;
    int roll = uniform(0, total - 1);
    for (const auto& item : items) {
      if (roll < item.weight) return item.text;
      roll -= item.weight;
    }
    return items.back().text;
  }
  std::string_view pick(std::span<const std::string_view> items) {
    return items[static_cast<std::size_t>(uniform(0, static_cast<int>(items.size()) - 1))];
  }
};

PeopleFactory::PeopleFactory(unsigned seed) : impl_(std::make_unique<Impl>(seed)) {}
PeopleFactory::~PeopleFactory() = default;

int PeopleFactory::uniform(int lo, int hi) { return impl_->uniform(lo, hi); }

bool PeopleFactory::chance(double p) { return impl_->uniform(0, 999'999) < p * 1'000'000; }

Date PeopleFactory::date_between(Date lo, Date hi) {
  using std::chrono::sys_days;
  auto first = sys_days{lo}.time_since_epoch().count();
  auto last = sys_days{hi}.time_since_epoch().count();
  auto offset = impl_->uniform(0, static_cast<int>(last - first));
  return Date{sys_days{lo} + std::chrono::days{offset}};
}

std::string_view PeopleFactory::pick(std::span<const std::string_view> items) { return impl_->pick(items); }

std::string_view PeopleFactory::ethnicity(std::span<const EthnicShare> mix) {
  int total = 0;
  for (const auto& share : mix) total += share.weight;
  int roll = uniform(0, total - 1);
  for (const auto& share : mix) {
    if (roll < share.weight) return share.ethnicity;
    roll -= share.weight;
  }
  return mix.back().ethnicity;
}

std::string PeopleFactory::full_name(Gender gender, std::string_view ethnicity, bool south) {
  bool male = gender == Gender::nam;
  for (;;) {
    std::string_view family;
    std::string_view middle = male ? pick(male_middles) : pick(female_middles);
    std::string_view given = male ? pick(male_givens) : pick(female_givens);
    if (ethnicity == "Kinh" || ethnicity.empty()) {
      family = impl_->weighted(kinh_families);
      if (south) family = southern(family);
    } else {
      family = impl_->weighted(kinh_families);  // a name of another people falls back to Kinh
      for (const auto& names : ethnic_names)
        if (names.ethnicity == ethnicity) family = pick(names.families);
      middle = male ? (ethnicity == "Mông" ? "A" : "Văn") : "Thị";
      if (ethnicity == "Mông") given = male ? pick(mong_male_givens) : pick(mong_female_givens);
    }
    if (middle.ends_with(given)) continue;  // not "Nguyễn Thị Thu Thu"
    std::string name = fmt::format("{} {} {}", family, middle, given);
    if (!impl_->reserved_names.contains(name)) return name;
  }
}

void PeopleFactory::reserve_name(std::string_view full_name) { impl_->reserved_names.emplace(full_name); }

std::string PeopleFactory::cccd(std::string_view province_code, Gender gender, Date birth_date) {
  int year = static_cast<int>(birth_date.year());
  int century_digit = (year / 100 - 19) * 2 + (gender == Gender::nam ? 0 : 1);
  for (;;) {
    std::string number =
        fmt::format("{}{}{:02}{:06}", province_code, century_digit, year % 100, uniform(0, 999'999));
    if (impl_->used_cccd.insert(number).second) return number;
  }
}

std::string PeopleFactory::mobile_phone() {
  return fmt::format("{}{:07}", pick(mobile_prefixes), uniform(0, 9'999'999));
}

std::string PeopleFactory::village_name() {
  for (;;) {
    std::string name = fmt::format("{} {}", pick(village_heads), pick(village_tails));
    if (impl_->used_villages.insert(name).second) return name;
  }
}

}  // namespace ketnap::app::demo_detail
