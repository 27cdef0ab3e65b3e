// An organization's pipeline profile: the facts the rules need beyond the tree (unions for
// R-2, the đảng ủy's size for P-11 and O-3, a đảng bộ bộ phận's own đảng ủy for P-10) and its
// settings (RULES.md §11). Read by every organization that can see it, written by the
// officers of the organization or above it, audited.
#include <fmt/format.h>

#include "app/dossier_state.hpp"
#include "app/json.hpp"
#include "app/pipeline_json.hpp"

namespace ketnap::app {
namespace {

constexpr int largest_committee = 99;

OrgPipelineProfile from_store(const std::optional<store::OrgProfile>& row) {
  if (!row) return {};
  return {row->has_youth_union, row->has_trade_union, row->committee_members, row->has_dang_uy_bo_phan,
          row->settings_json};
}

store::OrgProfile to_store(OrgId org, const OrgPipelineProfile& p) {
  return {org, p.has_youth_union, p.has_trade_union, p.committee_members, p.has_dang_uy_bo_phan, p.settings_json};
}

// The settings as the rules read them, over the defaults of the rule set in force today.
Result<Settings> settings_in_force(const boost::json::object& settings, Date today) {
  return parse_settings(settings, builtin_rules().in_force(today).settings);
}

Result<OrgProfileView> view_of(store::Connection& c, const Org& org) {
  OrgProfileView view{.org = org.id, .own = from_store(store::find_org_profile(c, org.id))};
  detail::ChiBoFacts facts = detail::chi_bo_facts(c, org);
  view.has_youth_union = facts.has_youth_union;
  view.has_trade_union = facts.has_trade_union;
  view.committee_members = facts.committee_members;
  view.has_dang_uy_bo_phan = facts.has_dang_uy_bo_phan;
  auto settings = settings_in_force(facts.settings, today_in_vietnam());
  if (!settings) return std::unexpected(settings.error());
  view.settings = *settings;
  return view;
}

Status check_profile(const Org& org, const OrgPipelineProfile& p) {
  if (p.committee_members) {
    if (org.type != OrgType::dang_bo_co_so)
      return invalid("committee_members", "Chỉ đảng bộ cơ sở mới ghi số ủy viên đảng ủy.");
    if (*p.committee_members < 1 || *p.committee_members > largest_committee)
      return invalid("committee_members",
                     fmt::format("Số ủy viên đảng ủy phải từ 1 đến {}.", largest_committee));
  }
  auto settings = parse_json_object(p.settings_json, "settings");
  if (!settings) return std::unexpected(settings.error());
  if (auto read = settings_in_force(*settings, today_in_vietnam()); !read) return std::unexpected(read.error());
  return {};
}

std::string snapshot(const OrgPipelineProfile& p) { return to_text(to_json(p)); }

}  // namespace

Result<OrgProfileView> Dossiers::org_profile(const Caller& caller, OrgId id) {
  return detail::read<OrgProfileView>(service_.database(), [&](store::Connection& c) -> Result<OrgProfileView> {
    auto org = detail::visible_org(c, caller, id);
    if (!org) return std::unexpected(org.error());
    return view_of(c, *org);
  });
}

Result<OrgProfileView> Dossiers::set_org_profile(const Caller& caller, OrgId id, const OrgPipelineProfile& profile) {
  return detail::write<OrgProfileView>(service_.database(), [&](store::Connection& c) -> Result<OrgProfileView> {
    auto org = detail::writable_org(c, caller, id);
    if (!org) return std::unexpected(org.error());
    if (auto ok = check_profile(*org, profile); !ok) return std::unexpected(ok.error());
    OrgPipelineProfile before = from_store(store::find_org_profile(c, id));
    store::upsert_org_profile(c, to_store(id, profile));
    detail::AuditLog(c, caller).record("org.profile", "org", id.value, org->path, snapshot(before),
                                       snapshot(profile));
    return view_of(c, *org);
  });
}

}  // namespace ketnap::app
