// Dossier use cases that write and read one dossier: open it, record its steps as they
// happen (refused with every reason when the rules forbid them), batches of one step for
// several candidates, the helpers' notes, and the dossier with its verdict. Membership
// follows the pipeline: the ceremony makes the member, recognition and removal change it.
#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <set>

#include "app/dossier_state.hpp"
#include "app/json.hpp"
#include "app/pipeline_json.hpp"
#include "core/calendar.hpp"
#include "core/text.hpp"

namespace ketnap::app {
namespace {

using detail::Access;
using detail::DossierState;

Error stale_dossier() {
  return Error{ErrorCode::conflict,
               "Hồ sơ này vừa được người khác thay đổi; hãy tải lại rồi ghi tiếp.",
               "version",
               {}};
}

Status check_version(const DossierState& dossier, std::optional<int> expected) {
  if (expected && *expected != dossier.row.version) return std::unexpected(stale_dossier());
  return {};
}

Status check_step_input(const StepRecord& step) {
  if (!step.date.ok()) return invalid("date", "Thiếu ngày của bước hoặc ngày không có trên lịch.");
  if (!step.overrides.empty() && normalize_text(step.override_reason).empty())
    return invalid("override.reason", "Vượt quy định phải ghi rõ lý do.");
  return {};
}

// A refusal by the Party's rules, listing every problem with its rule; `field_of` names
// where each one points (the step code, or the candidate in a batch).
template <class FieldOf>
Error refusal(const std::vector<Problem>& problems, FieldOf field_of) {
  Error error{ErrorCode::rule, fmt::format("Bước này trái quy định: {} vấn đề.", problems.size()), {}, {}};
  for (const Problem& p : problems)
    error.problems.push_back(
        Error{.code = ErrorCode::rule, .message = p.message, .field = field_of(p), .rule = p.rule, .overridable = p.overridable});
  if (!problems.empty()) error.rule = problems.front().rule;
  return error;
}

bool ends_dossier(Step step) { return is_exit(step) || step == Step::quyet_dinh_chinh_thuc; }

// Whether recording `step` depends on the đảng ủy cơ sở above the chi bộ (P-11, R-14, O-3).
bool needs_committee(Step step) {
  return presence(step) == Presence::dang_uy_co_so || step == Step::quyet_dinh_ket_nap ||
         step == Step::quyet_dinh_chinh_thuc;
}

// P-11, R-14: a chi bộ trực thuộc whose đảng ủy's size nobody has told cannot have its
// đảng ủy's resolution counted, nor its decision judged.
std::optional<Problem> unknown_committee(const DossierState& dossier, const std::vector<StepRecord>& events,
                                         const StepRecord& step) {
  if (!needs_committee(step.step) || detail::committee_size(dossier.org, events, &step)) return std::nullopt;
  const std::string& dang_uy = dossier.org.dang_uy_co_so->name;
  bool admission = in_admission_phase(step.step);
  Step resolution = admission ? Step::dang_uy_co_so_de_nghi : Step::dang_uy_co_so_xet_chinh_thuc;
  std::string message =
      presence(step.step) == Presence::dang_uy_co_so
          ? fmt::format(
                "Chưa biết tổng số cấp ủy viên của {}: ghi số này (members) cùng kết quả biểu quyết để tính "
                "2/3.",
                dang_uy)
          : fmt::format("Chi bộ trực thuộc {}: cần ghi bước \"{}\" với tổng số cấp ủy viên trước bước này.",
                        dang_uy, label(resolution));
  return Problem{admission ? "P-11" : "R-14", step.step, std::move(message), false};
}

// R-4, P-11: a vote recorded without its denominator takes the chi bộ's official members on
// its date, or the đảng ủy's size, so that the stored record keeps its meaning later.
void complete_vote(StepRecord& step, const OrgFacts& org) {
  if (!step.vote || step.vote->members) return;
  switch (step.step) {
    case Step::chi_bo_de_nghi:
    case Step::chi_bo_xet_chinh_thuc:
      step.vote->members = org.official_members;
      break;
    case Step::dang_uy_co_so_de_nghi:
    case Step::dang_uy_co_so_xet_chinh_thuc:
      if (org.committee_members > 0) step.vote->members = org.committee_members;
      break;
    default:
      break;
  }
}

// The problems recording `step` next would raise, judged on the facts of its own date.
std::vector<Problem> problems_of(store::Connection& c, const DossierState& dossier, StepRecord& step,
                                 Date today, const WorkCalendar& calendar) {
  Facts facts = detail::facts_of(c, dossier, today, step.date, &step);
  if (auto missing = unknown_committee(dossier, facts.events, step)) return {std::move(*missing)};
  complete_vote(step, facts.org);
  return problems_of_next_step(facts, step, builtin_rules(), calendar);
}

const StepRecord* latest(const DossierState& dossier, Step step) {
  for (auto it = dossier.steps.rbegin(); it != dossier.steps.rend(); ++it)
    if (it->record.step == step) return &it->record;
  return nullptr;
}

// P-13, R-10: the ceremony makes the candidate a probationary member of the chi bộ, with
// the admission decision's date (R-19: party age counts from it).
Status admit(store::Connection& c, const Caller& caller, DossierState& dossier, const StepRecord& ceremony) {
  const StepRecord* decision = latest(dossier, Step::quyet_dinh_ket_nap);
  if (!decision) return invalid("step", "Chưa có quyết định kết nạp.");
  Membership member{{}, dossier.person.id, dossier.org.chi_bo.id, decision->date, ceremony.date};
  auto made = detail::TransactionWriter(c, caller).add_membership(member);
  if (!made) return std::unexpected(made.error());
  dossier.row.membership = made->id;
  return {};
}

// Changes the membership the dossier's ceremony created, with its audit entry.
template <class Change>
Status change_membership(store::Connection& c, const Caller& caller, const DossierState& dossier,
                         Change change) {
  auto member = store::latest_membership(c, dossier.person.id);
  if (!member || !dossier.row.membership || member->id != *dossier.row.membership)
    return fail(ErrorCode::conflict, "Không tìm thấy đảng tịch do lễ kết nạp của hồ sơ này tạo ra.");
  Membership before = *member;
  change(*member);
  store::update_membership_dates(c, *member);
  auto org = store::find_org(c, member->org);
  detail::AuditLog(c, caller).record("membership.update", "membership", member->id.value,
                                     org ? org->path : dossier.org.chi_bo.path, to_text(to_json(before)),
                                     to_text(to_json(*member)));
  return {};
}

// Membership follows the pipeline.
Status follow_membership(store::Connection& c, const Caller& caller, DossierState& dossier,
                         const StepRecord& step) {
  switch (step.step) {
    case Step::le_ket_nap:
      return admit(c, caller, dossier, step);
    case Step::quyet_dinh_chinh_thuc:  // official from the day probation ends
      return change_membership(c, caller, dossier,
                               [](Membership& m) { m.official_on = probation_end(m.ceremony_on); });
    case Step::xoa_ten_du_bi:  // the probation ends on the day of removal
      return change_membership(c, caller, dossier, [&](Membership& m) {
        m.left_on = step.date;
        m.left_reason = "Xóa tên khỏi danh sách đảng viên dự bị";
      });
    default:
      return {};
  }
}

// Keeps the verdict's stage and immediate next step on the row, which lists, statistics
// and the worklist read; a dossier that reached its end closes.
void keep_verdict(store::DossierRecord& row, const Verdict& verdict, const std::string& at) {
  row.stage = verdict.stage;
  row.next = verdict.next.empty() ? std::nullopt : std::optional(verdict.next.front());
  auto last = parse_step(verdict.stage);
  if (row.open && last && ends_dossier(*last)) {
    row.open = false;
    row.closed_at = at;
  }
}

// Re-judges the dossier as of today and saves its row one version on, with the audit entry.
Result<Verdict> save_row(store::Connection& c, const Caller& caller, DossierState& dossier,
                         std::string_view action, const boost::json::object& before,
                         boost::json::object extra, const WorkCalendar& calendar) {
  detail::AuditLog audit(c, caller);
  Date today = today_in_vietnam();
  Verdict verdict = detail::verdict_of(detail::facts_of(c, dossier, today, today), calendar);
  keep_verdict(dossier.row, verdict, audit.at());
  dossier.row.version += 1;
  if (!store::update_dossier(c, dossier.row)) return std::unexpected(stale_dossier());
  boost::json::object after = detail::dossier_json(dossier.row);
  for (auto& [key, value] : extra) after[key] = value;
  audit.record(action, "dossier", dossier.row.id, dossier.org.chi_bo.path, to_text(before), to_text(after));
  return verdict;
}

// Stores a step that raised no problem, with what follows from it.
Result<Verdict> save_step(store::Connection& c, const Caller& caller, DossierState& dossier,
                          const StepRecord& step, std::optional<std::int64_t> batch,
                          const WorkCalendar& calendar) {
  boost::json::object before = detail::dossier_json(dossier.row);
  boost::json::object data = to_json(step);
  store::StepRow row{store::next_id(c), dossier.row.id, std::string(code(step.step)),
                     step.date,         to_text(data),  detail::now_utc(),
                     caller.username,   batch};
  store::insert_dossier_step(c, row);
  dossier.steps.push_back(RecordedStep{row.id, step, row.recorded_at, row.recorded_by, batch});
  if (auto ok = follow_membership(c, caller, dossier, step); !ok) return std::unexpected(ok.error());
  boost::json::object extra{{"step", std::move(data)}};
  if (batch) extra["batch_id"] = *batch;
  return save_row(c, caller, dossier, "dossier.step", before, std::move(extra), calendar);
}

std::vector<FollowUpNote> notes_of(store::Connection& c, std::int64_t dossier) {
  std::vector<FollowUpNote> notes;
  for (store::NoteRow& n : store::dossier_notes(c, dossier))
    notes.push_back(FollowUpNote{n.id, n.meeting_on, std::move(n.helper), std::move(n.note),
                                 std::move(n.recorded_at), std::move(n.recorded_by)});
  return notes;
}

DossierView view_of(store::Connection& c, const DossierState& dossier, Verdict verdict, Date as_of) {
  return DossierView{detail::summary_of(dossier.row), dossier.profile,    dossier.steps,
                     notes_of(c, dossier.row.id),     std::move(verdict), as_of};
}

Error with_field(Error error, std::string field) {
  error.field = std::move(field);
  return error;
}

// The person a dossier is opened for: visible to the caller, not a member already, and
// without another open dossier.
Result<Person> candidate_person(store::Connection& c, const Caller& caller, PersonId id, Date today) {
  auto person = store::find_person(c, id);
  if (!person || !detail::visible_org(c, caller, person->org))
    return fail(ErrorCode::not_found, fmt::format("Không tìm thấy người có mã {}.", id.value), "person_id");
  if (auto open = store::open_dossier_of(c, id))
    return fail(ErrorCode::conflict,
                fmt::format("{} đã có hồ sơ phát triển đảng viên đang mở (mã {}).", person->full_name, *open),
                "person_id");
  if (auto member = store::latest_membership(c, id);
      member && status_on(*member, today) != MemberStatus::quan_chung)
    return fail(ErrorCode::conflict, fmt::format("{} đã là đảng viên.", person->full_name), "person_id");
  return std::move(*person);
}

// The chi bộ that handles a new dossier (O-2): writable by the caller and not dissolved.
Result<Org> handling_chi_bo(store::Connection& c, const Caller& caller, OrgId id) {
  auto org = detail::org_taking_records(c, caller, id, "org_id");
  if (!org) return org;
  if (!is_chi_bo(org->type))
    return invalid(
        "org_id",
        fmt::format("\"{}\" không phải chi bộ: hồ sơ phát triển đảng viên do chi bộ quản lý.", org->name));
  return org;
}

Status check_batch_ids(const std::vector<DossierId>& ids) {
  if (ids.empty()) return invalid("dossiers", "Chưa chọn hồ sơ nào.");
  std::set<DossierId> seen;
  for (std::size_t i = 0; i < ids.size(); ++i)
    if (!seen.insert(ids[i]).second)
      return invalid(fmt::format("dossiers[{}]", i),
                     fmt::format("Hồ sơ mã {} được chọn hai lần.", ids[i].value));
  return {};
}

}  // namespace

Dossiers::Dossiers(Service& service) : service_(service) {}

Result<DossierView> Dossiers::open(const Caller& caller, const NewDossier& n) {
  Date today = today_in_vietnam();
  auto calendar = service_.calendar();
  return detail::write<DossierView>(service_.database(), [&](store::Connection& c) -> Result<DossierView> {
    auto person = candidate_person(c, caller, n.person, today);
    if (!person) return std::unexpected(person.error());
    auto chi_bo = handling_chi_bo(c, caller, n.org);
    if (!chi_bo) return std::unexpected(chi_bo.error());
    detail::AuditLog audit(c, caller);
    DossierState dossier;
    dossier.row.id = store::next_id(c);
    dossier.row.person = person->id;
    dossier.row.org = chi_bo->id;
    dossier.row.profile_json = detail::profile_to_text(n.profile);
    dossier.row.opened_at = audit.at();
    dossier.row.person_name = person->full_name;
    dossier.row.org_name = chi_bo->name;
    dossier.person = std::move(*person);
    dossier.profile = n.profile;
    dossier.org = detail::chi_bo_facts(c, *chi_bo);
    Verdict verdict = detail::verdict_of(detail::facts_of(c, dossier, today, today), *calendar);
    keep_verdict(dossier.row, verdict, audit.at());
    store::insert_dossier(c, dossier.row);
    audit.record("dossier.open", "dossier", dossier.row.id, chi_bo->path, "",
                 to_text(detail::dossier_json(dossier.row)));
    return view_of(c, dossier, std::move(verdict), today);
  });
}

Result<DossierView> Dossiers::get(const Caller& caller, DossierId id, std::optional<Date> as_of) {
  Date day = as_of.value_or(today_in_vietnam());
  auto calendar = service_.calendar();
  return detail::read<DossierView>(service_.database(), [&](store::Connection& c) -> Result<DossierView> {
    auto dossier = detail::load_dossier(c, caller, id, Access::read);
    if (!dossier) return std::unexpected(dossier.error());
    Facts facts = detail::facts_of(c, *dossier, day, day);
    std::erase_if(facts.events, [&](const StepRecord& r) { return r.date > day; });  // as it stood that day
    return view_of(c, *dossier, detail::verdict_of(facts, *calendar), day);
  });
}

Result<DossierView> Dossiers::update_profile(const Caller& caller, DossierId id,
                                             const CandidateProfile& profile,
                                             std::optional<int> expected_version) {
  auto calendar = service_.calendar();
  return detail::write<DossierView>(service_.database(), [&](store::Connection& c) -> Result<DossierView> {
    auto dossier = detail::load_dossier(c, caller, id, Access::write);
    if (!dossier) return std::unexpected(dossier.error());
    if (auto ok = check_version(*dossier, expected_version); !ok) return std::unexpected(ok.error());
    std::string text = detail::profile_to_text(profile);
    Date today = today_in_vietnam();
    if (text == dossier->row.profile_json)  // nothing to change
      return view_of(c, *dossier, detail::verdict_of(detail::facts_of(c, *dossier, today, today), *calendar),
                     today);
    boost::json::object before = detail::dossier_json(dossier->row);
    dossier->row.profile_json = std::move(text);
    dossier->profile = profile;
    auto verdict = save_row(c, caller, *dossier, "dossier.profile", before, {}, *calendar);
    if (!verdict) return std::unexpected(verdict.error());
    return view_of(c, *dossier, std::move(*verdict), today);
  });
}

Result<DossierView> Dossiers::record_step(const Caller& caller, DossierId id, const StepRecord& step,
                                          std::optional<int> expected_version) {
  if (auto ok = check_step_input(step); !ok) return std::unexpected(ok.error());
  Date today = today_in_vietnam();
  auto calendar = service_.calendar();
  return detail::write<DossierView>(service_.database(), [&](store::Connection& c) -> Result<DossierView> {
    auto dossier = detail::load_dossier(c, caller, id, Access::write);
    if (!dossier) return std::unexpected(dossier.error());
    if (auto ok = check_version(*dossier, expected_version); !ok) return std::unexpected(ok.error());
    StepRecord record = step;
    if (auto problems = problems_of(c, *dossier, record, today, *calendar); !problems.empty())
      return std::unexpected(refusal(problems, [](const Problem& p) { return std::string(code(p.step)); }));
    auto verdict = save_step(c, caller, *dossier, record, std::nullopt, *calendar);
    if (!verdict) return std::unexpected(verdict.error());
    return view_of(c, *dossier, std::move(*verdict), today);
  });
}

Result<BatchOutcome> Dossiers::record_batch(const Caller& caller, const std::vector<DossierId>& ids,
                                            const StepRecord& step) {
  if (auto ok = check_step_input(step); !ok) return std::unexpected(ok.error());
  if (auto ok = check_batch_ids(ids); !ok) return std::unexpected(ok.error());
  Date today = today_in_vietnam();
  auto calendar = service_.calendar();
  return detail::write<BatchOutcome>(service_.database(), [&](store::Connection& c) -> Result<BatchOutcome> {
    BatchOutcome outcome{store::next_id(c), {}};
    store::insert_batch(
        c, {outcome.batch, std::string(code(step.step)), step.date, detail::now_utc(), caller.username});
    // Each candidate is judged after the ones before it were recorded, as if one by one;
    // any refusal rolls the whole batch back.
    std::vector<Error> problems;
    for (std::size_t i = 0; i < ids.size(); ++i) {
      auto dossier = detail::load_dossier(c, caller, ids[i], Access::write);
      if (!dossier) return std::unexpected(with_field(dossier.error(), fmt::format("dossiers[{}]", i)));
      StepRecord record = step;
      auto found = problems_of(c, *dossier, record, today, *calendar);
      if (!found.empty()) {
        Error refused =
            refusal(found, [&](const Problem& p) { return fmt::format("dossiers[{}].{}", i, code(p.step)); });
        std::ranges::move(refused.problems, std::back_inserter(problems));
        continue;
      }
      if (auto saved = save_step(c, caller, *dossier, record, outcome.batch, *calendar); !saved)
        return std::unexpected(with_field(saved.error(), fmt::format("dossiers[{}]", i)));
      outcome.dossiers.push_back(detail::summary_of(dossier->row));
    }
    if (!problems.empty()) {
      Error error{ErrorCode::rule,
                  fmt::format("Bước này trái quy định: {} vấn đề ở {} hồ sơ; không hồ sơ nào được ghi.",
                              problems.size(), ids.size() - outcome.dossiers.size()),
                  {},
                  problems.front().rule,
                  std::move(problems)};
      return std::unexpected(std::move(error));
    }
    return outcome;
  });
}

Result<FollowUpNote> Dossiers::add_note(const Caller& caller, DossierId id, const FollowUpNote& note) {
  FollowUpNote saved = note;
  saved.note = normalize_text(note.note);
  saved.helper = normalize_text(note.helper);
  if (!saved.meeting_on.ok())
    return invalid("meeting_on", "Thiếu ngày họp chi bộ hoặc ngày không có trên lịch.");
  if (saved.meeting_on > today_in_vietnam()) return invalid("meeting_on", "Ngày họp chi bộ còn ở tương lai.");
  if (saved.note.empty()) return invalid("note", "Chưa ghi nội dung nhận xét.");
  return detail::write<FollowUpNote>(service_.database(), [&](store::Connection& c) -> Result<FollowUpNote> {
    auto dossier = detail::load_dossier(c, caller, id, Access::write);
    if (!dossier) return std::unexpected(dossier.error());
    detail::AuditLog audit(c, caller);
    saved.id = store::next_id(c);
    saved.recorded_at = audit.at();
    saved.recorded_by = caller.username;
    store::insert_dossier_note(c, {saved.id, dossier->row.id, saved.meeting_on, saved.helper, saved.note,
                                   saved.recorded_at, saved.recorded_by});
    audit.record("dossier.note", "dossier", dossier->row.id, dossier->org.chi_bo.path, "",
                 to_text(boost::json::object{{"note_id", saved.id},
                                             {"meeting_on", iso(saved.meeting_on)},
                                             {"helper", saved.helper},
                                             {"note", saved.note}}));
    return saved;
  });
}

}  // namespace ketnap::app
