// Dossiers of a subtree: listed by stage, counted per stage, and the worklist of what is
// overdue or due soon. All read the verdict stored on each dossier, never recompute it.
#include <fmt/format.h>

#include <chrono>
#include <map>

#include "app/dossier_state.hpp"
#include "core/text.hpp"

namespace ketnap::app {
namespace {

constexpr int due_soon_days = 15;  // the worklist flags what is due within 15 calendar days

// The subtree to look in: the organization asked for, if the caller can see it, else the
// caller's own (the system caller's is the whole tree, which has no organization of its own).
Result<std::string> scope_path(store::Connection& c, const Caller& caller, std::optional<OrgId> org) {
  if (!org) return caller.org_path;
  auto found = detail::visible_org(c, caller, *org);
  if (!found) return std::unexpected(Error{found.error().code, found.error().message, "org", {}});
  return found->path;
}

bool is_stage(std::string_view stage) { return stage == "moi" || parse_step(stage); }

// "moi" and then every step code, in pipeline order.
std::vector<std::string> stages_in_order() {
  std::vector<std::string> stages{"moi"};
  for (Step step : all_steps()) stages.emplace_back(code(step));
  return stages;
}

int days_between(Date from, Date to) {
  using std::chrono::sys_days;
  return static_cast<int>((sys_days(to) - sys_days(from)).count());
}

WorkItem work_item(const store::DossierRecord& row, Date today) {
  WorkItem item;
  item.dossier = detail::summary_of(row);
  item.next = *row.next;
  item.days_left = days_between(today, *item.next.due);
  item.overdue = item.days_left < 0;
  item.due_soon = !item.overdue && item.days_left <= due_soon_days;
  return item;
}

Date first_of_month(Date d) { return Date{d.year(), d.month(), std::chrono::day{1}}; }

Result<std::pair<Date, Date>> admission_period(std::optional<Date> from, std::optional<Date> to, Date today) {
  Date end = to.value_or(today);
  Date start = from.value_or(first_of_month(add_months(end, -11)));
  if (start > end) return invalid("from", "Từ ngày phải trước hoặc bằng đến ngày.");
  if (months_between(first_of_month(start), first_of_month(end)) >= admission_stats_max_months)
    return invalid("from", fmt::format("Chỉ thống kê tối đa {} tháng một lần.", admission_stats_max_months));
  return std::pair{start, end};
}

// Every month of the period, with the tallies of those that have any.
std::vector<MonthCount> every_month(Date from, Date to, const std::vector<store::MonthTally>& tallies) {
  std::vector<MonthCount> months;
  for (Date m = first_of_month(from); m <= to; m = add_months(m, 1)) {
    MonthCount count{static_cast<int>(m.year()), static_cast<unsigned>(m.month())};
    std::string key = iso(m).substr(0, 7);
    for (const store::MonthTally& t : tallies)
      if (t.month == key) {
        count.admitted = static_cast<int>(t.admitted);
        count.official = static_cast<int>(t.official);
      }
    months.push_back(count);
  }
  return months;
}

}  // namespace

Result<Paged<DossierSummary>> Dossiers::list(const Caller& caller, const DossierQuery& query) {
  auto win = detail::window(query.page);
  if (!win) return std::unexpected(win.error());
  if (!query.stage.empty() && !is_stage(query.stage))
    return invalid("stage",
                   fmt::format("Giai đoạn \"{}\" không có; dùng \"moi\" hoặc một mã bước.", query.stage));
  return detail::read<Paged<DossierSummary>>(
      service_.database(), [&](store::Connection& c) -> Result<Paged<DossierSummary>> {
        auto path = scope_path(c, caller, query.org);
        if (!path) return std::unexpected(path.error());
        auto found = store::search_dossiers(
            c, {*path, query.stage, query.open, query.person, detail::search_words(normalize_text(query.q)), *win});
        Paged<DossierSummary> page{{}, found.total, query.page.page, query.page.page_size};
        for (const store::DossierRecord& row : found.rows) page.items.push_back(detail::summary_of(row));
        return page;
      });
}

Result<PipelineStats> Dossiers::stats(const Caller& caller, std::optional<OrgId> org) {
  return detail::read<PipelineStats>(service_.database(), [&](store::Connection& c) -> Result<PipelineStats> {
    auto path = scope_path(c, caller, org);
    if (!path) return std::unexpected(path.error());
    PipelineStats stats{org.value_or(caller.org), {}, 0, 0};
    std::map<std::string, int, std::less<>> per_stage;
    for (const store::StageTally& tally : store::count_dossiers_by_stage(c, *path)) {
      per_stage[tally.stage] += static_cast<int>(tally.count);
      (tally.open ? stats.open : stats.closed) += static_cast<int>(tally.count);
    }
    for (std::string& stage : stages_in_order()) {
      auto it = per_stage.find(stage);
      stats.stages.push_back(StageCount{std::move(stage), it == per_stage.end() ? 0 : it->second});
    }
    return stats;
  });
}

Result<AdmissionStats> Dossiers::admissions(const Caller& caller, std::optional<OrgId> org, std::optional<Date> from,
                                            std::optional<Date> to, Date today) {
  auto period = admission_period(from, to, today);
  if (!period) return std::unexpected(period.error());
  auto [start, end] = *period;
  return detail::read<AdmissionStats>(service_.database(), [&](store::Connection& c) -> Result<AdmissionStats> {
    auto path = scope_path(c, caller, org);
    if (!path) return std::unexpected(path.error());
    AdmissionStats stats{org.value_or(caller.org), start, end,
                         every_month(start, end, store::count_admissions_by_month(c, *path, start, end))};
    for (const MonthCount& m : stats.months) {
      stats.admitted += m.admitted;
      stats.official += m.official;
    }
    return stats;
  });
}

Result<std::vector<WorkItem>> Dossiers::worklist(const Caller& caller, std::optional<OrgId> org, Date today) {
  return detail::read<std::vector<WorkItem>>(
      service_.database(), [&](store::Connection& c) -> Result<std::vector<WorkItem>> {
        auto path = scope_path(c, caller, org);
        if (!path) return std::unexpected(path.error());
        // Earliest due first: the overdue come first, then the rest by due date.
        std::vector<WorkItem> items;
        for (const store::DossierRecord& row : store::dossiers_due(c, *path))
          items.push_back(work_item(row, today));
        return items;
      });
}

}  // namespace ketnap::app
