// Demo dossiers (issue 3, item 11): candidates at every stage of the pipeline as of
// 23/11/2026, so that the worklist shows real deadlines. Every step goes through Dossiers
// (open, record_batch, record_step, add_note) and is judged by the rules like an officer's;
// any refusal makes loading fail loudly. All dates are fixed, never the clock.
//
// The historic classes of the seeds are replayed in full: the "lớp 90 năm" of Quảng Ninh (seed
// 002: 198 trained, 115 admitted in early 2020) and the Bệnh viện Đa khoa khu vực Nghĩa Lộ
// (seed 003: 75 trained, 32 admitted over the 2015–2020 term). demo.cpp creates the people
// they admitted without a membership; their dossiers' ceremonies make them members, so the
// counts the articles give come from these events. The steps of 2015–2021 are judged by the
// earliest rule set Ketnap has (QĐ 24-QĐ/TW, 2021): the one before it (QĐ 45, 2017) set the
// same ages, windows and votes.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <map>
#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/demo.hpp"
#include "app/dossiers.hpp"
#include "store/store.hpp"

namespace ketnap::app {
namespace {

using demo_detail::AdmissionByDossier;
using demo_detail::HistoricClass;
using demo_detail::PeopleFactory;

constexpr Date ymd(int y, unsigned m, unsigned d) {
  return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}
Date plus_days(Date date, int days) { return Date{std::chrono::sys_days{date} + std::chrono::days{days}}; }
Date weekday_on_or_after(Date date) {
  std::chrono::weekday wd{std::chrono::sys_days{date}};
  if (wd == std::chrono::Saturday) return plus_days(date, 2);
  if (wd == std::chrono::Sunday) return plus_days(date, 1);
  return date;
}

// The demo's "today": no step may be dated after it.
constexpr Date demo_today = ymd(2026, 11, 23);
constexpr unsigned dossier_seed = 20261123;

[[noreturn]] void refuse(const std::string& what, const Error& error) {
  std::string text = fmt::format("demo dossiers: {}: {}", what, error.message);
  for (const Error& p : error.problems) text += fmt::format(" | {} {}: {}", p.rule, p.field, p.message);
  throw std::runtime_error(text);
}
template <class T>
T must(Result<T> result, const std::string& what) {
  if (!result) refuse(what, result.error());
  return std::move(*result);
}

// ---- the standard journey: each step's day counted from the first (nguồn) ------------------

// After the ceremony, the probation steps are counted from the day probation ends (R-10).
struct Leg {
  Step step;
  int days;
  bool after_probation = false;
};
constexpr std::array legs{
    Leg{Step::nguon, 0},
    Leg{Step::cam_tinh, 28},
    Leg{Step::phan_cong_giup_do, 28},
    Leg{Step::hoc_nhan_thuc, 70},
    Leg{Step::kiem_tra_nhan_thuc, 84},
    Leg{Step::don_xin_vao_dang, 91},
    Leg{Step::ly_lich, 95},
    Leg{Step::tham_tra_ly_lich, 140},
    Leg{Step::gioi_thieu, 150},
    Leg{Step::nhan_xet, 155},
    Leg{Step::chi_bo_de_nghi, 180},
    Leg{Step::dang_uy_bo_phan_tham_dinh, 185},
    Leg{Step::dang_uy_co_so_de_nghi, 190},
    Leg{Step::quyet_dinh_ket_nap, 215},  // received three days later
    Leg{Step::le_ket_nap, 232},
    Leg{Step::lop_dang_vien_moi, 300},
    Leg{Step::chi_bo_xet_chinh_thuc, 7, true},
    Leg{Step::dang_uy_co_so_xet_chinh_thuc, 14, true},
    Leg{Step::quyet_dinh_chinh_thuc, 24, true},
};
constexpr int re_exam_days = 28;  // P-4b: those who failed are examined again four weeks later

int rank(Step step) {
  auto it = std::ranges::find_if(legs, [&](const Leg& l) { return l.step == step; });
  return static_cast<int>(it - legs.begin());
}

// The day of a step in the standard journey, counted from nguồn.
int rank_day(Step step) { return legs.at(static_cast<std::size_t>(rank(step))).days; }

// ---- who the candidates are and how far they have come -----------------------------------

struct Fixed {
  Step step;
  Date date;
};

// The candidates of a cohort whose last step is `final` withdraw (rut_ho_so) on that day.
struct Withdrawal {
  Step final;
  Date on;
  std::string_view reason;
};

// Candidates who started together and share their dates (one class, one decision, ...).
struct Cohort {
  std::string_view comment;
  std::vector<Step> finals;  // the last step of each candidate
  Date start;
  std::vector<Fixed> fixed = {};  // dates that differ from the standard journey
  int fail_once = 0;              // of the first candidates: failed the examination once,
  int fail_twice = 0;             // ... or twice (then waiting for the next session)
  std::vector<Withdrawal> withdrawals = {};
  std::string_view late_ceremony_reason = {};  // P-13 overridden with this reason
};

struct Place {
  std::string_view unit;             // an organization to find the chi bộ in
  std::string_view chi_bo_contains;  // part of the chi bộ's name; empty: any chi bộ of the unit
  int chi_bo_count = 1;              // candidates spread round-robin over this many chi bộ
  bool under_bo_phan = false;        // chi bộ of a đảng bộ bộ phận (P-10)
  bool profile_grassroots = false;   // give their đảng bộ cơ sở a profile (a đảng ủy of 7 or 9)
  std::string_view province_code;    // CCCD
  std::string_view province;
  bool south = false;
  std::vector<Cohort> cohorts;
};

using enum Step;
const std::vector<Place>& places() {
  static const std::vector<Place> all{
      // Seed 002: the Khối examines every candidate's awareness before admission (P-4b).
      {"Đảng bộ Khối các cơ quan tỉnh Quảng Ninh", "", 12, false, true, "022", "tỉnh Quảng Ninh", false,
       {{"The current awareness class: one certificate date, one examination session.",
         [] {
           std::vector<Step> f(16, kiem_tra_nhan_thuc);
           f.insert(f.end(), 12, don_xin_vao_dang);
           f.insert(f.end(), 8, ly_lich);
           return f;
         }(),
         ymd(2026, 7, 17), {}, 4, 2},
        {"The spring class, now at the later stages.",
         {tham_tra_ly_lich, gioi_thieu, nhan_xet, chi_bo_de_nghi, dang_uy_co_so_de_nghi, quyet_dinh_ket_nap,
          le_ket_nap, le_ket_nap, lop_dang_vien_moi},
         ymd(2026, 1, 5)}}},
      {"Đảng bộ Khối các cơ quan tỉnh Quảng Ninh", "", 1, true, true, "022", "tỉnh Quảng Ninh", false,
       {{"A chi bộ under a đảng bộ bộ phận: its đảng ủy checks the dossier (P-10).",
         {dang_uy_bo_phan_tham_dinh}, ymd(2026, 1, 5)}}},
      // Seed 003: the hospital sends its "quần chúng ưu tú" to the awareness classes.
      {"Đảng bộ Bệnh viện Đa khoa khu vực Nghĩa Lộ", "Khoa", 4, false, false, "015", "tỉnh Yên Bái", false,
       {{"This autumn's sources and class.",
         {nguon, cam_tinh, phan_cong_giup_do, phan_cong_giup_do, hoc_nhan_thuc, hoc_nhan_thuc, hoc_nhan_thuc},
         ymd(2026, 8, 3)},
        {"Papers being gathered.", {tham_tra_ly_lich, gioi_thieu, nhan_xet, nhan_xet}, ymd(2026, 2, 2)},
        {"Decision due soon (P-12).", {dang_uy_co_so_de_nghi, dang_uy_co_so_de_nghi}, ymd(2026, 3, 2)},
        {"Decision overdue (P-12).", {dang_uy_co_so_de_nghi}, ymd(2026, 1, 5)},
        {"Probation ended in October 2026: recognition due soon (R-14).", {lop_dang_vien_moi}, ymd(2025, 3, 3)},
        {"Recognized by the chi bộ.", {chi_bo_xet_chinh_thuc}, ymd(2025, 3, 10)},
        {"Recognized by the đảng ủy; decision overdue (R-15).", {dang_uy_co_so_xet_chinh_thuc},
         ymd(2025, 1, 6)},
        {"Official members.", {quyet_dinh_chinh_thuc, quyet_dinh_chinh_thuc}, ymd(2024, 6, 3)}}},
      // Long An: the other chi bộ of the Sở (the Bảo tàng's own are left to the API tests).
      {"Đảng bộ Sở Văn hóa, Thể thao và Du lịch", "Trung tâm", 2, false, false, "080", "tỉnh Long An", true,
       {{"Ceremony overdue (P-13).", {quyet_dinh_ket_nap}, ymd(2026, 2, 9)},
        {"Ceremony due soon (P-13).", {quyet_dinh_ket_nap}, ymd(2026, 3, 16)},
        {"Ceremony held late with the upper committee's consent.", {le_ket_nap}, ymd(2025, 9, 29),
         {{le_ket_nap, ymd(2026, 7, 20)}}, 0, 0, {},
         "Ban Thường vụ Đảng ủy Khối đồng ý tổ chức muộn do đồng chí đi điều trị dài ngày (công văn 27-CV/ĐUK)"},
        {"Recognition meeting overdue (R-14).", {lop_dang_vien_moi}, ymd(2025, 1, 27)},
        {"Probation ends on 05/12/2026.", {lop_dang_vien_moi}, ymd(2025, 4, 17)},
        {"Withdrawn: moved to another province.", {cam_tinh}, ymd(2026, 3, 2), {}, 0, 0,
         {{cam_tinh, ymd(2026, 6, 15), "Chuyển công tác sang tỉnh khác"}}}}},
  };
  return all;
}

// Seed 003: "hiện có 1 quần chúng ưu tú đang được xem xét đề nghị kết nạp" at Trường Mầm non
// Hoa Huệ. Her chi bộ proposed admission on 20/11/2026 and the đảng ủy phường on 23/11/2026:
// the decision is due 60 working days after the chi bộ's resolution, across Tết 2027 (P-12).
const Cohort hoa_hue{"Trường Mầm non Hoa Huệ", {dang_uy_co_so_de_nghi}, ymd(2026, 5, 25),
                     {{chi_bo_de_nghi, ymd(2026, 11, 20)}, {dang_uy_co_so_de_nghi, ymd(2026, 11, 23)}}};

// ---- the historic classes (demo.cpp made the people they admitted) ------------------------

// Where the candidates the articles count but do not name come from.
const Place quang_ninh_khoi{"Đảng bộ Khối các cơ quan tỉnh Quảng Ninh", "", 0, false, false, "022", "tỉnh Quảng Ninh",
                            false, {}};
const Place nghia_lo_hospital{"Đảng bộ Bệnh viện Đa khoa khu vực Nghĩa Lộ", "", 0, false, false, "015",
                              "tỉnh Yên Bái", false, {}};

// Seed 002, the "lớp 90 năm": one awareness class for all 198 (one certificate date), the
// screening after it, one examination session; 115 passed and were admitted, 90 at the joint
// ceremony and the rest a little later by their own chi bộ. The 70 not selected and the 13
// who failed twice withdrew. The article dates none of this but "3 tháng" and 2020.
constexpr int class_of_90_failed = 13;
Cohort class_of_90(int admitted) {
  std::vector<Step> finals(class_of_90_failed, kiem_tra_nhan_thuc);
  finals.insert(finals.end(), static_cast<std::size_t>(admitted), quyet_dinh_chinh_thuc);
  finals.resize(demo_detail::class_of_90_trained, hoc_nhan_thuc);
  return Cohort{"Lớp 90 năm", finals, ymd(2019, 8, 1),
                {{hoc_nhan_thuc, ymd(2019, 11, 8)},
                 {kiem_tra_nhan_thuc, ymd(2019, 11, 22)},
                 {don_xin_vao_dang, ymd(2019, 11, 25)},
                 {ly_lich, ymd(2019, 11, 27)},
                 {tham_tra_ly_lich, ymd(2019, 12, 16)},
                 {gioi_thieu, ymd(2019, 12, 18)},
                 {nhan_xet, ymd(2019, 12, 20)},
                 {chi_bo_de_nghi, ymd(2019, 12, 26)},
                 {dang_uy_bo_phan_tham_dinh, ymd(2019, 12, 30)},
                 {dang_uy_co_so_de_nghi, ymd(2020, 1, 6)},
                 {quyet_dinh_ket_nap, ymd(2020, 1, 17)},
                 {le_ket_nap, ymd(2020, 2, 3)}},
                0,
                class_of_90_failed,
                {{hoc_nhan_thuc, ymd(2019, 11, 18), "Không được lựa chọn sau sàng lọc của lớp bồi dưỡng"},
                 {kiem_tra_nhan_thuc, ymd(2020, 3, 16),
                  "Chưa đạt kiểm tra nhận thức hai lần; tiếp tục bồi dưỡng, xem xét ở đợt sau"}}};
}

// Seed 003, the hospital over the 2015–2020 term: one class a year, those not admitted
// taken off the list of candidates some weeks after that year's ceremony.
Cohort hospital_year(Date ceremony, int trained, int admitted) {
  std::vector<Step> finals(static_cast<std::size_t>(admitted), quyet_dinh_chinh_thuc);
  finals.resize(static_cast<std::size_t>(trained), hoc_nhan_thuc);
  return Cohort{"Bệnh viện Đa khoa khu vực Nghĩa Lộ", finals, plus_days(ceremony, -rank_day(le_ket_nap)),
                {{le_ket_nap, ceremony}},
                0,
                0,
                {{hoc_nhan_thuc, weekday_on_or_after(plus_days(ceremony, 42)),
                  "Chi bộ đưa ra khỏi danh sách đối tượng kết nạp sau thời gian theo dõi"}}};
}

// Org profiles: committee sizes of the đảng ủy cơ sở (7 or 9), unions, and the Khối's
// awareness examination (seed 002: "Hội đồng kiểm tra nhận thức", since 01/2020). The Đảng bộ
// Sở Văn hóa, Thể thao và Du lịch of Long An keeps no profile: the API tests record the Bảo tàng
// chi bộ's journeys without one (its đảng ủy's size is told by each vote, 7 here).
struct ProfileSpec {
  std::string_view org;
  int committee;  // 0: none set
  std::string_view settings = "{}";
};
constexpr std::array profile_specs{
    ProfileSpec{"Đảng bộ Khối các cơ quan tỉnh Quảng Ninh", 0, R"({"awareness_exam": true})"},
    ProfileSpec{"Đảng bộ Bệnh viện Đa khoa khu vực Nghĩa Lộ", 9},
    ProfileSpec{"Đảng bộ phường Trung Tâm", 9},
};

// ---- the loader ---------------------------------------------------------------------------

struct Candidate {
  DossierId id;
  OrgId chi_bo;
  Step final;
  int index = 0;                     // within its cohort
  std::vector<Fixed> own_dates = {};  // dates of this candidate's alone, before the cohort's
};

class DossierLoader {
 public:
  explicit DossierLoader(Service& service)
      : service_(service), dossiers_(service), calendar_(service.calendar()), f_(dossier_seed) {}

  DemoSummary load(std::span<const AdmissionByDossier> admissions) {
    set_profiles();
    replay_historic(admissions);
    for (const Place& place : places()) {
      std::vector<OrgId> chi_bo = chi_bo_of(place);
      for (const Cohort& cohort : place.cohorts) run(cohort, open_cohort(place, cohort, chi_bo));
    }
    run(hoa_hue, {open_hoa_hue()});
    return made_;
  }

 private:
  Caller caller() const { return Service::system_caller(); }

  // ---- the historic classes ----

  void replay_historic(std::span<const AdmissionByDossier> admissions) {
    std::vector<AdmissionByDossier> class_of_90_admitted;
    std::map<Date, std::vector<AdmissionByDossier>> hospital_by_ceremony;
    for (const AdmissionByDossier& a : admissions) {
      if (a.of == HistoricClass::quang_ninh_class_of_90)
        class_of_90_admitted.push_back(a);
      else
        hospital_by_ceremony[a.ceremony].push_back(a);
    }
    if (!class_of_90_admitted.empty()) {
      Cohort cohort = class_of_90(static_cast<int>(class_of_90_admitted.size()));
      run(cohort, open_class(quang_ninh_khoi, cohort, class_of_90_admitted, class_of_90_failed));
    }
    int years = static_cast<int>(hospital_by_ceremony.size()), year = 0;
    for (const auto& [ceremony, admitted] : hospital_by_ceremony) {
      // The 75 trained spread over the years, the first years taking the remainder.
      int trained = demo_detail::hospital_trained / years + (year++ < demo_detail::hospital_trained % years);
      Cohort cohort = hospital_year(ceremony, trained, static_cast<int>(admitted.size()));
      run(cohort, open_class(nghia_lo_hospital, cohort, admitted, 0));
    }
  }

  // The class in the order of its finals: `failed` invented candidates, the admitted, then the
  // other invented ones; the invented sit in the chi bộ of the admitted, in turn. An admitted
  // candidate whose ceremony is not the cohort's had their own decision two weeks before it.
  std::vector<Candidate> open_class(const Place& place, const Cohort& cohort,
                                    std::span<const AdmissionByDossier> admitted, int failed) {
    std::vector<Person> invented;
    for (std::size_t k = 0; k + admitted.size() < cohort.finals.size(); ++k)
      invented.push_back(invent(place, admitted[k % admitted.size()].chi_bo, cohort.start));
    std::vector<PersonId> invented_ids = create_people(invented);
    Date ceremony = fixed_date(cohort, le_ket_nap).value();
    std::vector<Candidate> out;
    std::size_t next_invented = 0;
    for (std::size_t i = 0; i < cohort.finals.size(); ++i) {
      std::size_t k = i - static_cast<std::size_t>(failed);
      if (i < static_cast<std::size_t>(failed) || k >= admitted.size()) {
        out.push_back(open(invented_ids[next_invented], invented[next_invented].org, cohort, i));
        ++next_invented;
        continue;
      }
      Candidate c = open(admitted[k].person, admitted[k].chi_bo, cohort, i);
      if (admitted[k].ceremony != ceremony)
        c.own_dates = {{quyet_dinh_ket_nap, working_day_from(plus_days(admitted[k].ceremony, -14))},
                       {le_ket_nap, admitted[k].ceremony}};
      out.push_back(std::move(c));
    }
    return out;
  }

  static std::optional<Date> fixed_date(const Cohort& cohort, Step step) {
    for (const Fixed& f : cohort.fixed)
      if (f.step == step) return f.date;
    return std::nullopt;
  }

  // The first working day on or after `day` (RULES.md W-1…W-5): no meeting on a day off.
  Date working_day_from(Date day) const {
    while (!calendar_->is_working_day(day)) day = plus_days(day, 1);
    return day;
  }

  // The organization of exactly that name.
  OrgView find(std::string_view name) {
    auto found = must(service_.list_orgs(caller(), {.q = std::string(name), .page = {1, 500}}), std::string(name));
    for (OrgView& view : found.items)
      if (view.org.name == name) return view;
    throw std::runtime_error(fmt::format("demo dossiers: no organization {}", name));
  }

  Org org(OrgId id) { return must(service_.get_org(caller(), id), "org").org; }

  // The đảng bộ cơ sở above a chi bộ, if any.
  std::optional<Org> dang_bo_co_so(const Org& chi_bo) {
    for (Org o = chi_bo; o.parent;) {
      o = org(*o.parent);
      if (o.type == OrgType::dang_bo_co_so) return o;
    }
    return std::nullopt;
  }

  void set_profiles() {
    for (const ProfileSpec& spec : profile_specs) {
      store::OrgProfile p{.org = find(spec.org).org.id, .settings_json = std::string(spec.settings)};
      if (spec.committee > 0) {
        p.committee_members = spec.committee;
        p.has_youth_union = true;
        p.has_trade_union = true;
      }
      upsert(p);
    }
  }
  // Org profiles have no use case of their own yet: written straight to the store.
  void upsert(const store::OrgProfile& p) {
    service_.database().write([&](store::Connection& c) {
      store::upsert_org_profile(c, p);
      return store::Commit::yes;
    });
  }

  // The first chi bộ of the unit whose name contains the given part, under a đảng bộ bộ
  // phận or not as the place asks, with at least three official members (R-4); its đảng bộ
  // cơ sở gets a profile if the place asks and it has none.
  std::vector<OrgId> chi_bo_of(const Place& place) {
    OrgId unit = find(place.unit).org.id;
    std::vector<OrgId> out;
    auto all = must(service_.list_orgs(caller(), {.within = unit, .q = std::string(place.chi_bo_contains),
                                                  .type = OrgType::chi_bo_truc_thuoc, .page = {1, 500}}),
                    "chi bộ");
    for (const OrgView& view : all.items) {
      if (static_cast<int>(out.size()) == place.chi_bo_count) break;
      bool bo_phan = org(*view.org.parent).type == OrgType::dang_bo_bo_phan;
      if (bo_phan != place.under_bo_phan || officials(view.org.id, demo_today).size() < 3) continue;
      auto grassroots = place.profile_grassroots ? dang_bo_co_so(view.org) : std::nullopt;
      if (grassroots && !has_profile(grassroots->id))
        upsert({.org = grassroots->id, .has_youth_union = true, .has_trade_union = true,
                .committee_members = profiled_++ % 2 ? 7 : 9});
      out.push_back(view.org.id);
    }
    if (static_cast<int>(out.size()) < place.chi_bo_count)
      throw std::runtime_error(fmt::format("demo dossiers: too few chi bộ in {}", place.unit));
    return out;
  }

  bool has_profile(OrgId id) {
    bool found = false;
    service_.database().read([&](store::Connection& c) { found = store::find_org_profile(c, id).has_value(); });
    return found;
  }

  // A few of the chi bộ's members official on that day, in name order.
  std::vector<std::string> officials(OrgId chi_bo, Date on) {
    auto found = must(service_.list_people(caller(), {.org = chi_bo, .status = MemberStatus::chinh_thuc,
                                                      .page = {1, 20}}),
                      "officials");
    std::vector<std::string> names;
    for (const PersonView& p : found.items)
      if (p.membership && p.membership->official_on && *p.membership->official_on <= on)
        names.push_back(p.person.full_name);
    return names;
  }

  int official_count(OrgId chi_bo, Date on) {
    return must(service_.get_org(caller(), chi_bo, on), "counts").counts->official;
  }

  // A new candidate, in the style of demo.cpp: 24–29 (a youth-union member) or 33–42 when
  // their journey starts.
  Person invent(const Place& place, OrgId chi_bo, Date start) {
    Person p;
    p.org = chi_bo;
    p.gender = f_.chance(0.55) ? Gender::nu : Gender::nam;
    int age = f_.chance(0.6) ? f_.uniform(24, 29) : f_.uniform(33, 42);
    p.birth_date = plus_days(add_months(start, -12 * age), -f_.uniform(0, 364));
    p.full_name = f_.full_name(p.gender, "Kinh", place.south);
    p.birthplace = std::string(place.province);
    p.hometown = p.birthplace;
    p.residence = p.birthplace;
    p.cccd = f_.cccd(place.province_code, p.gender, p.birth_date);
    p.education_general = "12/12";
    p.education_professional = "Đại học";
    p.occupation = "Viên chức";
    p.youth_union = age < 31;
    p.trade_union = true;
    p.phone = f_.mobile_phone();
    return p;
  }

  std::vector<PersonId> create_people(const std::vector<Person>& people) {
    std::vector<PersonId> ids;
    auto created = service_.in_one_transaction(caller(), [&](Writer& w) -> Status {
      ids.clear();
      for (const Person& p : people) {
        auto made = w.create_person(p);
        if (!made) return std::unexpected(made.error());
        ids.push_back(made->id);
      }
      return {};
    });
    if (!created) refuse("people", created.error());
    made_.people += static_cast<int>(ids.size());
    return ids;
  }

  Candidate open(PersonId person, OrgId chi_bo, const Cohort& cohort, std::size_t i) {
    NewDossier n{person, chi_bo, {Education::thpt, false, false, std::nullopt}};
    auto view = must(dossiers_.open(caller(), n), "open");
    ++made_.dossiers;
    return {view.summary.id, chi_bo, cohort.finals.at(i), static_cast<int>(i)};
  }

  std::vector<Candidate> open_cohort(const Place& place, const Cohort& cohort, const std::vector<OrgId>& chi_bo) {
    std::vector<Person> people;
    for (std::size_t i = 0; i < cohort.finals.size(); ++i)
      people.push_back(invent(place, chi_bo[i % chi_bo.size()], cohort.start));
    std::vector<PersonId> ids = create_people(people);
    std::vector<Candidate> out;
    for (std::size_t i = 0; i < ids.size(); ++i) out.push_back(open(ids[i], people[i].org, cohort, i));
    return out;
  }

  // The quần chúng ưu tú demo.cpp created in the chi bộ (seed 003).
  Candidate open_hoa_hue() {
    OrgId chi_bo = find("Chi bộ Trường Mầm non Hoa Huệ").org.id;
    auto people = must(service_.list_people(caller(), {.org = chi_bo, .status = MemberStatus::quan_chung,
                                                       .page = {1, 10}}),
                       "Hoa Huệ");
    if (people.items.size() != 1) throw std::runtime_error("demo dossiers: Hoa Huệ has no single candidate");
    return open(people.items[0].person.id, chi_bo, hoa_hue, 0);
  }

  // ---- recording ----

  // The candidate's own date, else the cohort's, else the standard journey's on a working day.
  Date date_of(const Cohort& cohort, const Leg& leg, const Candidate& c, const std::map<DossierId, Date>& ceremonies) {
    for (const Fixed& f : c.own_dates)
      if (f.step == leg.step) return f.date;
    if (auto fixed = fixed_date(cohort, leg.step)) return *fixed;
    Date from = leg.after_probation ? probation_end(ceremonies.at(c.id)) : cohort.start;
    Date day = working_day_from(plus_days(from, leg.days));
    if (day > demo_today)
      throw std::logic_error(fmt::format("demo dossiers: {} dated after {}", code(leg.step), iso(demo_today)));
    return day;
  }

  bool applies(const Candidate& c, Step step, bool exam) {
    if (step == kiem_tra_nhan_thuc) return exam;
    Org chi_bo = org(c.chi_bo);
    if (step == dang_uy_bo_phan_tham_dinh) return org(*chi_bo.parent).type == OrgType::dang_bo_bo_phan;
    if (step == dang_uy_co_so_de_nghi || step == dang_uy_co_so_xet_chinh_thuc)
      return dang_bo_co_so(chi_bo).has_value();
    return true;
  }

  bool exam_of(OrgId chi_bo) {
    for (Org o = org(chi_bo); o.parent; o = org(*o.parent))
      if (o.name == "Đảng bộ Khối các cơ quan tỉnh Quảng Ninh") return true;
    return false;
  }

  // Leg by leg, the candidates who reach it on the same day are recorded together.
  void run(const Cohort& cohort, const std::vector<Candidate>& all) {
    bool exam = exam_of(all.front().chi_bo);
    std::map<DossierId, Date> ceremonies;
    for (const Leg& leg : legs) {
      std::map<Date, std::vector<const Candidate*>> due_on;
      for (const Candidate& c : all)
        if (rank(c.final) >= rank(leg.step) && applies(c, leg.step, exam))
          due_on[date_of(cohort, leg, c, ceremonies)].push_back(&c);
      for (const auto& [day, due] : due_on) {
        if (leg.step == le_ket_nap) {
          for (const Candidate* c : due) ceremonies[c->id] = day;
          made_.members += static_cast<int>(due.size());  // the ceremony makes them members
        }
        if (leg.step == kiem_tra_nhan_thuc)
          examine(cohort, due, day);
        else
          record(cohort, leg.step, day, due);
      }
    }
    for (const Withdrawal& w : cohort.withdrawals) {
      std::vector<const Candidate*> leaving;
      for (const Candidate& c : all)
        if (c.final == w.final) leaving.push_back(&c);
      if (!leaving.empty()) batch(leaving, {.step = rut_ho_so, .date = w.on, .reason = std::string(w.reason)});
    }
    for (const Candidate& c : all)
      if (!withdraws(cohort, c)) notes(c, cohort);
  }

  static bool withdraws(const Cohort& cohort, const Candidate& c) {
    return std::ranges::any_of(cohort.withdrawals, [&](const Withdrawal& w) { return w.final == c.final; });
  }

  // P-4b: one session, recorded as a batch of those who passed and one of those who did not;
  // those who failed are examined again four weeks later, the last ones failing again.
  void examine(const Cohort& cohort, const std::vector<const Candidate*>& due, Date day) {
    std::vector<const Candidate*> passed, failed, failed_again;
    for (const Candidate* c : due) {
      bool fails = c->index < cohort.fail_once + cohort.fail_twice;
      (fails ? failed : passed).push_back(c);
      if (c->index < cohort.fail_twice) failed_again.push_back(c);
    }
    auto session = [&](const std::vector<const Candidate*>& who, Date on, bool ok) {
      if (!who.empty()) batch(who, StepRecord{.step = kiem_tra_nhan_thuc, .date = on, .passed = ok});
    };
    session(passed, day, true);
    session(failed, day, false);
    Date again = working_day_from(plus_days(day, re_exam_days));
    std::vector<const Candidate*> passed_again;
    for (const Candidate* c : failed)
      if (std::ranges::find(failed_again, c) == failed_again.end()) passed_again.push_back(c);
    session(passed_again, again, true);
    session(failed_again, again, false);
  }

  // Steps with the candidate's own data are recorded one by one; the others as one batch.
  void record(const Cohort& cohort, Step step, Date day, const std::vector<const Candidate*>& due) {
    bool own = step == phan_cong_giup_do || step == gioi_thieu || step == chi_bo_de_nghi ||
               step == dang_uy_co_so_de_nghi || step == chi_bo_xet_chinh_thuc ||
               step == dang_uy_co_so_xet_chinh_thuc;
    if (!own) {
      batch(due, common(cohort, step, day));
      return;
    }
    for (const Candidate* c : due) {
      StepRecord r = own_step(*c, step, day);
      must(dossiers_.record_step(caller(), c->id, r, std::nullopt), fmt::format("{} {}", code(step), iso(day)));
    }
  }

  void batch(const std::vector<const Candidate*>& who, const StepRecord& r) {
    std::vector<DossierId> ids;
    for (const Candidate* c : who) ids.push_back(c->id);
    must(dossiers_.record_batch(caller(), ids, r), fmt::format("batch {} {}", code(r.step), iso(r.date)));
  }

  StepRecord common(const Cohort& cohort, Step step, Date day) {
    StepRecord r{.step = step, .date = day};
    int year = static_cast<int>(day.year());
    switch (step) {
      case hoc_nhan_thuc:
        r.number = fmt::format("{}/GCN-TTCT", 100 + static_cast<unsigned>(day.month()));
        r.issuer = "Trung tâm Chính trị";
        r.score = 8.0;
        break;
      case quyet_dinh_ket_nap:
      case quyet_dinh_chinh_thuc:
        r.number = fmt::format("{}-QĐ/ĐU/{}", 300 + static_cast<unsigned>(day.day()), year);
        r.decided_by = "ban_thuong_vu_cap_tren";
        if (step == quyet_dinh_ket_nap) r.received = weekday_on_or_after(plus_days(day, 3));
        break;
      case le_ket_nap:
        if (!cohort.late_ceremony_reason.empty()) {
          r.overrides = {"P-13"};
          r.override_reason = std::string(cohort.late_ceremony_reason);
        }
        break;
      case lop_dang_vien_moi:
        r.number = fmt::format("{}/GCN-ĐVM", 40 + static_cast<unsigned>(day.month()));
        r.issuer = "Trung tâm Chính trị";
        break;
      default:
        break;
    }
    return r;
  }

  // Helpers and introducers are the chi bộ's official members; votes are unanimous, the
  // backend filling in the denominator (R-4: official members that day; P-11: the đảng ủy).
  StepRecord own_step(const Candidate& c, Step step, Date day) {
    StepRecord r{.step = step, .date = day};
    std::vector<std::string> names = officials(c.chi_bo, day);
    if (step == phan_cong_giup_do) r.helpers = {names.at(0)};
    if (step == gioi_thieu) {
      r.introducers = {{names.at(0), IntroducerKind::dang_vien, true, 24}};
      const Person person = must(service_.get_person(caller(), person_of(c)), "person").person;
      bool youth = add_months(person.birth_date, 31 * 12) > day && person.youth_union;
      if (youth)
        r.introducers.push_back({"BCH Đoàn cơ sở", IntroducerKind::doan, std::nullopt, std::nullopt});
      else
        r.introducers.push_back({names.at(1), IntroducerKind::dang_vien, true, 24});
    }
    if (step == chi_bo_de_nghi || step == chi_bo_xet_chinh_thuc) r.vote = Vote{official_count(c.chi_bo, day), 0, {}};
    if (step == dang_uy_co_so_de_nghi || step == dang_uy_co_so_xet_chinh_thuc) {
      r.vote = Vote{committee_of(c), 0, committee_of(c)};
    }
    return r;
  }

  int committee_of(const Candidate& c) {
    Org grassroots = *dang_bo_co_so(org(c.chi_bo));
    int size = 7;
    service_.database().read([&](store::Connection& conn) {
      auto p = store::find_org_profile(conn, grassroots.id);
      if (p && p->committee_members) size = *p->committee_members;
    });
    return size;
  }

  PersonId person_of(const Candidate& c) {
    return must(dossiers_.get(caller(), c.id, demo_today), "dossier").summary.person;
  }

  // Seeds 000 and 003: the helper reports on the candidate at the monthly chi bộ meeting.
  void notes(const Candidate& c, const Cohort& cohort) {
    if (c.index % 3 != 0 || rank(c.final) < rank(phan_cong_giup_do) || rank(c.final) > rank(le_ket_nap)) return;
    std::string helper = officials(c.chi_bo, demo_today).at(0);
    static constexpr std::array<std::string_view, 3> said{
        "Hoàn thành tốt nhiệm vụ chuyên môn, tích cực tham gia phong trào của đơn vị.",
        "Có ý thức học tập, nghiên cứu Điều lệ Đảng; cần mạnh dạn phát biểu hơn trong sinh hoạt.",
        "Gương mẫu, được quần chúng tín nhiệm; đề nghị chi bộ tiếp tục bồi dưỡng."};
    for (int month = 0; month < 3; ++month) {
      Date meeting = weekday_on_or_after(ymd(2026, 9 + static_cast<unsigned>(month), 5));
      if (meeting < cohort.start) continue;
      must(dossiers_.add_note(caller(), c.id, {.meeting_on = meeting, .helper = helper,
                                               .note = std::string(said[static_cast<std::size_t>(month)])}),
           "note");
    }
  }

  Service& service_;
  Dossiers dossiers_;
  std::shared_ptr<const WorkCalendar> calendar_;
  PeopleFactory f_;
  int profiled_ = 0;
  DemoSummary made_;  // dossiers, the people created for them, the members they made
};

}  // namespace

Result<DemoSummary> load_demo_dossiers(Service& service, std::span<const AdmissionByDossier> admissions) {
  try {
    return DossierLoader(service).load(admissions);
  } catch (const std::exception& e) {
    return std::unexpected(Error{ErrorCode::invalid, e.what(), "demo_dossiers", {}});
  }
}

}  // namespace ketnap::app
