// The demo data set, rebuilt from the five seed articles in shared/seeds/:
//   000 Chi bộ Bảo tàng – Thư viện tỉnh, Long An (06/05/2022)
//   001 Chi bộ Ban Tuyên giáo Tỉnh ủy, Điện Biên (06/02/2018)
//   002 Đảng bộ Khối các cơ quan tỉnh, Quảng Ninh (14/01/2021)
//   003 Đảng bộ thị xã Nghĩa Lộ, Yên Bái (07/07/2020)
//   004 Đảng bộ Văn phòng UBND tỉnh (province not named; put in Lai Châu, see below)
// Counts the articles give are matched exactly, on the article's date. Whatever they do not
// say (unit names, people, dates) is invented and plainly fictional. People the articles name
// keep their names and roles; every other detail about them (birth date, CCCD, ...) is invented.
//
// Each chi bộ is described by a plan (how many members, who is named, which admissions fall
// in the period the article speaks of); the people are then invented from the plan by a
// seeded generator, so the data are the same on every run.
#include "app/demo.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <functional>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace ketnap::app {
namespace {

using demo_detail::AdmissionByDossier;
using demo_detail::EthnicShare;
using demo_detail::HistoricClass;
using demo_detail::PeopleFactory;
using demo_detail::Province;

constexpr Date ymd(int y, unsigned m, unsigned d) {
  return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}
Date plus_days(Date date, int days) { return Date{std::chrono::sys_days{date} + std::chrono::days{days}}; }
Date minus_years(Date date, int years) { return add_months(date, -12 * years); }
int age_on(Date birth, Date on) {
  int age = static_cast<int>(on.year()) - static_cast<int>(birth.year());
  if (std::chrono::month_day{on.month(), on.day()} < std::chrono::month_day{birth.month(), birth.day()})
    --age;
  return age;
}
bool is_weekend(Date date) {
  std::chrono::weekday wd{std::chrono::sys_days{date}};
  return wd == std::chrono::Saturday || wd == std::chrono::Sunday;
}

constexpr unsigned demo_seed = 20200707;
// Probation that ended by this day is recognized (R-16: official from the day it ends). A
// fixed day rather than today, so that the demo is the same whenever it is loaded.
constexpr Date recognized_by = ymd(2026, 11, 1);

constexpr std::string_view root_name = "Ban Chấp hành Trung ương";
constexpr std::string_view bao_tang_name = "Chi bộ Bảo tàng – Thư viện tỉnh";

constexpr std::array demo_account_table{
    DemoAccount{"admin", Role::quan_tri, root_name, "Quản trị hệ thống"},
    DemoAccount{"baotang", Role::can_bo, bao_tang_name, "Cán bộ Chi bộ Bảo tàng – Thư viện tỉnh"},
    DemoAccount{"tuyengiao", Role::xem, "Chi bộ Ban Tuyên giáo Tỉnh ủy",
                "Đảng viên Ban Tuyên giáo Tỉnh ủy Điện Biên"},
    DemoAccount{"khoiqn", Role::can_bo, "Đảng bộ Khối các cơ quan tỉnh Quảng Ninh",
                "Cán bộ Ban Tổ chức Đảng ủy Khối"},
    DemoAccount{"nghialo", Role::can_bo, "Đảng bộ thị xã Nghĩa Lộ", "Cán bộ Cơ quan Tổ chức – Nội vụ thị xã"},
    DemoAccount{"hoahue", Role::can_bo, "Chi bộ Trường Mầm non Hoa Huệ",
                "Chi ủy viên Chi bộ Trường Mầm non Hoa Huệ"},
};

// ---- provinces and the people living in them -------------------------------------------

constexpr std::array<std::string_view, 15> long_an_districts{
    "thành phố Tân An", "thị xã Kiến Tường", "huyện Bến Lức",    "huyện Đức Hòa",   "huyện Cần Giuộc",
    "huyện Cần Đước",   "huyện Thủ Thừa",    "huyện Châu Thành", "huyện Tân Trụ",   "huyện Đức Huệ",
    "huyện Thạnh Hóa",  "huyện Tân Thạnh",   "huyện Mộc Hóa",    "huyện Vĩnh Hưng", "huyện Tân Hưng"};
constexpr std::array<std::string_view, 10> dien_bien_districts{
    "thành phố Điện Biên Phủ", "thị xã Mường Lay", "huyện Điện Biên", "huyện Điện Biên Đông",
    "huyện Mường Ảng",         "huyện Tuần Giáo",  "huyện Mường Chà", "huyện Tủa Chùa",
    "huyện Mường Nhé",         "huyện Nậm Pồ"};
constexpr std::array<std::string_view, 13> quang_ninh_districts{
    "thành phố Hạ Long", "thành phố Cẩm Phả", "thành phố Uông Bí", "thành phố Móng Cái", "thị xã Đông Triều",
    "thị xã Quảng Yên",  "huyện Vân Đồn",     "huyện Tiên Yên",    "huyện Hải Hà",       "huyện Đầm Hà",
    "huyện Bình Liêu",   "huyện Ba Chẽ",      "huyện Cô Tô"};
constexpr std::array<std::string_view, 9> yen_bai_districts{
    "thành phố Yên Bái", "thị xã Nghĩa Lộ", "huyện Văn Chấn", "huyện Trạm Tấu", "huyện Mù Cang Chải",
    "huyện Văn Yên",     "huyện Lục Yên",   "huyện Yên Bình", "huyện Trấn Yên"};
constexpr std::array<std::string_view, 8> lai_chau_districts{
    "thành phố Lai Châu", "huyện Tam Đường", "huyện Phong Thổ", "huyện Sìn Hồ",
    "huyện Mường Tè",     "huyện Than Uyên", "huyện Tân Uyên",  "huyện Nậm Nhùn"};

// CCCD province codes: Long An 080, Điện Biên 011, Quảng Ninh 022, Yên Bái 015, Lai Châu 012.
const Province long_an{"tỉnh Long An", "080", long_an_districts, true};
const Province dien_bien{"tỉnh Điện Biên", "011", dien_bien_districts};
const Province quang_ninh{"tỉnh Quảng Ninh", "022", quang_ninh_districts};
const Province yen_bai{"tỉnh Yên Bái", "015", yen_bai_districts};
const Province lai_chau{"tỉnh Lai Châu", "012", lai_chau_districts};

constexpr std::array<EthnicShare, 1> all_kinh{{{"Kinh", 1}}};
constexpr std::array<EthnicShare, 4> dien_bien_mix{{{"Kinh", 70}, {"Thái", 22}, {"Mông", 5}, {"Tày", 3}}};
constexpr std::array<EthnicShare, 4> quang_ninh_mix{{{"Kinh", 92}, {"Tày", 3}, {"Dao", 2}, {"Sán Dìu", 3}}};
// Nghĩa Lộ lies in the Mường Lò valley, homeland of the Thái: Kinh in the town's wards,
// Thái in its villages.
constexpr std::array<EthnicShare, 4> nghia_lo_ward_mix{
    {{"Kinh", 70}, {"Thái", 22}, {"Mường", 4}, {"Tày", 4}}};
constexpr std::array<EthnicShare, 6> nghia_lo_village_mix{
    {{"Thái", 62}, {"Kinh", 24}, {"Mường", 7}, {"Tày", 3}, {"Dao", 2}, {"Mông", 2}}};
constexpr std::array<EthnicShare, 5> lai_chau_mix{
    {{"Kinh", 65}, {"Thái", 20}, {"Giáy", 5}, {"Mông", 5}, {"Dao", 5}}};

struct Population {
  const Province* province = nullptr;
  std::span<const EthnicShare> mix = all_kinh;
  std::string locality;  // where residents of a thôn or tổ dân phố live; empty for workplaces
};

// ---- kinds of chi bộ and the people typical of each -------------------------------------

enum class Kind { office, public_service, school, hospital, police, army, village, street, cooperative };

struct Job {
  std::string_view occupation;
  std::string_view profession;  // chuyên môn, nghiệp vụ
};

constexpr std::array office_jobs{Job{"Công chức", "Đại học Luật"},
                                 Job{"Công chức", "Đại học Kinh tế"},
                                 Job{"Công chức", "Đại học Hành chính"},
                                 Job{"Công chức", "Thạc sĩ Quản lý công"},
                                 Job{"Công chức", "Đại học Tài chính – Kế toán"},
                                 Job{"Công chức", "Đại học Xây dựng"},
                                 Job{"Công chức", "Đại học Sư phạm"},
                                 Job{"Công chức", "Đại học Công nghệ thông tin"},
                                 Job{"Công chức", "Thạc sĩ Kinh tế"},
                                 Job{"Công chức", "Đại học Báo chí"}};
constexpr std::array public_service_jobs{
    Job{"Viên chức", "Đại học Văn hóa"},         Job{"Viên chức", "Đại học Thư viện – Thông tin"},
    Job{"Viên chức", "Đại học Lịch sử"},         Job{"Viên chức", "Cao đẳng Văn hóa Nghệ thuật"},
    Job{"Viên chức", "Đại học Kế toán"},         Job{"Viên chức", "Đại học Thể dục thể thao"},
    Job{"Viên chức", "Thạc sĩ Quản lý văn hóa"}, Job{"Viên chức", "Trung cấp Văn thư lưu trữ"}};
constexpr std::array school_jobs{
    Job{"Giáo viên", "Đại học Sư phạm Mầm non"},  Job{"Giáo viên", "Cao đẳng Sư phạm Mầm non"},
    Job{"Giáo viên", "Đại học Sư phạm Tiểu học"}, Job{"Giáo viên", "Đại học Sư phạm Toán"},
    Job{"Giáo viên", "Đại học Sư phạm Ngữ văn"},  Job{"Nhân viên kế toán", "Trung cấp Kế toán"}};
constexpr std::array hospital_jobs{
    Job{"Bác sĩ", "Bác sĩ đa khoa"},          Job{"Bác sĩ", "Bác sĩ chuyên khoa I"},
    Job{"Điều dưỡng", "Cao đẳng Điều dưỡng"}, Job{"Điều dưỡng", "Đại học Điều dưỡng"},
    Job{"Dược sĩ", "Đại học Dược"},           Job{"Kỹ thuật viên xét nghiệm", "Cao đẳng Xét nghiệm"},
    Job{"Hộ sinh", "Cao đẳng Hộ sinh"}};
constexpr std::array police_jobs{Job{"Công an nhân dân", "Đại học An ninh nhân dân"},
                                 Job{"Công an nhân dân", "Đại học Cảnh sát nhân dân"},
                                 Job{"Công an nhân dân", "Trung cấp Cảnh sát nhân dân"}};
constexpr std::array army_jobs{Job{"Quân nhân", "Đại học Chính trị"}, Job{"Quân nhân", "Sĩ quan Lục quân"},
                               Job{"Quân nhân", "Trung cấp Quân sự"}};
constexpr std::array village_jobs{
    Job{"Nông dân", ""}, Job{"Nông dân", ""},       Job{"Nông dân", "Trung cấp Nông nghiệp"},
    Job{"Hưu trí", ""},  Job{"Cựu chiến binh", ""}, Job{"Kinh doanh", ""}};
constexpr std::array street_jobs{
    Job{"Hưu trí", ""},        Job{"Hưu trí", "Trung cấp Kế toán"}, Job{"Kinh doanh", ""},
    Job{"Lao động tự do", ""}, Job{"Công nhân", "Trung cấp nghề"},  Job{"Hưu trí", "Đại học Sư phạm"}};
constexpr std::array cooperative_jobs{Job{"Thành viên hợp tác xã", ""},
                                      Job{"Thành viên hợp tác xã", "Trung cấp Nông nghiệp"}};

struct Profile {
  double female;               // share of women
  int youngest, oldest;        // age on the article's date
  int admit_min, admit_max;    // age at the ceremony of long-standing members
  int recent_min, recent_max;  // age at the ceremony of recent admissions
  bool workplace;              // trade union, political theory, no residence group
  std::span<const Job> jobs;
};

const Profile& profile(Kind kind) {
  static const std::array<Profile, 9> profiles{{
      {0.45, 25, 59, 22, 42, 23, 35, true, office_jobs},
      {0.55, 25, 59, 22, 42, 23, 35, true, public_service_jobs},
      {0.90, 24, 57, 21, 40, 22, 33, true, school_jobs},
      {0.60, 25, 59, 22, 40, 23, 35, true, hospital_jobs},
      {0.12, 23, 55, 20, 35, 20, 30, true, police_jobs},
      {0.05, 23, 55, 19, 35, 19, 28, true, army_jobs},
      {0.35, 22, 88, 19, 50, 19, 40, false, village_jobs},
      {0.40, 22, 90, 19, 50, 20, 42, false, street_jobs},
      {0.30, 25, 65, 22, 45, 22, 40, false, cooperative_jobs},
  }};
  return profiles[static_cast<std::size_t>(kind)];
}

Kind kind_of(OrgCategory category) {
  switch (category) {
    case OrgCategory::thon_ban:
      return Kind::village;
    case OrgCategory::to_dan_pho:
      return Kind::street;
    case OrgCategory::don_vi_su_nghiep:
      return Kind::public_service;
    case OrgCategory::truong_hoc:
      return Kind::school;
    case OrgCategory::luc_luong_vu_trang:
      return Kind::police;
    case OrgCategory::hop_tac_xa:
      return Kind::cooperative;
    default:
      return Kind::office;
  }
}

// ---- plans: who the members of one chi bộ are ------------------------------------------

// The moment an article describes and the period its "admitted since ..." speaks of.
struct Era {
  Date as_of;         // the article's date: counts and ages hold on this day
  Date older_before;  // long-standing members were admitted before this day
  Date window_from;   // recent admissions: [window_from, window_to]
  Date window_to;
};

// Someone the article names.
struct NamedMember {
  std::string_view full_name;
  Gender gender;
  std::optional<Date> ceremony_on;  // admission the article dates; otherwise long-standing
  std::string_view occupation = {};
  std::string_view ethnicity = {};
};

struct TemporaryTransfer {  // T-2: sinh hoạt tạm thời elsewhere, still a member here
  Date from;
  Date until;
  std::string_view note;
  std::string_view political_theory = {};  // the member's level, when the reason implies it
};

struct SizeRange {
  int lo;
  int hi;
};

// An admission of a historic class, made by its dossier's ceremony (demo_dossiers.cpp).
struct DossierAdmission {
  HistoricClass of;
  Date ceremony;
};

struct ChiBoPlan {
  OrgId org;
  Kind kind = Kind::office;
  Population population;
  Era era;
  SizeRange range{5, 20};
  std::vector<NamedMember> named;
  std::vector<Date> pinned;               // fictional admissions on these ceremony days
  std::vector<DossierAdmission> by_dossier;  // admissions that demo_dossiers.cpp records in full
  int size = 0;                           // members on era.as_of, named and pinned included
  int recent = 0;                         // further fictional admissions inside the era's window
  bool recent_fixed = false;              // the article fixes `recent`; spreading leaves it alone
  int quan_chung = 0;                     // people kept in the chi bộ who are not members
  std::optional<TemporaryTransfer> away;  // given to the first long-standing member
  std::function<void(Person&)> touch;     // last adjustments to each member invented
};

// A write the Service refused. The demo's data are fixed, so a refusal is a bug in them
// (or in the Service): it unwinds to the transaction, which returns it as the Error it was.
struct Refused {
  Error error;
};

template <class T>
T must(Result<T> result) {
  if (!result) throw Refused{std::move(result.error())};
  return std::move(*result);
}

// Sizes within each range adding up to `total` exactly.
std::vector<int> sizes_adding_up(std::span<const SizeRange> ranges, int total, PeopleFactory& f) {
  int lo_sum = 0, hi_sum = 0;
  for (const auto& r : ranges) {
    lo_sum += r.lo;
    hi_sum += r.hi;
  }
  if (total < lo_sum || total > hi_sum) throw std::logic_error("demo: member total out of range");
  std::vector<int> sizes;
  int sum = 0;
  for (const auto& r : ranges) sum += sizes.emplace_back(f.uniform(r.lo, r.hi));
  while (sum != total) {
    auto i = static_cast<std::size_t>(f.uniform(0, static_cast<int>(sizes.size()) - 1));
    int step = sum < total ? 1 : -1;
    if (sizes[i] + step < ranges[i].lo || sizes[i] + step > ranges[i].hi) continue;
    sizes[i] += step;
    sum += step;
  }
  return sizes;
}

void set_sizes(std::span<ChiBoPlan* const> plans, int total, PeopleFactory& f) {
  std::vector<SizeRange> ranges;
  for (const ChiBoPlan* plan : plans) ranges.push_back(plan->range);
  auto sizes = sizes_adding_up(ranges, total, f);
  for (std::size_t i = 0; i < plans.size(); ++i) plans[i]->size = sizes[i];
}

// How many more recent admissions a chi bộ can take: at most half of its members are new.
int recent_room(const ChiBoPlan& plan) {
  if (plan.recent_fixed) return 0;
  int named_recent = static_cast<int>(
      std::ranges::count_if(plan.named, [](const NamedMember& m) { return m.ceremony_on.has_value(); }));
  int fixed = named_recent + static_cast<int>(plan.pinned.size() + plan.by_dossier.size()) + plan.recent;
  return std::max(0, plan.size / 2 - fixed);
}

// Spreads `count` admissions over the plans, larger chi bộ taking more; each lands in
// `add(plan)`.
void spread(std::span<ChiBoPlan* const> plans, int count, PeopleFactory& f,
            const std::function<void(ChiBoPlan&)>& add) {
  int room = 0;
  for (const ChiBoPlan* plan : plans) room += recent_room(*plan);
  if (room < count) throw std::logic_error("demo: too many admissions for the chi bộ");
  while (count > 0) {
    int total = 0;
    for (const ChiBoPlan* plan : plans) total += plan->size;
    int roll = f.uniform(0, total - 1);
    for (ChiBoPlan* plan : plans) {
      if (roll >= plan->size) {
        roll -= plan->size;
        continue;
      }
      if (recent_room(*plan) > 0) {
        add(*plan);
        --count;
      }
      break;
    }
  }
}

// ---- the loader: every write goes through Writer -------------------------------------------

class Loader {
 public:
  Loader(Writer& writer, DemoSummary& summary, std::vector<AdmissionByDossier>& admissions)
      : w_(writer), summary_(summary), admissions_(admissions), f_(demo_seed) {}

  PeopleFactory& factory() { return f_; }

  OrgId org(std::optional<OrgId> parent, std::string name, OrgType type, Date established,
            OrgCategory category = OrgCategory::none, std::optional<int> staff = {}) {
    NewOrg spec{.parent = parent,
                .name = std::move(name),
                .type = type,
                .category = category,
                .staff_count = staff,
                .established_on = established};
    Org created = must(w_.create_org(spec));
    ++summary_.orgs;
    return created.id;
  }

  void reserve(std::span<const NamedMember> named) {
    for (const auto& m : named) f_.reserve_name(m.full_name);
  }

  // Invents (or, for the named, completes) every person of a plan, members first.
  void people(const ChiBoPlan& plan) {
    int older =
        plan.size - static_cast<int>(plan.named.size() + plan.pinned.size() + plan.by_dossier.size()) - plan.recent;
    if (older < 0) throw std::logic_error("demo: a chi bộ has more admissions than members");
    for (const NamedMember& named : plan.named) {
      Date ceremony = named.ceremony_on ? *named.ceremony_on : Date{};
      Person person = named.ceremony_on ? recent_person(plan, named.gender, ceremony)
                                        : older_person(plan, named.gender, ceremony);
      person.full_name = named.full_name;
      if (!named.occupation.empty()) person.occupation = named.occupation;
      // The article gives no ethnicity; the names are Kinh names unless the plan says otherwise.
      person.ethnicity = named.ethnicity.empty() ? "Kinh" : named.ethnicity;
      member(plan, std::move(person), ceremony, {});
    }
    for (Date ceremony : plan.pinned) member(plan, recent_person(plan, gender(plan), ceremony), ceremony, {});
    for (const DossierAdmission& a : plan.by_dossier) {
      Person person = recent_person(plan, gender(plan), a.ceremony);
      // Their introducers are chosen by their age at the chi bộ's meeting, months before.
      person.youth_union = age_on(person.birth_date, a.ceremony) <= 30;
      if (plan.touch) plan.touch(person);
      admissions_.push_back({a.of, add_person(std::move(person)), plan.org, a.ceremony});
    }
    for (int i = 0; i < plan.recent; ++i) {
      Date ceremony = working_day(plan.era.window_from, plan.era.window_to);
      member(plan, recent_person(plan, gender(plan), ceremony), ceremony, {});
    }
    for (int i = 0; i < older; ++i) {
      Date ceremony;
      Person person = older_person(plan, gender(plan), ceremony);
      member(plan, std::move(person), ceremony, i == 0 ? plan.away : std::nullopt);
    }
    for (int i = 0; i < plan.quan_chung; ++i) {
      int age = f_.uniform(profile(plan.kind).recent_min, profile(plan.kind).recent_max);
      Date birth = plus_days(minus_years(plan.era.as_of, age), -f_.uniform(0, 364));
      Person person = invent(plan, gender(plan), birth);
      person.political_theory.clear();
      add_person(std::move(person));
    }
  }

  void user(const DemoAccount& account, OrgId org) {
    must(w_.add_user(NewUser{.username = std::string(account.username),
                             .password = std::string(demo_password),
                             .role = account.role,
                             .org = org,
                             .full_name = std::string(account.full_name)}));
    ++summary_.users;
  }

 private:
  Gender gender(const ChiBoPlan& plan) {
    return f_.chance(profile(plan.kind).female) ? Gender::nu : Gender::nam;
  }

  Date working_day(Date lo, Date hi) {
    for (int tries = 0; tries < 20; ++tries) {
      Date day = f_.date_between(lo, hi);
      if (!is_weekend(day)) return day;
    }
    return lo;
  }

  // Admitted inside the window: young at the ceremony.
  Person recent_person(const ChiBoPlan& plan, Gender g, Date ceremony) {
    const Profile& p = profile(plan.kind);
    int age = f_.uniform(p.recent_min, p.recent_max);
    Date birth = plus_days(minus_years(ceremony, age), -f_.uniform(0, 364));
    return invent(plan, g, birth);
  }

  // A long-standing member: born so as to be `youngest`..`oldest` on the article's date,
  // admitted at `admit_min`..`admit_max` and before the window. Sets `ceremony`.
  Person older_person(const ChiBoPlan& plan, Gender g, Date& ceremony) {
    const Profile& p = profile(plan.kind);
    Date last = plus_days(plan.era.older_before, -1);
    for (int tries = 0; tries < 100; ++tries) {
      Date birth =
          f_.date_between(minus_years(plan.era.as_of, p.oldest), minus_years(plan.era.as_of, p.youngest));
      Date lo = minus_years(birth, -p.admit_min);
      Date hi = std::min(minus_years(birth, -p.admit_max), last);
      if (lo > hi) continue;
      ceremony = working_day(lo, hi);
      return invent(plan, g, birth);
    }
    throw std::logic_error("demo: no admission date fits a long-standing member");
  }

  std::string place(const Province& province) {
    return fmt::format("{}, {}", f_.pick(province.districts), province.name);
  }

  Person invent(const ChiBoPlan& plan, Gender g, Date birth) {
    const Profile& p = profile(plan.kind);
    const Province& province = *plan.population.province;
    int age = age_on(birth, plan.era.as_of);
    int born = static_cast<int>(birth.year());
    Person person;
    person.org = plan.org;
    person.gender = g;
    person.birth_date = birth;
    person.ethnicity = std::string(f_.ethnicity(plan.population.mix));
    person.full_name = f_.full_name(g, person.ethnicity, province.south);
    person.birthplace = place(province);
    person.hometown = f_.chance(0.7) ? person.birthplace : place(province);
    person.residence = plan.population.locality.empty()
                           ? place(province)
                           : fmt::format("{}, {}", plan.population.locality, province.name);
    person.cccd = f_.cccd(province.cccd_code, g, birth);
    // The North taught ten grades until the 1980s; many older villagers left school early.
    bool ten_grades = !province.south && born < 1973;
    if (p.workplace) {
      person.education_general = ten_grades ? "10/10" : "12/12";
    } else {
      static constexpr std::array<std::string_view, 4> old_north{"7/10", "10/10", "10/10", "5/10"};
      static constexpr std::array<std::string_view, 3> young{"12/12", "12/12", "9/12"};
      person.education_general = ten_grades ? f_.pick(old_north) : f_.pick(young);
    }
    const Job* job = nullptr;
    for (int tries = 0; tries < 10; ++tries) {  // no one retires at thirty
      job = &p.jobs[static_cast<std::size_t>(f_.uniform(0, static_cast<int>(p.jobs.size()) - 1))];
      bool too_young =
          (job->occupation == "Hưu trí" && age < 55) || (job->occupation == "Cựu chiến binh" && age < 40);
      if (!too_young) break;
    }
    person.occupation = job->occupation;
    person.education_professional = job->profession;
    if (p.workplace) {
      int roll = f_.uniform(0, 99);
      if (age >= 45)
        person.political_theory = roll < 15 ? "Cao cấp" : roll < 70 ? "Trung cấp" : "Sơ cấp";
      else if (age >= 35)
        person.political_theory = roll < 35 ? "Trung cấp" : "Sơ cấp";
      else
        person.political_theory = "Sơ cấp";
    } else {
      person.political_theory = f_.chance(0.7) ? "Sơ cấp" : "";
    }
    person.youth_union = age <= 30;
    person.trade_union = p.workplace && plan.kind != Kind::police && plan.kind != Kind::army;
    if (f_.chance(0.85)) person.phone = f_.mobile_phone();
    return person;
  }

  PersonId add_person(Person person) {
    Person created = must(w_.create_person(std::move(person)));
    ++summary_.people;
    return created.id;
  }

  void member(const ChiBoPlan& plan, Person person, Date ceremony,
              const std::optional<TemporaryTransfer>& away) {
    if (plan.touch) plan.touch(person);
    if (away && !away->political_theory.empty()) person.political_theory = away->political_theory;
    Membership m;
    m.person = add_person(std::move(person));
    m.org = plan.org;
    m.ceremony_on = ceremony;
    m.decision_on = plus_days(ceremony, -f_.uniform(7, 28));
    while (is_weekend(m.decision_on)) m.decision_on = plus_days(m.decision_on, -1);
    if (Date end = probation_end(ceremony); end <= recognized_by) m.official_on = end;
    if (away) {
      m.temporary_from = away->from;
      m.temporary_until = away->until;
      m.temporary_note = away->note;
    }
    must(w_.add_membership(std::move(m)));
    ++summary_.members;
  }

  Writer& w_;
  DemoSummary& summary_;
  std::vector<AdmissionByDossier>& admissions_;
  PeopleFactory f_;
};

// Pointers to plans, for the helpers that work on a group of them.
std::vector<ChiBoPlan*> pointers(std::vector<ChiBoPlan>& plans) {
  std::vector<ChiBoPlan*> out;
  for (auto& plan : plans) out.push_back(&plan);
  return out;
}

// ---- seed 000: Chi bộ Bảo tàng – Thư viện tỉnh, Long An, 06/05/2022 -------------------------

constexpr Era long_an_era{.as_of = ymd(2022, 5, 6),
                          .older_before = ymd(2019, 12, 1),
                          .window_from = ymd(2019, 12, 1),
                          .window_to = ymd(2022, 5, 6)};

struct Group {  // a tổ đảng and its members
  std::string_view name;
  int members;
  std::vector<NamedMember> named;
};

// "36 đảng viên, trong đó có 3 đảng viên dự bị, 1 đảng viên chuyển đảng tạm thời do tham gia học
// Lớp Cao cấp lý luận chính trị tập trung; gồm 4 tổ đảng". The six admissions are the
// article's; which tổ each new member belongs to is invented. On 06/05/2022 the three
// admitted in 2022 are still on probation; the others' probation has ended.
std::vector<Group> bao_tang_groups() {
  return {
      {"Tổ đảng Văn phòng", 9, {{"Nguyễn Văn Hiếu", Gender::nam, ymd(2022, 2, 24)}}},
      {"Tổ đảng Thư viện",
       10,
       {{"Azid Giàu", Gender::nam, ymd(2020, 12, 11), {}, "Chăm"},  // ethnicity guessed from the name
        {"Lê Thị Hồng Cẩm", Gender::nu, ymd(2022, 4, 20)}}},
      {"Tổ đảng Di tích",
       9,
       {{"Trần Trung Nghĩa", Gender::nam, ymd(2019, 12, 23)},
        {"Lê Thị Hồng Diễm", Gender::nu, ymd(2022, 4, 20)}}},
      {"Tổ đảng Di tích căn cứ cách mạng tỉnh", 8, {{"Nguyễn Hữu Thuận", Gender::nam, ymd(2020, 12, 11)}}},
  };
}

void load_long_an(Loader& l, OrgId root, std::map<std::string_view, OrgId>& accounts) {
  OrgId province = l.org(root, "Đảng bộ tỉnh Long An", OrgType::dang_bo_tinh, ymd(1976, 1, 1));
  OrgId khoi = l.org(province, "Đảng bộ Khối các cơ quan tỉnh Long An", OrgType::dang_bo_cap_tren_co_so,
                     ymd(2008, 1, 1));
  // The article is published by the Sở Văn hóa, Thể thao và Du lịch, the museum's host.
  OrgId so = l.org(khoi, "Đảng bộ Sở Văn hóa, Thể thao và Du lịch", OrgType::dang_bo_co_so, ymd(2008, 4, 1),
                   OrgCategory::co_quan_hanh_chinh);
  // Museum and library were merged under the province's "đề án 02" (the article mentions the
  // merger); 52 staff is our figure.
  OrgId chi_bo = l.org(so, std::string(bao_tang_name), OrgType::chi_bo_truc_thuoc, ymd(2018, 1, 1),
                       OrgCategory::don_vi_su_nghiep, 52);
  accounts["baotang"] = chi_bo;

  Population people{.province = &long_an};
  bool away_given = false;
  for (auto& group : bao_tang_groups()) {
    l.reserve(group.named);
    ChiBoPlan plan{.org = l.org(chi_bo, std::string(group.name), OrgType::to_dang, ymd(2018, 1, 1)),
                   .kind = Kind::public_service,
                   .population = people,
                   .era = long_an_era,
                   .named = group.named,
                   .size = group.members};
    if (!away_given) {
      // Lớp Cao cấp lý luận chính trị tập trung: about nine months of full-time study (T-2).
      // Only a member who holds the intermediate level (trung cấp) is sent to that class.
      plan.away = TemporaryTransfer{ymd(2021, 10, 18), ymd(2022, 7, 29),
                                    "Học Lớp Cao cấp lý luận chính trị tập trung", "Trung cấp"};
      away_given = true;
    }
    l.people(plan);
  }

  // Other chi bộ of the Sở, so that the đảng bộ is more than the museum (invented).
  struct Sibling {
    std::string_view name;
    OrgCategory category;
    int members;
  };
  constexpr std::array siblings{
      Sibling{"Chi bộ Văn phòng Sở", OrgCategory::co_quan_hanh_chinh, 14},
      Sibling{"Chi bộ Trung tâm Văn hóa – Điện ảnh tỉnh", OrgCategory::don_vi_su_nghiep, 11},
      Sibling{"Chi bộ Trung tâm Huấn luyện và Thi đấu thể dục thể thao", OrgCategory::don_vi_su_nghiep, 9}};
  for (const auto& s : siblings) {
    ChiBoPlan plan{
        .org = l.org(so, std::string(s.name), OrgType::chi_bo_truc_thuoc, ymd(2008, 4, 1), s.category),
        .kind = kind_of(s.category),
        .population = people,
        .era = {long_an_era.as_of, long_an_era.as_of, long_an_era.as_of, long_an_era.as_of},
        .size = s.members};
    l.people(plan);
  }
}

// ---- seed 001: Chi bộ Ban Tuyên giáo Tỉnh ủy, Điện Biên, 06/02/2018 ------------------------

// "23 đảng viên/25 cán bộ, viên chức"; since the 2015–2020 congress "đã kết nạp được 04 đảng viên
// mới", one of whom received the decision on 05/02/2018 from the secretary, Nguyễn Đức Vượng.
// The congress date is not given: we take 01/07/2015.
void load_dien_bien(Loader& l, OrgId root, std::map<std::string_view, OrgId>& accounts) {
  OrgId province = l.org(root, "Đảng bộ tỉnh Điện Biên", OrgType::dang_bo_tinh, ymd(2004, 1, 1));
  OrgId khoi = l.org(province, "Đảng bộ Khối các cơ quan tỉnh Điện Biên", OrgType::dang_bo_cap_tren_co_so,
                     ymd(2004, 3, 1));
  OrgId chi_bo = l.org(khoi, "Chi bộ Ban Tuyên giáo Tỉnh ủy", OrgType::chi_bo_co_so, ymd(2004, 1, 1),
                       OrgCategory::co_quan_hanh_chinh, 25);
  accounts["tuyengiao"] = chi_bo;
  ChiBoPlan plan{.org = chi_bo,
                 .kind = Kind::office,
                 .population = {.province = &dien_bien, .mix = dien_bien_mix},
                 .era = {.as_of = ymd(2018, 2, 6),
                         .older_before = ymd(2015, 7, 1),
                         .window_from = ymd(2015, 7, 1),
                         .window_to = ymd(2017, 12, 31)},
                 .named = {{"Nguyễn Đức Vượng", Gender::nam, {}, "Trưởng Ban Tuyên giáo Tỉnh ủy"}},
                 .pinned = {ymd(2018, 2, 5)},
                 .size = 23,
                 .recent = 3,
                 .quan_chung = 2};
  l.reserve(plan.named);
  l.people(plan);
}

// ---- seed 002: Đảng bộ Khối các cơ quan tỉnh Quảng Ninh, 14/01/2021 ------------------------

struct Unit {
  std::string_view name;
  OrgCategory category = OrgCategory::none;  // none: the parent's
};
constexpr OrgCategory sn = OrgCategory::don_vi_su_nghiep;

constexpr std::array office_units{Unit{"Văn phòng"},
                                  Unit{"Phòng Tổ chức cán bộ"},
                                  Unit{"Phòng Kế hoạch – Tài chính"},
                                  Unit{"Thanh tra"},
                                  Unit{"Phòng Pháp chế"},
                                  Unit{"Phòng Tổng hợp"},
                                  Unit{"Phòng Quản lý chuyên ngành"},
                                  Unit{"Phòng Nghiệp vụ 1"},
                                  Unit{"Phòng Nghiệp vụ 2"},
                                  Unit{"Phòng Nghiệp vụ 3"},
                                  Unit{"Phòng Kiểm tra"},
                                  Unit{"Phòng Hợp tác"},
                                  Unit{"Phòng Công nghệ thông tin"},
                                  Unit{"Phòng Thẩm định"},
                                  Unit{"Trung tâm Thông tin", sn},
                                  Unit{"Trung tâm Dịch vụ", sn}};
constexpr std::array court_units{Unit{"Văn phòng"},
                                 Unit{"Tòa Hình sự"},
                                 Unit{"Tòa Dân sự"},
                                 Unit{"Tòa Hành chính"},
                                 Unit{"Tòa Kinh tế"},
                                 Unit{"Tòa Gia đình và người chưa thành niên"},
                                 Unit{"Tòa Lao động"},
                                 Unit{"Phòng Giám đốc kiểm tra"},
                                 Unit{"Phòng Tổ chức – Thanh tra"},
                                 Unit{"Phòng Kế hoạch – Tài chính"}};
constexpr std::array culture_units{// seed 002: "Chi bộ Thư viện tỉnh (Đảng bộ Sở VH&TT)"
                                   Unit{"Văn phòng Sở"},
                                   Unit{"Thư viện tỉnh", sn},
                                   Unit{"Bảo tàng tỉnh", sn},
                                   Unit{"Trung tâm Huấn luyện và Thi đấu thể dục thể thao", sn},
                                   Unit{"Đoàn Nghệ thuật tỉnh", sn},
                                   Unit{"Ban Quản lý di tích tỉnh", sn},
                                   Unit{"Phòng Quản lý văn hóa"},
                                   Unit{"Phòng Quản lý thể dục thể thao"},
                                   Unit{"Phòng Kế hoạch – Tài chính"}};
constexpr std::array media_units{Unit{"Ban Thời sự"},
                                 Unit{"Ban Chuyên đề"},
                                 Unit{"Ban Biên tập báo in"},
                                 Unit{"Ban Điện tử"},
                                 Unit{"Ban Văn nghệ"},
                                 Unit{"Ban Kỹ thuật"},
                                 Unit{"Phòng Hành chính – Tổ chức"},
                                 Unit{"Phòng Kế hoạch – Tài chính"},
                                 Unit{"Ban Thư ký tòa soạn"},
                                 Unit{"Ban Dịch vụ – Quảng cáo"},
                                 Unit{"Ban Phóng viên"},
                                 Unit{"Ban Truyền hình"}};
constexpr std::array university_units{Unit{"Khoa Sư phạm"},
                                      Unit{"Khoa Ngoại ngữ"},
                                      Unit{"Khoa Du lịch"},
                                      Unit{"Khoa Văn hóa"},
                                      Unit{"Khoa Nghệ thuật"},
                                      Unit{"Khoa Môi trường"},
                                      Unit{"Khoa Công nghệ thông tin"},
                                      Unit{"Khoa Thủy sản"},
                                      Unit{"Khoa Khoa học cơ bản"},
                                      Unit{"Khoa Lý luận chính trị"},
                                      Unit{"Phòng Đào tạo"},
                                      Unit{"Phòng Tổ chức – Hành chính"},
                                      Unit{"Phòng Quản lý khoa học và Hợp tác quốc tế"},
                                      Unit{"Phòng Kế hoạch – Tài chính"},
                                      Unit{"Phòng Công tác sinh viên"},
                                      Unit{"Trung tâm Thông tin – Thư viện"},
                                      Unit{"Trung tâm Ngoại ngữ – Tin học"},
                                      Unit{"Trường Mầm non Thực hành"}};
constexpr std::array college_units{Unit{"Phòng Đào tạo"},
                                   Unit{"Phòng Tổ chức – Hành chính"},
                                   Unit{"Phòng Kế hoạch – Tài chính"},
                                   Unit{"Khoa Khoa học cơ bản"},
                                   Unit{"Khoa Chuyên môn"},
                                   Unit{"Trung tâm Thông tin – Thư viện"}};
constexpr std::array political_school_units{Unit{"Khoa Xây dựng Đảng"}, Unit{"Khoa Nhà nước và Pháp luật"},
                                            Unit{"Khoa Lý luận cơ sở"}, Unit{"Khoa Dân vận"},
                                            Unit{"Phòng Tổ chức – Hành chính"}};
constexpr std::array hospital_units{Unit{"Khoa Khám bệnh"},
                                    Unit{"Khoa Hồi sức tích cực – Chống độc"},
                                    Unit{"Khoa Nội tổng hợp"},
                                    Unit{"Khoa Ngoại tổng hợp"},
                                    Unit{"Khoa Sản"},
                                    Unit{"Khoa Nhi"},
                                    Unit{"Khoa Truyền nhiễm"},
                                    Unit{"Khoa Xét nghiệm"},
                                    Unit{"Khoa Chẩn đoán hình ảnh"},
                                    Unit{"Khoa Dược"},
                                    Unit{"Phòng Hành chính – Quản trị"},
                                    Unit{"Phòng Kế hoạch tổng hợp"},
                                    Unit{"Khoa Gây mê hồi sức"},
                                    Unit{"Khoa Y học cổ truyền"}};
constexpr std::array disease_control_units{Unit{"Khoa Kiểm soát bệnh truyền nhiễm"}, Unit{"Khoa Dinh dưỡng"},
                                           Unit{"Khoa Xét nghiệm"}, Unit{"Phòng Kế hoạch – Nghiệp vụ"},
                                           Unit{"Phòng Tổ chức – Hành chính"}};
constexpr std::array care_units{Unit{"Phòng Hành chính – Tổng hợp"}, Unit{"Phòng Công tác xã hội"},
                                Unit{"Phòng Y tế – Phục hồi chức năng"}};
constexpr std::array tax_units{Unit{"Đội Kiểm tra thuế số 1"},
                               Unit{"Đội Kiểm tra thuế số 2"},
                               Unit{"Đội Tuyên truyền – Hỗ trợ người nộp thuế"},
                               Unit{"Đội Hành chính – Nhân sự – Tài vụ"},
                               Unit{"Đội Quản lý nợ"},
                               Unit{"Đội Kê khai – Kế toán thuế"}};
constexpr std::array customs_units{Unit{"Đội Nghiệp vụ"}, Unit{"Đội Kiểm soát Hải quan"},
                                   Unit{"Đội Tổng hợp"}, Unit{"Đội Thủ tục hàng hóa xuất nhập khẩu"},
                                   Unit{"Đội Quản lý thuế"}};
constexpr std::array forest_units{Unit{"Văn phòng Chi cục"}, Unit{"Phòng Quản lý bảo vệ rừng"},
                                  Unit{"Đội Kiểm lâm cơ động số 1"}, Unit{"Đội Kiểm lâm cơ động số 2"},
                                  Unit{"Phòng Thanh tra – Pháp chế"}};
constexpr std::array irrigation_units{Unit{"Văn phòng Chi cục"}, Unit{"Phòng Quản lý công trình"},
                                      Unit{"Phòng Phòng chống thiên tai"}};

struct SubSpec {  // a đảng bộ bộ phận and its chi bộ
  std::string_view name;
  int chi_bo;
  Kind kind;
  std::span<const Unit> units;
};

constexpr std::array agriculture_subs{
    SubSpec{"Đảng bộ bộ phận Chi cục Kiểm lâm", 5, Kind::office, forest_units},
    SubSpec{"Đảng bộ bộ phận Chi cục Thủy lợi", 3, Kind::office, irrigation_units}};
constexpr std::array labour_subs{
    SubSpec{"Đảng bộ bộ phận Trung tâm Bảo trợ xã hội", 3, Kind::public_service, care_units},
    SubSpec{"Đảng bộ bộ phận Trung tâm Điều dưỡng người có công", 3, Kind::public_service, care_units}};
constexpr std::array health_subs{
    SubSpec{"Đảng bộ bộ phận Bệnh viện Đa khoa tỉnh", 12, Kind::hospital, hospital_units},
    SubSpec{"Đảng bộ bộ phận Bệnh viện Sản Nhi", 8, Kind::hospital, hospital_units},
    SubSpec{"Đảng bộ bộ phận Bệnh viện Lao và Phổi", 4, Kind::hospital, hospital_units},
    SubSpec{"Đảng bộ bộ phận Trung tâm Kiểm soát bệnh tật tỉnh", 5, Kind::hospital, disease_control_units}};
constexpr std::array tax_subs{
    SubSpec{"Đảng bộ bộ phận Chi cục Thuế khu vực Hạ Long", 6, Kind::office, tax_units},
    SubSpec{"Đảng bộ bộ phận Chi cục Thuế khu vực Cẩm Phả", 4, Kind::office, tax_units},
    SubSpec{"Đảng bộ bộ phận Chi cục Thuế khu vực Uông Bí", 4, Kind::office, tax_units}};
constexpr std::array customs_subs{
    SubSpec{"Đảng bộ bộ phận Chi cục Hải quan cửa khẩu Móng Cái", 5, Kind::office, customs_units},
    SubSpec{"Đảng bộ bộ phận Chi cục Hải quan cảng Cái Lân", 4, Kind::office, customs_units},
    SubSpec{"Đảng bộ bộ phận Chi cục Hải quan cảng Cẩm Phả", 4, Kind::office, customs_units}};

// One tổ chức cơ sở đảng of the khối: a đảng bộ cơ sở with its chi bộ trực thuộc (some of
// them branches in the districts, some under đảng bộ bộ phận), or a chi bộ cơ sở.
struct GrassrootsSpec {
  std::string_view name;
  OrgType type = OrgType::dang_bo_co_so;
  OrgCategory category = OrgCategory::co_quan_hanh_chinh;
  int chi_bo = 0;  // chi bộ trực thuộc directly under it
  Kind kind = Kind::office;
  std::span<const Unit> units = office_units;
  std::string_view branch = {};  // the first `branches` chi bộ: "<branch> <district>"
  int branches = 0;
  std::span<const SubSpec> subs = {};
};

constexpr auto chi_bo_co_so = OrgType::chi_bo_co_so;

// Unit names are generic provincial agencies; their sizes are invented.
constexpr std::array quang_ninh_grassroots{
    GrassrootsSpec{.name = "Đảng bộ Văn phòng Tỉnh ủy", .chi_bo = 7},
    GrassrootsSpec{.name = "Đảng bộ Văn phòng Ủy ban nhân dân tỉnh", .chi_bo = 11},
    GrassrootsSpec{.name = "Đảng bộ Sở Kế hoạch và Đầu tư", .chi_bo = 6},
    GrassrootsSpec{.name = "Đảng bộ Sở Tài chính", .chi_bo = 8},
    GrassrootsSpec{.name = "Đảng bộ Sở Xây dựng", .chi_bo = 9},
    GrassrootsSpec{.name = "Đảng bộ Sở Giao thông Vận tải", .chi_bo = 12},
    GrassrootsSpec{
        .name = "Đảng bộ Sở Nông nghiệp và Phát triển nông thôn", .chi_bo = 10, .subs = agriculture_subs},
    GrassrootsSpec{.name = "Đảng bộ Sở Tài nguyên và Môi trường", .chi_bo = 11},
    GrassrootsSpec{.name = "Đảng bộ Sở Công Thương", .chi_bo = 6},
    GrassrootsSpec{.name = "Đảng bộ Sở Lao động – Thương binh và Xã hội", .chi_bo = 8, .subs = labour_subs},
    GrassrootsSpec{.name = "Đảng bộ Sở Nội vụ", .chi_bo = 8},
    GrassrootsSpec{.name = "Đảng bộ Sở Khoa học và Công nghệ", .chi_bo = 6},
    GrassrootsSpec{.name = "Đảng bộ Sở Thông tin và Truyền thông", .chi_bo = 5},
    GrassrootsSpec{.name = "Đảng bộ Sở Văn hóa và Thể thao", .chi_bo = 9, .units = culture_units},
    GrassrootsSpec{.name = "Đảng bộ Sở Giáo dục và Đào tạo", .chi_bo = 10},
    GrassrootsSpec{.name = "Đảng bộ Sở Y tế", .chi_bo = 10, .subs = health_subs},
    GrassrootsSpec{.name = "Đảng bộ Cục Thuế tỉnh", .chi_bo = 6, .units = tax_units, .subs = tax_subs},
    GrassrootsSpec{.name = "Đảng bộ Cục Hải quan tỉnh", .chi_bo = 5, .subs = customs_subs},
    GrassrootsSpec{
        .name = "Đảng bộ Kho bạc Nhà nước tỉnh", .chi_bo = 16, .branch = "Kho bạc Nhà nước", .branches = 12},
    GrassrootsSpec{
        .name = "Đảng bộ Bảo hiểm xã hội tỉnh", .chi_bo = 20, .branch = "Bảo hiểm xã hội", .branches = 13},
    GrassrootsSpec{.name = "Đảng bộ Ngân hàng Nhà nước chi nhánh tỉnh", .chi_bo = 4},
    GrassrootsSpec{.name = "Đảng bộ Tòa án nhân dân tỉnh", .chi_bo = 10, .units = court_units},
    GrassrootsSpec{.name = "Đảng bộ Viện Kiểm sát nhân dân tỉnh", .chi_bo = 10},
    GrassrootsSpec{.name = "Đảng bộ Cục Thi hành án dân sự tỉnh",
                   .chi_bo = 8,
                   .branch = "Chi cục Thi hành án dân sự",
                   .branches = 6},
    GrassrootsSpec{.name = "Đảng bộ Trường Chính trị tỉnh",
                   .category = sn,
                   .chi_bo = 5,
                   .kind = Kind::public_service,
                   .units = political_school_units},
    GrassrootsSpec{.name = "Đảng bộ Trung tâm Truyền thông tỉnh",
                   .category = sn,
                   .chi_bo = 12,
                   .kind = Kind::public_service,
                   .units = media_units},
    GrassrootsSpec{.name = "Đảng bộ Trường Đại học Hạ Long",
                   .category = sn,
                   .chi_bo = 18,
                   .kind = Kind::public_service,
                   .units = university_units},
    GrassrootsSpec{.name = "Đảng bộ Ban Quản lý Vịnh Hạ Long",
                   .category = sn,
                   .chi_bo = 7,
                   .kind = Kind::public_service},
    GrassrootsSpec{.name = "Đảng bộ Ban Quản lý Khu kinh tế tỉnh", .chi_bo = 5},
    GrassrootsSpec{
        .name = "Đảng bộ Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh",
        .chi_bo = 4},
    GrassrootsSpec{.name = "Đảng bộ Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh",
                   .chi_bo = 4},
    GrassrootsSpec{.name = "Đảng bộ Trường Cao đẳng Y tế tỉnh",
                   .category = sn,
                   .chi_bo = 5,
                   .kind = Kind::public_service,
                   .units = college_units},
    GrassrootsSpec{.name = "Đảng bộ Trường Cao đẳng Việt – Hàn tỉnh",
                   .category = sn,
                   .chi_bo = 5,
                   .kind = Kind::public_service,
                   .units = college_units},
    GrassrootsSpec{.name = "Đảng bộ Ngân hàng Chính sách xã hội chi nhánh tỉnh",
                   .chi_bo = 13,
                   .branch = "Phòng giao dịch Ngân hàng Chính sách xã hội",
                   .branches = 12},
    GrassrootsSpec{.name = "Đảng bộ Trung tâm Phát triển quỹ đất tỉnh",
                   .category = sn,
                   .chi_bo = 4,
                   .kind = Kind::public_service},
    GrassrootsSpec{.name = "Đảng bộ Liên đoàn Lao động tỉnh", .chi_bo = 4},
    GrassrootsSpec{.name = "Chi bộ Ban Tổ chức Tỉnh ủy", .type = chi_bo_co_so},
    GrassrootsSpec{.name = "Chi bộ Ban Dân vận Tỉnh ủy", .type = chi_bo_co_so},
    GrassrootsSpec{.name = "Chi bộ Ban Nội chính Tỉnh ủy", .type = chi_bo_co_so},
    GrassrootsSpec{.name = "Chi bộ Cơ quan Ủy ban Kiểm tra Tỉnh ủy", .type = chi_bo_co_so},
    GrassrootsSpec{.name = "Chi bộ Cơ quan Đảng ủy Khối các cơ quan tỉnh", .type = chi_bo_co_so},
    GrassrootsSpec{.name = "Chi bộ Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", .type = chi_bo_co_so},
    GrassrootsSpec{.name = "Chi bộ Tỉnh đoàn", .type = chi_bo_co_so},
    GrassrootsSpec{.name = "Chi bộ Hội Liên hiệp Phụ nữ tỉnh", .type = chi_bo_co_so},
    GrassrootsSpec{.name = "Chi bộ Hội Nông dân tỉnh", .type = chi_bo_co_so},
    GrassrootsSpec{.name = "Chi bộ Hội Cựu chiến binh tỉnh", .type = chi_bo_co_so},
    GrassrootsSpec{.name = "Chi bộ Liên minh Hợp tác xã tỉnh", .type = chi_bo_co_so},
    GrassrootsSpec{.name = "Chi bộ Hội Chữ thập đỏ tỉnh", .type = chi_bo_co_so},
    GrassrootsSpec{.name = "Chi bộ Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", .type = chi_bo_co_so},
    GrassrootsSpec{.name = "Chi bộ Hội Văn học Nghệ thuật tỉnh", .type = chi_bo_co_so},
    GrassrootsSpec{.name = "Chi bộ Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh",
                   .type = chi_bo_co_so},
    GrassrootsSpec{.name = "Chi bộ Sở Ngoại vụ", .type = chi_bo_co_so},
    GrassrootsSpec{.name = "Chi bộ Sở Tư pháp", .type = chi_bo_co_so},
    GrassrootsSpec{.name = "Chi bộ Ban Dân tộc tỉnh", .type = chi_bo_co_so},
    GrassrootsSpec{.name = "Chi bộ Thanh tra tỉnh", .type = chi_bo_co_so},
    GrassrootsSpec{.name = "Chi bộ Ban Xúc tiến và Hỗ trợ đầu tư tỉnh", .type = chi_bo_co_so},
    GrassrootsSpec{.name = "Chi bộ Trung tâm Phục vụ hành chính công tỉnh", .type = chi_bo_co_so},
    GrassrootsSpec{.name = "Chi bộ Cục Thống kê tỉnh", .type = chi_bo_co_so},
    GrassrootsSpec{.name = "Chi bộ Sở Du lịch", .type = chi_bo_co_so},
    GrassrootsSpec{.name = "Chi bộ Hội Luật gia tỉnh", .type = chi_bo_co_so},
    GrassrootsSpec{.name = "Chi bộ Ban Tiếp công dân tỉnh", .type = chi_bo_co_so},
};

constexpr int count_chi_bo_truc_thuoc(std::span<const GrassrootsSpec> specs) {
  int n = 0;
  for (const auto& spec : specs) {
    n += spec.chi_bo;
    for (const auto& sub : spec.subs) n += sub.chi_bo;
  }
  return n;
}
constexpr int count_bo_phan(std::span<const GrassrootsSpec> specs) {
  int n = 0;
  for (const auto& spec : specs) n += static_cast<int>(spec.subs.size());
  return n;
}
constexpr bool enough_unit_names(std::span<const GrassrootsSpec> specs) {
  for (const auto& spec : specs) {
    if (spec.chi_bo - spec.branches > static_cast<int>(spec.units.size())) return false;
    if (spec.branches > static_cast<int>(quang_ninh_districts.size())) return false;
    for (const auto& sub : spec.subs)
      if (sub.chi_bo > static_cast<int>(sub.units.size())) return false;
  }
  return true;
}
// Seed 002: "61 tổ chức cơ sở đảng, 371 chi bộ trực thuộc, 14 đảng bộ bộ phận".
static_assert(quang_ninh_grassroots.size() == 61);
static_assert(count_chi_bo_truc_thuoc(quang_ninh_grassroots) == 371);
static_assert(count_bo_phan(quang_ninh_grassroots) == 14);
static_assert(enough_unit_names(quang_ninh_grassroots));

// "nâng tổng số trên 5.000 đảng viên toàn Đảng bộ": our total.
constexpr int quang_ninh_members = 5047;
// "trong năm 2020 ... đã kết nạp 163 quần chúng ưu tú", 90 of them in the joint ceremony of the
// "lớp đảng viên 90 năm" (the Party's 90th anniversary: we date it 03/02/2020, the article does
// not). The Chi bộ Thư viện tỉnh held a ceremony in 10/2020 (the day is ours).
constexpr int quang_ninh_admitted_2020 = 163;
constexpr int quang_ninh_class_of_90 = 90;
constexpr Date class_of_90_ceremony = ymd(2020, 2, 3);
// "115/198 quần chúng ưu tú được kết nạp": the 25 of the class outside the joint ceremony were
// admitted by their own chi bộ a month later (the day is ours). The 115 are recorded as dossiers.
constexpr int class_of_90_admitted = 115;
constexpr Date class_of_90_later_ceremony = ymd(2020, 3, 2);
constexpr Date thu_vien_ceremony = ymd(2020, 10, 14);
constexpr Era quang_ninh_era{.as_of = ymd(2021, 1, 14),
                             .older_before = ymd(2020, 1, 1),
                             .window_from = ymd(2020, 1, 1),
                             .window_to = ymd(2020, 12, 31)};

std::string chi_bo_name(std::string_view unit) { return fmt::format("Chi bộ {}", unit); }

void load_quang_ninh(Loader& l, OrgId root, std::map<std::string_view, OrgId>& accounts) {
  OrgId province = l.org(root, "Đảng bộ tỉnh Quảng Ninh", OrgType::dang_bo_tinh, ymd(1963, 10, 30));
  OrgId khoi = l.org(province, "Đảng bộ Khối các cơ quan tỉnh Quảng Ninh", OrgType::dang_bo_cap_tren_co_so,
                     ymd(2008, 1, 1));
  accounts["khoiqn"] = khoi;
  const Population people{.province = &quang_ninh, .mix = quang_ninh_mix};
  const Date founded = ymd(2008, 1, 1);

  std::vector<ChiBoPlan> plans;
  auto add_plan = [&](OrgId org, Kind kind, SizeRange range) {
    plans.push_back(
        ChiBoPlan{.org = org, .kind = kind, .population = people, .era = quang_ninh_era, .range = range});
  };
  // A đảng bộ cơ sở has at least 30 members (O-2): its chi bộ are sized so that they reach it.
  auto range_in = [](int chi_bo) { return SizeRange{std::max(5, (32 + chi_bo - 1) / chi_bo), 20}; };
  auto add_chi_bo = [&](OrgId parent, const Unit& unit, OrgCategory parent_category, Kind kind,
                        SizeRange range) {
    OrgCategory category = unit.category == OrgCategory::none ? parent_category : unit.category;
    OrgId id = l.org(parent, chi_bo_name(unit.name), OrgType::chi_bo_truc_thuoc, founded, category);
    add_plan(id, category == parent_category ? kind : kind_of(category), range);
    return id;
  };

  std::optional<OrgId> thu_vien;
  for (const GrassrootsSpec& spec : quang_ninh_grassroots) {
    OrgId grassroots = l.org(khoi, std::string(spec.name), spec.type, founded, spec.category);
    if (spec.type == OrgType::chi_bo_co_so) {
      add_plan(grassroots, spec.kind, SizeRange{9, 29});  // chi bộ cơ sở: fewer than 30 (O-2)
      continue;
    }
    int total_chi_bo = count_chi_bo_truc_thuoc(std::span(&spec, 1));
    SizeRange range = range_in(total_chi_bo);
    for (int i = 0; i < spec.branches; ++i) {
      std::string_view district = quang_ninh_districts[static_cast<std::size_t>(i)];
      OrgId id = l.org(grassroots, fmt::format("Chi bộ {} {}", spec.branch, district),
                       OrgType::chi_bo_truc_thuoc, founded, spec.category);
      add_plan(id, spec.kind, range);
    }
    for (int i = 0; i < spec.chi_bo - spec.branches; ++i) {
      OrgId id =
          add_chi_bo(grassroots, spec.units[static_cast<std::size_t>(i)], spec.category, spec.kind, range);
      if (spec.units[static_cast<std::size_t>(i)].name == "Thư viện tỉnh") thu_vien = id;
    }
    for (const SubSpec& sub : spec.subs) {
      OrgId bo_phan = l.org(grassroots, std::string(sub.name), OrgType::dang_bo_bo_phan, founded);
      OrgCategory category = sub.kind == Kind::office ? spec.category : sn;
      for (int i = 0; i < sub.chi_bo; ++i)
        add_chi_bo(bo_phan, sub.units[static_cast<std::size_t>(i)], category, sub.kind, range);
    }
  }

  PeopleFactory& f = l.factory();
  auto all = pointers(plans);
  set_sizes(all, quang_ninh_members, f);
  auto thu_vien_plan = std::ranges::find_if(plans, [&](const ChiBoPlan& p) { return p.org == thu_vien; });
  thu_vien_plan->pinned.push_back(thu_vien_ceremony);
  auto admitted_on = [](Date ceremony) {
    return [ceremony](ChiBoPlan& p) { p.by_dossier.push_back({HistoricClass::quang_ninh_class_of_90, ceremony}); };
  };
  spread(all, quang_ninh_class_of_90, f, admitted_on(class_of_90_ceremony));
  spread(all, class_of_90_admitted - quang_ninh_class_of_90, f, admitted_on(class_of_90_later_ceremony));
  spread(all, quang_ninh_admitted_2020 - class_of_90_admitted - 1, f, [](ChiBoPlan& p) { ++p.recent; });
  for (const ChiBoPlan& plan : plans) l.people(plan);
}

// ---- seed 003: Đảng bộ thị xã Nghĩa Lộ, Yên Bái, 07/07/2020 ---------------------------------

// "219 chi bộ trực thuộc đảng bộ cơ sở; trong đó, 87 chi bộ thôn, bản; 48 chi bộ tổ dân phố;
// 13 chi bộ cơ quan hành chính; 48 chi bộ đơn vị sự nghiệp; 22 chi bộ lực lượng vũ trang;
// 1 loại hình hợp tác xã". The wards and communes are the town's; how the 219 divide among
// them is ours, and adds up to the article's split (checked below).
struct LocalitySpec {
  std::string_view place;  // "Trung Tâm"
  bool ward;               // phường (else xã)
  int to_dan_pho;
  int thon_ban;
  int schools;  // 2 or 3
  std::string_view cooperative = {};
};

constexpr std::array nghia_lo_localities{
    // Seed 003: "Đảng bộ phường Trung Tâm có 470 đảng viên, 20 chi bộ; trong đó, có 13 chi bộ tổ
    // đường phố, 3 chi bộ tổ nông nghiệp, 4 chi bộ khối trường học và công an".
    LocalitySpec{"Trung Tâm", true, 13, 3, 3},
    LocalitySpec{"Pú Trạng", true, 11, 3, 2},
    LocalitySpec{"Tân An", true, 12, 2, 2},
    LocalitySpec{"Cầu Thia", true, 12, 2, 2},
    LocalitySpec{"Nghĩa An", false, 0, 8, 2},
    LocalitySpec{"Nghĩa Lợi", false, 0, 8, 2},
    LocalitySpec{"Nghĩa Phúc", false, 0, 7, 2, "Hợp tác xã Dịch vụ nông nghiệp Nghĩa Phúc"},
    LocalitySpec{"Nghĩa Lộ", false, 0, 8, 2},
    LocalitySpec{"Phù Nham", false, 0, 8, 2},
    LocalitySpec{"Sơn A", false, 0, 8, 2},
    LocalitySpec{"Thanh Lương", false, 0, 8, 2},
    LocalitySpec{"Thạch Lương", false, 0, 7, 2},
    LocalitySpec{"Phúc Sơn", false, 0, 8, 2},
    LocalitySpec{"Hạnh Sơn", false, 0, 7, 2},
};

// Đảng bộ cơ sở built on one agency or unit.
struct InstitutionSpec {
  std::string_view name;
  OrgCategory category;
  Kind kind;
  std::span<const Unit> units;
  std::optional<int> staff = {};
};

constexpr auto co_quan = OrgCategory::co_quan_hanh_chinh;
constexpr auto llvt = OrgCategory::luc_luong_vu_trang;
constexpr std::array town_government_units{Unit{"Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thị xã"},
                                           Unit{"Phòng Tài chính – Kế hoạch"},
                                           Unit{"Phòng Kinh tế"},
                                           Unit{"Phòng Quản lý đô thị"},
                                           Unit{"Phòng Tài nguyên và Môi trường"},
                                           Unit{"Phòng Lao động – Thương binh và Xã hội"},
                                           Unit{"Phòng Giáo dục và Đào tạo"},
                                           Unit{"Thanh tra thị xã"},
                                           Unit{"Trung tâm Văn hóa, Thể thao và Truyền thông", sn},
                                           Unit{"Ban Quản lý dự án đầu tư xây dựng", sn},
                                           Unit{"Trung tâm Dịch vụ nông nghiệp", sn}};
constexpr std::array town_party_units{Unit{"Văn phòng Thị ủy"}, Unit{"Cơ quan Tổ chức – Nội vụ"},
                                      Unit{"Cơ quan Ủy ban Kiểm tra Thị ủy"}, Unit{"Ban Tuyên giáo Thị ủy"},
                                      Unit{"Cơ quan Mặt trận và các đoàn thể"}};
constexpr std::array nghia_lo_hospital_units{Unit{"Khoa Khám bệnh"},
                                             Unit{"Khoa Hồi sức tích cực – Chống độc"},
                                             Unit{"Khoa Nội"},
                                             Unit{"Khoa Ngoại"},
                                             Unit{"Khoa Sản"},
                                             Unit{"Khoa Nhi"},
                                             Unit{"Khoa Truyền nhiễm"},
                                             Unit{"Khoa Xét nghiệm"},
                                             Unit{"Khoa Chẩn đoán hình ảnh"},
                                             Unit{"Khoa Dược"},
                                             Unit{"Phòng Hành chính – Quản trị"}};
constexpr std::array health_centre_units{Unit{"Khối Văn phòng"}, Unit{"Khoa Kiểm soát bệnh tật"},
                                         Unit{"Khoa Khám bệnh"}, Unit{"Trạm Y tế các phường"},
                                         Unit{"Trạm Y tế các xã"}};
constexpr std::array military_units{Unit{"Chỉ huy"}, Unit{"Tham mưu"}, Unit{"Chính trị – Hậu cần"},
                                    Unit{"Dân quân tự vệ"}};
constexpr std::array police_units{Unit{"Cảnh sát"}, Unit{"An ninh"}, Unit{"Tổng hợp"},
                                  Unit{"Cảnh sát giao thông – Trật tự"}};

constexpr std::string_view nghia_lo_hospital = "Đảng bộ Bệnh viện Đa khoa khu vực Nghĩa Lộ";
constexpr std::array nghia_lo_institutions{
    InstitutionSpec{"Đảng bộ Cơ quan Chính quyền thị xã Nghĩa Lộ", co_quan, Kind::office,
                    town_government_units},
    InstitutionSpec{"Đảng bộ Cơ quan Đảng – Đoàn thể thị xã Nghĩa Lộ", co_quan, Kind::office,
                    town_party_units},
    InstitutionSpec{nghia_lo_hospital, sn, Kind::hospital, nghia_lo_hospital_units, 420},
    InstitutionSpec{"Đảng bộ Trung tâm Y tế thị xã Nghĩa Lộ", sn, Kind::hospital, health_centre_units},
    InstitutionSpec{"Đảng bộ Quân sự thị xã Nghĩa Lộ", llvt, Kind::army, military_units},
    InstitutionSpec{"Đảng bộ Công an thị xã Nghĩa Lộ", llvt, Kind::police, police_units},
};

struct CategorySplit {
  int thon_ban = 0, to_dan_pho = 0, co_quan_hanh_chinh = 0, don_vi_su_nghiep = 0, luc_luong_vu_trang = 0,
      hop_tac_xa = 0;
};
constexpr CategorySplit nghia_lo_split() {
  CategorySplit s;
  for (const auto& l : nghia_lo_localities) {
    s.thon_ban += l.thon_ban;
    s.to_dan_pho += l.to_dan_pho;
    s.don_vi_su_nghiep += l.schools;
    s.luc_luong_vu_trang += 1;  // công an xã, phường
    s.hop_tac_xa += l.cooperative.empty() ? 0 : 1;
  }
  for (const auto& inst : nghia_lo_institutions)
    for (const auto& unit : inst.units) {
      OrgCategory c = unit.category == OrgCategory::none ? inst.category : unit.category;
      if (c == OrgCategory::co_quan_hanh_chinh) ++s.co_quan_hanh_chinh;
      if (c == OrgCategory::don_vi_su_nghiep) ++s.don_vi_su_nghiep;
      if (c == OrgCategory::luc_luong_vu_trang) ++s.luc_luong_vu_trang;
    }
  return s;
}
static_assert(nghia_lo_split().thon_ban == 87);
static_assert(nghia_lo_split().to_dan_pho == 48);
static_assert(nghia_lo_split().co_quan_hanh_chinh == 13);
static_assert(nghia_lo_split().don_vi_su_nghiep == 48);
static_assert(nghia_lo_split().luc_luong_vu_trang == 22);
static_assert(nghia_lo_split().hop_tac_xa == 1);

// "hiện có trên 4.300 đảng viên": our total. "Từ tháng 9/2015 đến tháng 6/2020, đã kết nạp 400
// đảng viên"; phường Trung Tâm "kết nạp 54/50 đảng viên" in the term; the hospital "kết nạp 32
// đảng viên mới"; Trường Mầm non Hoa Huệ "2 năm qua, Chi bộ đã kết nạp được 6 đảng viên, hiện có 1
// quần chúng ưu tú đang được xem xét".
constexpr int nghia_lo_members = 4352;
constexpr int trung_tam_members = 470;
constexpr int nghia_lo_admitted = 400;
constexpr int trung_tam_admitted = 54;
constexpr int hospital_admitted = 32;
// The hospital's admissions of the term, recorded as dossiers: one class a year, its
// ceremony on or about 19/05 (the days are ours).
constexpr std::array hospital_ceremonies{ymd(2016, 5, 19), ymd(2017, 5, 19), ymd(2018, 5, 18), ymd(2019, 5, 17),
                                         ymd(2020, 5, 19)};
constexpr int hoa_hue_admitted = 6;
constexpr Era nghia_lo_era{.as_of = ymd(2020, 7, 7),
                           .older_before = ymd(2015, 9, 1),
                           .window_from = ymd(2015, 9, 1),
                           .window_to = ymd(2020, 6, 30)};

std::string_view school_name(const LocalitySpec& l, int i) {
  static const std::map<std::pair<std::string_view, int>, std::string> names = [] {
    std::map<std::pair<std::string_view, int>, std::string> out;
    for (const auto& loc : nghia_lo_localities) {
      if (loc.ward) {
        out[{loc.place, 0}] =
            loc.place == "Trung Tâm" ? "Trường Mầm non Hoa Huệ" : fmt::format("Trường Mầm non {}", loc.place);
        out[{loc.place, 1}] = fmt::format("Trường Tiểu học {}", loc.place);
        out[{loc.place, 2}] = fmt::format("Trường Trung học cơ sở {}", loc.place);
      } else {
        out[{loc.place, 0}] = fmt::format("Trường Mầm non {}", loc.place);
        out[{loc.place, 1}] = fmt::format("Trường Tiểu học và Trung học cơ sở {}", loc.place);
      }
    }
    return out;
  }();
  return names.at({l.place, i});
}

// The chi bộ of one ward or commune; returns their plans.
std::vector<ChiBoPlan> load_locality(Loader& l, OrgId town, const LocalitySpec& spec, OrgId& hoa_hue) {
  std::string unit_kind = spec.ward ? "phường" : "xã";
  std::string locality = fmt::format("{} {}, thị xã Nghĩa Lộ", unit_kind, spec.place);
  OrgId dang_bo = l.org(town, fmt::format("Đảng bộ {} {}", unit_kind, spec.place), OrgType::dang_bo_co_so,
                        ymd(1995, 11, 1));
  const Date founded = ymd(2005, 1, 1);
  std::vector<ChiBoPlan> plans;
  auto chi_bo = [&](std::string name, OrgCategory category, Kind kind, SizeRange range, std::string where,
                    std::optional<int> staff = {}) {
    OrgId id = l.org(dang_bo, std::move(name), OrgType::chi_bo_truc_thuoc, founded, category, staff);
    bool village = category == OrgCategory::thon_ban && !spec.ward;
    plans.push_back(
        ChiBoPlan{.org = id,
                  .kind = kind,
                  .population = {.province = &yen_bai,
                                 .mix = village ? std::span<const EthnicShare>(nghia_lo_village_mix)
                                                : nghia_lo_ward_mix,
                                 .locality = std::move(where)},
                  .era = nghia_lo_era,
                  .range = range});
    return id;
  };
  for (int i = 1; i <= spec.to_dan_pho; ++i)
    chi_bo(fmt::format("Chi bộ Tổ dân phố {}", i), OrgCategory::to_dan_pho, Kind::street, {18, 40},
           fmt::format("Tổ dân phố {}, {}", i, locality));
  for (int i = 1; i <= spec.thon_ban; ++i) {
    // Trung Tâm calls its farming neighbourhoods "tổ nông nghiệp"; elsewhere they are bản.
    std::string name = spec.place == "Trung Tâm" ? fmt::format("Tổ nông nghiệp {}", i)
                                                 : fmt::format("bản {}", l.factory().village_name());
    chi_bo(fmt::format("Chi bộ {}", name), OrgCategory::thon_ban, Kind::village, {12, 30},
           fmt::format("{}, {}", name, locality));
  }
  for (int i = 0; i < spec.schools; ++i) {
    std::string_view school = school_name(spec, i);
    bool is_hoa_hue = school == "Trường Mầm non Hoa Huệ";
    OrgId id = chi_bo(fmt::format("Chi bộ {}", school), OrgCategory::don_vi_su_nghiep, Kind::school,
                      is_hoa_hue ? SizeRange{12, 16} : SizeRange{8, 20}, locality,
                      is_hoa_hue ? std::optional(38) : std::nullopt);
    if (is_hoa_hue) hoa_hue = id;
  }
  chi_bo(fmt::format("Chi bộ Công an {} {}", unit_kind, spec.place), OrgCategory::luc_luong_vu_trang,
         Kind::police, {5, 12}, locality);
  if (!spec.cooperative.empty())
    chi_bo(fmt::format("Chi bộ {}", spec.cooperative), OrgCategory::hop_tac_xa, Kind::cooperative, {4, 8},
           locality);
  return plans;
}

std::vector<ChiBoPlan> load_institution(Loader& l, OrgId town, const InstitutionSpec& spec) {
  OrgId dang_bo =
      l.org(town, std::string(spec.name), OrgType::dang_bo_co_so, ymd(2000, 1, 1), spec.category, spec.staff);
  std::vector<ChiBoPlan> plans;
  for (const Unit& unit : spec.units) {
    OrgCategory category = unit.category == OrgCategory::none ? spec.category : unit.category;
    OrgId id = l.org(dang_bo, chi_bo_name(unit.name), OrgType::chi_bo_truc_thuoc, ymd(2005, 1, 1), category);
    plans.push_back(ChiBoPlan{
        .org = id,
        .kind = category == spec.category ? spec.kind : kind_of(category),
        .population = {.province = &yen_bai, .mix = nghia_lo_ward_mix, .locality = "thị xã Nghĩa Lộ"},
        .era = nghia_lo_era,
        .range = spec.kind == Kind::hospital ? SizeRange{10, 25} : SizeRange{8, 22}});
  }
  return plans;
}

void load_nghia_lo(Loader& l, OrgId root, std::map<std::string_view, OrgId>& accounts) {
  OrgId province = l.org(root, "Đảng bộ tỉnh Yên Bái", OrgType::dang_bo_tinh, ymd(1991, 10, 1));
  OrgId town = l.org(province, "Đảng bộ thị xã Nghĩa Lộ", OrgType::dang_bo_cap_tren_co_so, ymd(1995, 11, 1));
  accounts["nghialo"] = town;

  std::vector<ChiBoPlan> trung_tam, hospital, others;
  OrgId hoa_hue{};
  for (const LocalitySpec& spec : nghia_lo_localities) {
    auto plans = load_locality(l, town, spec, hoa_hue);
    auto& into = spec.place == "Trung Tâm" ? trung_tam : others;
    std::ranges::move(plans, std::back_inserter(into));
  }
  for (const InstitutionSpec& spec : nghia_lo_institutions) {
    auto plans = load_institution(l, town, spec);
    auto& into = spec.name == nghia_lo_hospital ? hospital : others;
    std::ranges::move(plans, std::back_inserter(into));
  }
  accounts["hoahue"] = hoa_hue;

  // Named in the article: the kindergarten's secretary and principal, the hospital's deputy
  // secretary.
  auto& hoa_hue_plan = *std::ranges::find_if(trung_tam, [&](const ChiBoPlan& p) { return p.org == hoa_hue; });
  hoa_hue_plan.named = {{"Bùi Thị Hoài", Gender::nu, {}, "Hiệu trưởng"}};
  hoa_hue_plan.recent = hoa_hue_admitted;
  hoa_hue_plan.recent_fixed = true;
  hoa_hue_plan.era.window_from = ymd(2018, 7, 7);  // "2 năm qua"
  hoa_hue_plan.quan_chung = 1;                     // the quần chúng ưu tú under consideration
  hospital.front().named = {{"Phan Thanh Tôn", Gender::nam, {}, "Bác sĩ"}};
  l.reserve(hoa_hue_plan.named);
  l.reserve(hospital.front().named);

  PeopleFactory& f = l.factory();
  auto tt = pointers(trung_tam), bv = pointers(hospital), rest = pointers(others);
  set_sizes(tt, trung_tam_members, f);
  std::vector<ChiBoPlan*> non_ward = bv;
  non_ward.insert(non_ward.end(), rest.begin(), rest.end());
  set_sizes(non_ward, nghia_lo_members - trung_tam_members, f);
  auto one_more = [](ChiBoPlan& p) { ++p.recent; };
  spread(tt, trung_tam_admitted - hoa_hue_admitted, f, one_more);
  for (int i = 0; i < hospital_admitted; ++i) {
    Date ceremony = hospital_ceremonies[static_cast<std::size_t>(i) % hospital_ceremonies.size()];
    spread(bv, 1, f, [&](ChiBoPlan& p) { p.by_dossier.push_back({HistoricClass::nghia_lo_hospital, ceremony}); });
  }
  spread(rest, nghia_lo_admitted - trung_tam_admitted - hospital_admitted, f, one_more);
  for (auto* group : {&trung_tam, &hospital, &others})
    for (const ChiBoPlan& plan : *group) l.people(plan);
}

// ---- seed 004: Đảng bộ Văn phòng UBND tỉnh (11/2011) ---------------------------------------

// The article does not name the province. The office's chi bộ was formed "sau khi chia tách và
// thành lập 2004", which fits the provinces re-formed on 01/01/2004; we put it in Lai Châu.
// Upgraded to a đảng bộ cơ sở on 10/09/2009 by Quyết định 2163-QĐ/ĐU of the Đảng ủy Dân chính
// Đảng tỉnh; 38 members by 11/2011; 36 rated for 2010 (11 excellent + 25 good). Chi bộ names
// other than HC-TC are ours.
constexpr std::array<std::string_view, 5> office_chi_bo{
    "Chi bộ Hành chính – Tổ chức (HC-TC)", "Chi bộ Tổng hợp", "Chi bộ Kinh tế", "Chi bộ Nội chính – Văn xã",
    "Chi bộ Trung tâm Tin học – Công báo"};

void load_lai_chau(Loader& l, OrgId root) {
  OrgId province = l.org(root, "Đảng bộ tỉnh Lai Châu", OrgType::dang_bo_tinh, ymd(2004, 1, 1));
  OrgId khoi = l.org(province, "Đảng bộ Khối Dân chính Đảng tỉnh Lai Châu", OrgType::dang_bo_cap_tren_co_so,
                     ymd(2004, 1, 1));
  OrgId dang_bo = l.org(khoi, "Đảng bộ Văn phòng UBND tỉnh", OrgType::dang_bo_co_so, ymd(2009, 9, 10),
                        OrgCategory::co_quan_hanh_chinh);
  const Era era{.as_of = ymd(2011, 11, 30),
                .older_before = ymd(2011, 1, 1),
                .window_from = ymd(2011, 1, 1),
                .window_to = ymd(2011, 11, 15)};
  // "76% đảng viên có trình độ chuyên môn đại học và trên đại học; 12 đảng viên có trình độ lý
  // luận chính trị Cử nhân & Cao cấp, 03 đồng chí có trình độ Trung cấp": 29 of 38, 12 and 3.
  auto counts = std::make_shared<std::array<int, 3>>();
  auto touch = [counts, as_of = era.as_of](Person& p) {
    auto& [university, high, middle] = *counts;
    bool degree =
        p.education_professional.starts_with("Đại học") || p.education_professional.starts_with("Thạc sĩ");
    if (degree && university >= 29) p.education_professional = "Cao đẳng Văn thư lưu trữ";
    if (!degree && university < 29) p.education_professional = "Đại học Hành chính";
    ++university;
    int age = age_on(p.birth_date, as_of);
    if (age >= 35 && high < 12) {
      p.political_theory = high++ < 10 ? "Cao cấp" : "Cử nhân";
    } else if (age >= 30 && middle < 3) {
      p.political_theory = "Trung cấp";
      ++middle;
    } else {
      p.political_theory = "Sơ cấp";
    }
  };
  std::vector<ChiBoPlan> plans;
  for (std::string_view name : office_chi_bo) {
    plans.push_back(ChiBoPlan{.org = l.org(dang_bo, std::string(name), OrgType::chi_bo_truc_thuoc,
                                           ymd(2009, 9, 10), OrgCategory::co_quan_hanh_chinh),
                              .kind = Kind::office,
                              .population = {.province = &lai_chau, .mix = lai_chau_mix},
                              .era = era,
                              .range = {6, 9},
                              .touch = touch});
  }
  // HC-TC: Lương Chiến Công hands Nghiêm Văn Đẳng his recognition decision (the ceremony
  // date is ours; R-16 makes him official a year later).
  plans[0].named = {{"Lương Chiến Công", Gender::nam, {}},
                    {"Nghiêm Văn Đẳng", Gender::nam, ymd(2010, 6, 15)}};
  plans[1].named = {{"Đặng Trần Thắng", Gender::nam, {}, "Bí thư Đảng bộ Văn phòng UBND tỉnh"}};
  for (const auto& plan : plans) l.reserve(plan.named);
  PeopleFactory& f = l.factory();
  auto all = pointers(plans);
  set_sizes(all, 38, f);
  spread(all, 2, f, [](ChiBoPlan& p) { ++p.recent; });
  for (const ChiBoPlan& plan : plans) l.people(plan);
}

// ---- the whole data set --------------------------------------------------------------------

Status load_everything(Writer& writer, DemoSummary& summary, std::vector<AdmissionByDossier>& admissions) {
  try {
    Loader l(writer, summary, admissions);
    std::map<std::string_view, OrgId> accounts;
    OrgId root = l.org(std::nullopt, std::string(root_name), OrgType::trung_uong, ymd(1930, 2, 3));
    accounts["admin"] = root;
    load_long_an(l, root, accounts);
    load_dien_bien(l, root, accounts);
    load_quang_ninh(l, root, accounts);
    load_nghia_lo(l, root, accounts);
    load_lai_chau(l, root);
    for (const DemoAccount& account : demo_account_table) l.user(account, accounts.at(account.username));
    return {};
  } catch (Refused& refused) {
    return std::unexpected(std::move(refused.error));
  }
}

}  // namespace

std::span<const DemoAccount> demo_accounts() { return demo_account_table; }

Result<DemoSummary> load_demo(Service& service) {
  const Caller caller = Service::system_caller();
  auto existing = service.list_orgs(
      caller, OrgQuery{.q = std::string(root_name), .type = OrgType::trung_uong, .page = {1, 1}});
  if (!existing) return std::unexpected(existing.error());
  if (existing->total > 0) return DemoSummary{.already_loaded = true};

  DemoSummary summary;
  std::vector<AdmissionByDossier> admissions;
  auto loaded = service.in_one_transaction(caller, [&](Writer& w) {
    summary = {};
    admissions.clear();
    return load_everything(w, summary, admissions);
  });
  if (!loaded) return std::unexpected(loaded.error());
  auto dossiers = load_demo_dossiers(service, admissions);
  if (!dossiers) return std::unexpected(dossiers.error());
  summary.dossiers = dossiers->dossiers;
  summary.people += dossiers->people;
  summary.members += dossiers->members;
  return summary;
}

}  // namespace ketnap::app
