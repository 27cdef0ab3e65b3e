// The pipeline engine: walks the recorded steps in order, checks each against the rules
// in force on its date, then works out the key dates and the coming steps' windows.
#include "core/pipeline.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "core/calendar.hpp"
#include "core/membership.hpp"

namespace ketnap {
namespace {

constexpr int min_age_months = 18 * 12;  // E-2
constexpr int max_age_months = 60 * 12;  // E-2, beyond it E-2a
constexpr int readmission_wait_months = 36;  // E-7
constexpr int after_expungement_months = 60;  // E-7
constexpr int min_introducer_months = 12;
constexpr int max_recognition_votes = 3;

constexpr int decision_working_days = 60;        // P-12
constexpr int recognition_decision_days = 30;
constexpr int extension_working_days = 30;       // P-12, R-15 exceptionally
constexpr int ceremony_working_days = 30;        // P-13
constexpr int recognition_meeting_days = 30;

bool never_readmitted(LeavingReason reason) {
  using enum LeavingReason;
  return reason == tu_bo_sinh_hoat || reason == xin_ra || reason == gay_mat_doan_ket ||
         reason == tham_nhung || reason == toi_nghiem_trong;
}

// The walk over one dossier's recorded steps.
class Judge {
 public:
  Judge(const Facts& facts, const RuleBook& rules, const WorkCalendar& calendar)
      : facts_(facts),
        rules_(rules),
        calendar_(calendar),
        settings_(facts.settings.value_or(rules.in_force(facts.as_of).settings)) {}

  Verdict run() {
    for (const StepRecord& record : facts_.events) {
      check(record);
      done_.push_back(&record);
    }
    verdict_.stage = done_.empty() ? "moi" : std::string(code(done_.back()->step));
    work_out_dates();
    work_out_next();
    verdict_.ok = verdict_.problems.empty();
    return std::move(verdict_);
  }

 private:
  // ---- what has been recorded so far -------------------------------------------------

  const StepRecord* latest(Step step) const {
    for (auto it = done_.rbegin(); it != done_.rend(); ++it)
      if ((*it)->step == step) return *it;
    return nullptr;
  }

  bool applies(Step step) const {
    switch (presence(step)) {
      case Presence::awareness_exam: return settings_.awareness_exam;
      case Presence::dang_uy_bo_phan: return facts_.org.has_dang_uy_bo_phan;
      case Presence::dang_uy_co_so: return facts_.org.committee_members > 0;
      default: return true;
    }
  }

  std::optional<int> chi_bo_members(const StepRecord& r) const {
    if (r.vote && r.vote->members) return r.vote->members;
    return facts_.org.official_members;
  }

  std::optional<int> committee_members(const StepRecord& r) const {
    if (r.vote && r.vote->members) return r.vote->members;
    if (facts_.org.committee_members > 0) return facts_.org.committee_members;
    return std::nullopt;
  }

  bool vote_passed(const StepRecord& r) const {
    auto members = r.step == Step::chi_bo_de_nghi || r.step == Step::chi_bo_xet_chinh_thuc
                       ? chi_bo_members(r)
                       : committee_members(r);
    return r.vote && r.vote->yes && members && reaches_two_thirds(*r.vote->yes, *members);
  }

  // A prerequisite counts once recorded and, for a vote or an examination, passed.
  const StepRecord* satisfied(Step step) const {
    for (auto it = done_.rbegin(); it != done_.rend(); ++it) {
      const StepRecord& r = **it;
      if (r.step != step) continue;
      switch (step) {
        case Step::kiem_tra_nhan_thuc:
          if (r.passed.value_or(true)) return &r;
          break;
        case Step::chi_bo_xet_chinh_thuc:
          if (r.proposal == RecognitionProposal::cong_nhan && vote_passed(r)) return &r;
          break;
        case Step::chi_bo_de_nghi:
        case Step::dang_uy_co_so_de_nghi:
        case Step::dang_uy_co_so_xet_chinh_thuc:
          if (vote_passed(r)) return &r;
          break;
        default: return &r;
      }
    }
    return nullptr;
  }

  const StepRecord* ended_by() const {
    for (const StepRecord* r : done_)
      if (is_exit(r->step) || r->step == Step::quyet_dinh_chinh_thuc) return r;
    return nullptr;
  }

  std::optional<Date> probation_end_date() const {
    const StepRecord* ceremony = latest(Step::le_ket_nap);
    if (!ceremony) return std::nullopt;
    return probation_end(ceremony->date);
  }

  // ---- reporting -------------------------------------------------------------------------

  // Reports a problem, or records the officer's override when the rule set in force on the
  // step's date allows one and the step carries the rule ID with a written reason.
  void report(const StepRecord& r, std::string_view rule, std::string message, bool may_override = true) {
    const RuleInfo* info = rules_.in_force(r.date).find(rule);
    bool overridable = may_override && info && info->overridable;
    bool overridden = overridable && !r.override_reason.empty() &&
                      std::ranges::find(r.overrides, rule) != r.overrides.end();
    if (overridden) {
      verdict_.overrides.push_back({std::string(rule), r.step, std::move(message), r.override_reason});
      return;
    }
    verdict_.problems.push_back({std::string(rule), r.step, std::move(message), overridable});
  }

  // ---- the checks ------------------------------------------------------------------------

  void check(const StepRecord& r) {
    if (r.date > facts_.as_of)
      report(r, governing_rule(r.step),
             fmt::format("Ngày {} còn ở tương lai (hôm nay là {}).", vn_date(r.date), vn_date(facts_.as_of)), false);
    if (!check_place(r)) return;
    check_prerequisites(r);
    check_step_rules(r);
  }

  // Whether the step may stand here at all: the dossier still open, the step not done
  // already, the organization having the body behind it.
  bool check_place(const StepRecord& r) {
    if (const StepRecord* end = ended_by()) {
      report(r, governing_rule(end->step),
             fmt::format("Hồ sơ đã kết thúc ở bước \"{}\" ngày {}.", label(end->step), vn_date(end->date)), false);
      return false;
    }
    if (!applies(r.step)) {
      report(r, governing_rule(r.step), fmt::format("Tổ chức này không có bước \"{}\".", label(r.step)), false);
      return false;
    }
    if (!is_repeatable(r.step) && latest(r.step)) {
      report(r, governing_rule(r.step), fmt::format("Bước \"{}\" đã được ghi nhận.", label(r.step)), false);
      return false;
    }
    if (in_admission_phase(r.step) && latest(Step::le_ket_nap)) {
      report(r, governing_rule(r.step), "Đã kết nạp: không ghi thêm bước của giai đoạn xét kết nạp.", false);
      return false;
    }
    return true;
  }

  void check_prerequisites(const StepRecord& r) {
    for (Step before : prerequisites(r.step)) {
      if (!applies(before)) continue;
      const StepRecord* found = satisfied(before);
      if (!found) {
        report(r, governing_rule(r.step),
               fmt::format("Chưa có bước \"{}\"{} trước bước \"{}\".", label(before),
                           latest(before) ? " đạt yêu cầu" : "", label(r.step)),
               false);
      } else if (found->date > r.date) {
        report(r, governing_rule(r.step),
               fmt::format("Bước \"{}\" ({}) phải sau bước \"{}\" ({}).", label(r.step), vn_date(r.date),
                           label(before), vn_date(found->date)),
               false);
      }
    }
  }

  void check_step_rules(const StepRecord& r) {
    switch (r.step) {
      case Step::gioi_thieu: check_introducers(r); break;
      case Step::chi_bo_de_nghi: check_admission_meeting(r); break;
      case Step::dang_uy_co_so_de_nghi: check_committee_vote(r, "P-11"); break;
      case Step::quyet_dinh_ket_nap: check_admission_decision(r); break;
      case Step::le_ket_nap: check_ceremony(r); break;
      case Step::chi_bo_xet_chinh_thuc: check_recognition_meeting(r); break;
      case Step::dang_uy_co_so_xet_chinh_thuc: check_committee_vote(r, "R-14"); break;
      case Step::quyet_dinh_chinh_thuc: check_recognition_decision(r); break;
      case Step::xoa_ten_du_bi: check_removal(r); break;
      case Step::rut_ho_so: break;
      default: break;
    }
  }

  // P-9 with E-2, E-3, E-7, P-4a, R-4, R-5: the chi bộ meeting that proposes admission.
  void check_admission_meeting(const StepRecord& r) {
    check_age(r);
    check_education(r);
    check_readmission(r);
    check_certificate(r);
    check_dossier_freshness(r);
    check_chi_bo_vote(r, "R-4");
    if (auto members = chi_bo_members(r); r.vote && r.vote->yes && members &&
                                          !reaches_two_thirds(*r.vote->yes, *members))
      report(r, "R-4",
             fmt::format("Chỉ {} trên {} đảng viên chính thức tán thành, chưa đạt 2/3: chi bộ chưa thể đề nghị kết nạp.",
                         *r.vote->yes, *members),
             false);
  }

  void check_age(const StepRecord& r) {
    int months = age_in_months(facts_.candidate.birth_date, r.date, settings_.age_precision);
    if (months < min_age_months)
      report(r, "E-2",
             fmt::format("Tại ngày chi bộ họp xét ({}) người vào Đảng mới {} tuổi {} tháng, chưa đủ 18 tuổi.",
                         vn_date(r.date), months / 12, months % 12),
             false);
  }

  void check_education(const StepRecord& r) {
    const auto& education = facts_.candidate.education;
    if (!education) {
      report(r, "E-3", "Chưa có trình độ giáo dục phổ thông của người vào Đảng để kiểm tra.", false);
      return;
    }
    bool hardship = facts_.candidate.hardship_area.value_or(false);
    Education minimum = hardship ? Education::tieu_hoc : Education::thcs;
    if (*education < minimum)
      report(r, "E-3",
             hardship ? "Vùng khó khăn: người vào Đảng phải hoàn thành chương trình tiểu học trở lên."
                      : "Người vào Đảng phải tốt nghiệp trung học cơ sở trở lên.");
  }

  void check_readmission(const StepRecord& r) {
    const auto& previous = facts_.candidate.previous_membership;
    if (!previous) return;
    if (previous->reason && never_readmitted(*previous->reason))
      report(r, "E-7", "Người đã ra khỏi Đảng vì lý do này không được xem xét kết nạp lại.", false);
    if (previous->readmitted_before)
      report(r, "E-7", "Chỉ được kết nạp lại một lần; người này đã được kết nạp lại trước đây.", false);
    if (auto earliest = readmission_earliest(); earliest && r.date < *earliest)
      report(r, "E-7", fmt::format("Chỉ được xét kết nạp lại từ ngày {}.", vn_date(*earliest)), false);
    if (previous->reason == LeavingReason::toi_it_nghiem_trong && !previous->expunged_on)
      report(r, "E-7", "Người bị kết án phải được xóa án tích đủ 60 tháng mới được xét kết nạp lại.", false);
  }

  std::optional<Date> readmission_earliest() const {
    const auto& previous = facts_.candidate.previous_membership;
    if (!previous) return std::nullopt;
    std::optional<Date> earliest;
    if (previous->left_on) earliest = add_months(*previous->left_on, readmission_wait_months);
    if (previous->expunged_on) {
      Date after = add_months(*previous->expunged_on, after_expungement_months);
      earliest = earliest ? std::max(*earliest, after) : after;
    }
    return earliest;
  }

  std::optional<Date> certificate_valid_until() const {
    const StepRecord* certificate = latest(Step::hoc_nhan_thuc);
    if (!certificate) return std::nullopt;
    return add_months(certificate->date, settings_.certificate_valid_months);
  }

  void check_certificate(const StepRecord& r) {
    auto valid_until = certificate_valid_until();
    if (valid_until && r.date > *valid_until)
      report(r, "P-4a",
             fmt::format("Giấy chứng nhận học lớp nhận thức về Đảng hết giá trị từ sau ngày {}: phải học lại.",
                         vn_date(*valid_until)));
  }

  // introducers' letters and the summary of opinions older than the set months.
  void check_dossier_freshness(const StepRecord& r) {
    for (Step step : {Step::gioi_thieu, Step::nhan_xet}) {
      const StepRecord* paper = latest(step);
      if (!paper) continue;
      Date stale_after = add_months(paper->date, settings_.dossier_valid_months);
      if (r.date > stale_after)
        report(r, "R-5",
               fmt::format("\"{}\" lập ngày {} đã quá {} tháng: phải làm lại.", label(step), vn_date(paper->date),
                           settings_.dossier_valid_months));
    }
  }

  // the vote needs its count and a chi bộ of at least three official members.
  void check_chi_bo_vote(const StepRecord& r, std::string_view rule) {
    auto members = chi_bo_members(r);
    if (!members) {
      report(r, rule, "Chưa có số đảng viên chính thức của chi bộ để tính 2/3.", false);
    } else if (*members < 3) {
      report(r, rule, fmt::format("Chi bộ chỉ có {} đảng viên chính thức, chưa đủ 3 để xét.", *members), false);
    }
    if (!r.vote || !r.vote->yes) {
      report(r, rule, "Chưa ghi số đảng viên tán thành.", false);
    } else if (members && *r.vote->yes > *members) {
      report(r, rule, fmt::format("Số tán thành ({}) lớn hơn số đảng viên chính thức ({}).", *r.vote->yes, *members),
             false);
    }
  }

  // P-11, R-14: a đảng ủy cơ sở resolution needs 2/3 of all its members.
  void check_committee_vote(const StepRecord& r, std::string_view rule) {
    auto members = committee_members(r);
    if (!r.vote || !r.vote->yes || !members) {
      report(r, rule, "Chưa ghi số cấp ủy viên tán thành hoặc tổng số cấp ủy viên.", false);
      return;
    }
    if (!reaches_two_thirds(*r.vote->yes, *members))
      report(r, rule,
             fmt::format("Chỉ {} trên {} cấp ủy viên tán thành, chưa đạt 2/3 tổng số cấp ủy viên.", *r.vote->yes,
                         *members),
             false);
  }

  // who may introduce, and in which combination.
  void check_introducers(const StepRecord& r) {
    int members = 0, youth = 0, trade = 0;
    for (const Introducer& who : r.introducers) {
      if (who.kind == IntroducerKind::dang_vien) {
        ++members;
        if (who.official == false)
          report(r, "R-1", fmt::format("{} là đảng viên dự bị, không được giới thiệu người vào Đảng.", who.name),
                 false);
      }
      if (who.kind == IntroducerKind::doan) ++youth;
      if (who.kind == IntroducerKind::cong_doan) ++trade;
      if (who.months_together && *who.months_together < min_introducer_months)
        report(r, "R-1",
               fmt::format("{} mới cùng công tác, sinh hoạt với người vào Đảng {} tháng, chưa đủ 12 tháng.", who.name,
                           *who.months_together),
               false);
    }
    check_introducer_combination(r, members, youth, trade);
  }

  void check_introducer_combination(const StepRecord& r, int members, int youth, int trade) {
    const Candidate& c = facts_.candidate;
    const OrgFacts& org = facts_.org;
    bool youth_age = age_in_months(c.birth_date, r.date, AgePrecision::month) < (settings_.youth_age_max + 1) * 12;
    bool two_members = members == 2 && youth == 0 && trade == 0;
    bool youth_route = members == 1 && youth == 1 && trade == 0;
    bool trade_route = members == 1 && trade == 1 && youth == 0;

    if (org.has_youth_union == true && youth_age) {
      if (c.youth_union_member == false)
        report(r, "R-2", "Nơi có tổ chức Đoàn, người trong độ tuổi thanh niên phải là đoàn viên.");
      if (!youth_route)
        report(r, "R-2", "Người trong độ tuổi thanh niên được BCH đoàn cơ sở và một đảng viên chính thức giới thiệu.");
      return;
    }
    if (org.has_youth_union == false && org.has_trade_union == true) {
      if (trade_route && c.trade_union_member == false)
        report(r, "R-2", "Người được BCH công đoàn cơ sở giới thiệu phải là đoàn viên công đoàn.");
      if (!trade_route && !(two_members && settings_.trade_union_two_members_allowed))
        report(r, "R-2", "Nơi không có Đoàn: BCH công đoàn cơ sở và một đảng viên chính thức giới thiệu.");
      return;
    }
    bool allowed = two_members || (youth_route && youth_age && c.youth_union_member != false) ||
                   (trade_route && c.trade_union_member != false);
    if (!allowed)
      report(r, "R-2", fmt::format("Cần hai đảng viên chính thức giới thiệu (đã có {} đảng viên, {} BCH đoàn, {} BCH công đoàn).",
                                   members, youth, trade));
  }

  // P-12, E-2a, E-7/O-4, O-3.
  void check_admission_decision(const StepRecord& r) {
    if (const StepRecord* meeting = satisfied(Step::chi_bo_de_nghi)) {
      check_deadline(r, "P-12", meeting->date, decision_working_days, "chi bộ có nghị quyết đề nghị kết nạp");
      int age = age_in_months(facts_.candidate.birth_date, meeting->date, settings_.age_precision);
      if (age > max_age_months) check_provincial_consent(r, "E-2a", "Người trên 60 tuổi");
    }
    if (facts_.candidate.previous_membership) check_provincial_consent(r, "E-7", "Kết nạp lại");
    check_authority(r);
  }

  void check_provincial_consent(const StepRecord& r, std::string_view rule, std::string_view who) {
    if (!r.provincial_consent_on || *r.provincial_consent_on > r.date)
      report(r, rule,
             fmt::format("{} cần văn bản đồng ý của ban thường vụ tỉnh ủy, thành ủy trước ngày quyết định.", who), false);
  }

  // O-3: the body that may decide admission and recognition.
  void check_authority(const StepRecord& r) {
    if (r.decided_by.empty()) return;
    bool under_committee = facts_.org.committee_members > 0;
    std::string_view expected = under_committee && settings_.dang_uy_co_so_authorized ? "dang_uy_co_so"
                                                                                        : "ban_thuong_vu_cap_tren";
    bool ok = r.decided_by == expected || (!under_committee && r.decided_by == "tinh_uy");
    if (!ok)
      report(r, "O-3",
             fmt::format("Thẩm quyền quyết định thuộc {} (đã ghi \"{}\").",
                         expected == "dang_uy_co_so" ? "đảng ủy cơ sở được ủy quyền"
                                                     : "ban thường vụ cấp ủy cấp trên trực tiếp",
                         r.decided_by),
             false);
  }

  // A deadline in working days from `start` (W-1: the start day is not counted), with the
  // exceptional extension when the record says it was granted.
  void check_deadline(const StepRecord& r, std::string_view rule, Date start, int days, std::string_view from) {
    int allowed = days + (r.extended ? extension_working_days : 0);
    Date due = calendar_.add_working_days(start, allowed);
    if (r.date > due)
      report(r, rule,
             fmt::format("Quá hạn: phải xong trong {} ngày làm việc kể từ ngày {} ({}), tức chậm nhất {}.", allowed,
                         from, vn_date(start), vn_date(due)));
  }

  // P-13: the ceremony within 30 working days of receiving the decision.
  void check_ceremony(const StepRecord& r) {
    const StepRecord* decision = latest(Step::quyet_dinh_ket_nap);
    if (!decision) return;
    Date received = decision->received.value_or(decision->date);
    if (r.date < received) {
      report(r, "P-13", fmt::format("Lễ kết nạp trước ngày chi bộ nhận quyết định ({}).", vn_date(received)), false);
      return;
    }
    check_deadline(r, "P-13", received, ceremony_working_days, "chi bộ nhận quyết định kết nạp");
  }

  // R-14 with: the chi bộ meeting on recognition.
  void check_recognition_meeting(const StepRecord& r) {
    auto end = probation_end_date();
    if (end && r.date < *end)
      report(r, "R-14",
             fmt::format("Chi bộ chỉ xét công nhận chính thức sau khi hết 12 tháng dự bị ({}).", vn_date(*end)), false);
    else if (end)
      check_deadline(r, "R-14", *end, recognition_meeting_days, "hết thời gian dự bị");
    if (settings_.new_member_class_required && !latest(Step::lop_dang_vien_moi))
      report(r, "R-12", "Chưa có giấy chứng nhận học lớp bồi dưỡng đảng viên mới.");
    if (failed_recognition_votes() >= max_recognition_votes)
      report(r, "R-18", "Chi bộ đã biểu quyết 3 lần không đạt 2/3: báo cáo cấp ủy cấp trên xem xét, quyết định.",
             false);
    check_chi_bo_vote(r, "R-4");
  }

  int failed_recognition_votes() const {
    return static_cast<int>(std::ranges::count_if(done_, [&](const StepRecord* r) {
      return r->step == Step::chi_bo_xet_chinh_thuc && !vote_passed(*r);
    }));
  }

  // R-15 and O-3.
  void check_recognition_decision(const StepRecord& r) {
    if (const StepRecord* meeting = satisfied(Step::chi_bo_xet_chinh_thuc))
      check_deadline(r, "R-15", meeting->date, recognition_decision_days,
                     "chi bộ có nghị quyết đề nghị công nhận chính thức");
    check_authority(r);
  }

  // removal follows a chi bộ proposal to remove, or three failed votes.
  void check_removal(const StepRecord& r) {
    bool proposed = std::ranges::any_of(done_, [&](const StepRecord* v) {
      return v->step == Step::chi_bo_xet_chinh_thuc && v->proposal == RecognitionProposal::xoa_ten && vote_passed(*v);
    });
    if (!proposed && failed_recognition_votes() < max_recognition_votes)
      report(r, "R-17", "Chưa có nghị quyết của chi bộ đề nghị xóa tên (đạt 2/3) hoặc 3 lần biểu quyết không đạt.",
             false);
    check_authority(r);
  }

  // ---- dates and windows -----------------------------------------------------------------

  void work_out_dates() {
    KeyDates& d = verdict_.dates;
    const StepRecord* meeting = latest(Step::chi_bo_de_nghi);
    d.age_months = age_in_months(facts_.candidate.birth_date, meeting ? meeting->date : facts_.as_of,
                                 settings_.age_precision);
    d.certificate_valid_until = certificate_valid_until();
    d.probation_end = probation_end_date();
    if (latest(Step::quyet_dinh_chinh_thuc) && d.probation_end) {
      d.official_from = d.probation_end;
      if (const StepRecord* decision = latest(Step::quyet_dinh_ket_nap))
        d.party_age_from = decision->date;
    }
  }

  void add_next(Step step, std::optional<Date> earliest, std::optional<Date> due, std::optional<Date> extended,
                std::string_view rule) {
    verdict_.next.push_back({step, earliest, due, extended, std::string(rule)});
  }

  void work_out_next() {
    if (ended_by()) return;
    if (!latest(Step::le_ket_nap)) {
      next_in_admission();
      return;
    }
    next_in_probation();
  }

  void next_in_admission() {
    const StepRecord* meeting = satisfied(Step::chi_bo_de_nghi);
    const StepRecord* decision = latest(Step::quyet_dinh_ket_nap);
    if (!meeting) {
      // E-2: the month of the 18th birthday; E-7: the re-admission waiting period.
      Date eighteen = add_months(facts_.candidate.birth_date, min_age_months);
      if (settings_.age_precision == AgePrecision::month) eighteen = Date{eighteen.year(), eighteen.month(), std::chrono::day{1}};
      Date earliest = std::max(eighteen, readmission_earliest().value_or(eighteen));
      if (!done_.empty()) earliest = std::max(earliest, done_.back()->date);  // not before what it follows
      auto due = certificate_valid_until();
      add_next(Step::chi_bo_de_nghi, earliest, due, std::nullopt, due ? "P-4a" : "E-2");
      return;
    }
    if (!decision) {
      add_next(Step::quyet_dinh_ket_nap, meeting->date,
               calendar_.add_working_days(meeting->date, decision_working_days),
               calendar_.add_working_days(meeting->date, decision_working_days + extension_working_days), "P-12");
      return;
    }
    Date received = decision->received.value_or(decision->date);
    add_next(Step::le_ket_nap, received, calendar_.add_working_days(received, ceremony_working_days), std::nullopt,
             "P-13");
  }

  void next_in_probation() {
    Date end = *probation_end_date();
    const StepRecord* meeting = satisfied(Step::chi_bo_xet_chinh_thuc);
    if (!meeting) {
      add_next(Step::chi_bo_xet_chinh_thuc, end, calendar_.add_working_days(end, recognition_meeting_days),
               std::nullopt, "R-14");
      return;
    }
    add_next(Step::quyet_dinh_chinh_thuc, meeting->date,
             calendar_.add_working_days(meeting->date, recognition_decision_days),
             calendar_.add_working_days(meeting->date, recognition_decision_days + extension_working_days), "R-15");
  }

  const Facts& facts_;
  const RuleBook& rules_;
  const WorkCalendar& calendar_;
  Settings settings_;
  std::vector<const StepRecord*> done_;
  Verdict verdict_;
};

bool same_problem(const Problem& a, const Problem& b) {
  return a.rule == b.rule && a.step == b.step && a.message == b.message;
}

}  // namespace

int age_in_months(Date birth, Date on, AgePrecision precision) {
  int months = months_between(birth, on);
  if (precision == AgePrecision::day && on.day() < birth.day()) --months;
  return months;
}

bool reaches_two_thirds(int yes, int members) { return members > 0 && 3 * yes >= 2 * members; }

Verdict evaluate(const Facts& facts, const RuleBook& rules, const WorkCalendar& calendar) {
  return Judge(facts, rules, calendar).run();
}

std::vector<Problem> problems_of_next_step(const Facts& facts, const StepRecord& record, const RuleBook& rules,
                                           const WorkCalendar& calendar) {
  Verdict before = evaluate(facts, rules, calendar);
  Facts with = facts;
  with.events.push_back(record);
  Verdict after = evaluate(with, rules, calendar);
  std::vector<Problem> added;
  for (Problem& p : after.problems)
    if (std::ranges::none_of(before.problems, [&](const Problem& old) { return same_problem(old, p); }))
      added.push_back(std::move(p));
  return added;
}

// ---- codes -------------------------------------------------------------------------------

std::optional<Education> parse_education(std::string_view text) {
  if (text == "biet_chu") return Education::biet_chu;
  if (text == "tieu_hoc") return Education::tieu_hoc;
  if (text == "thcs") return Education::thcs;
  if (text == "thpt") return Education::thpt;
  return std::nullopt;
}

std::string_view code(Education e) {
  static constexpr std::array codes{"biet_chu", "tieu_hoc", "thcs", "thpt"};
  return codes[static_cast<std::size_t>(e)];
}

// In the order of LeavingReason.
constexpr std::array<std::string_view, 9> leaving_reason_codes{
    "tu_bo_sinh_hoat",     "xin_ra",   "gay_mat_doan_ket", "tham_nhung", "toi_nghiem_trong",
    "toi_it_nghiem_trong", "khai_tru", "xoa_ten",          "khac"};

std::optional<LeavingReason> parse_leaving_reason(std::string_view text) {
  for (std::size_t i = 0; i < leaving_reason_codes.size(); ++i)
    if (text == leaving_reason_codes[i]) return static_cast<LeavingReason>(i);
  return std::nullopt;
}

std::string_view code(LeavingReason reason) { return leaving_reason_codes[static_cast<std::size_t>(reason)]; }

std::optional<IntroducerKind> parse_introducer_kind(std::string_view text) {
  if (text == "dang_vien") return IntroducerKind::dang_vien;
  if (text == "doan") return IntroducerKind::doan;
  if (text == "cong_doan") return IntroducerKind::cong_doan;
  return std::nullopt;
}

}  // namespace ketnap
