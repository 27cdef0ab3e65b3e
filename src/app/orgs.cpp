// Organization use cases: the tree, its changes with effective dates, and its counts.
#include <fmt/format.h>

#include "app/internal.hpp"
#include "app/json.hpp"
#include "core/text.hpp"

namespace ketnap::app {
namespace {

using detail::visible_org;
using detail::writable_org;

OrgView view_of(store::Connection& c, const Caller& caller, Org org) {
  OrgView view;
  view.ancestors = detail::visible_ancestors(c, caller, org);
  view.org = std::move(org);
  return view;
}

Error stale(const Org& org) {
  return Error{ErrorCode::conflict,
               fmt::format("Tổ chức \"{}\" vừa được người khác thay đổi; hãy tải lại rồi sửa tiếp.",
                           org.name),
               "version", {}};
}

// Saves a changed organization with its history event and audit entry.
Result<OrgView> save_change(store::Connection& c, const Caller& caller, const Org& before, Org after,
                            std::string_view kind, Date effective_on) {
  if (effective_on < before.established_on)
    return invalid("effective_on", fmt::format("Ngày hiệu lực không thể trước ngày thành lập tổ chức ({}).",
                                               vn_date(before.established_on)));
  after.version = before.version + 1;
  if (!store::update_org(c, after)) return std::unexpected(stale(before));
  detail::AuditLog audit(c, caller);
  std::string before_json = to_text(to_json(before));
  std::string after_json = to_text(to_json(after));
  store::insert_org_event(c, {store::next_id(c), after.id, std::string(kind), effective_on,
                              before_json, after_json, audit.at(), caller.username});
  audit.record(fmt::format("org.{}", kind), "org", after.id.value, after.path, before_json, after_json);
  return view_of(c, caller, std::move(after));
}

Status check_version(const Org& org, std::optional<int> expected) {
  if (expected && *expected != org.version) return std::unexpected(stale(org));
  return {};
}

}  // namespace

Result<Org> detail::TransactionWriter::parent_for_new_org(const NewOrg& n) {
  if (!n.parent) return invalid("parent_id", "Phải chọn tổ chức cấp trên.");
  auto parent = writable_org(c_, caller_, *n.parent);
  if (!parent) return std::unexpected(Error{parent.error().code, parent.error().message, "parent_id", {}});
  return parent;
}

Result<Org> detail::TransactionWriter::create_org(const NewOrg& n) {
  // Only the system (the CLI) creates the root of the tree.
  bool is_root = !n.parent && n.type == OrgType::trung_uong && caller_.user.value == 0;
  if (is_root && store::search_orgs(c_, {.scope_path = "/", .type = OrgType::trung_uong}).total > 0)
    return fail(ErrorCode::conflict, "Cây tổ chức đã có tổ chức gốc (Trung ương).", "type");
  std::optional<Org> parent;
  if (!is_root) {
    auto found = parent_for_new_org(n);
    if (!found) return std::unexpected(found.error());
    parent = std::move(*found);
  }
  Org org;
  org.id = OrgId{store::next_id(c_)};
  org.parent = parent ? std::optional(parent->id) : std::nullopt;
  org.name = normalize_text(n.name);
  org.type = n.type;
  org.category = n.category;
  org.staff_count = n.staff_count;
  org.path = parent ? child_path(parent->path, org.id) : root_path(org.id);
  org.established_on = n.established_on.value_or(today_in_vietnam());
  if (auto ok = validate_org(org, parent ? &*parent : nullptr); !ok) return std::unexpected(ok.error());
  store::insert_org(c_, org);
  std::string after = to_text(to_json(org));
  store::insert_org_event(c_, {store::next_id(c_), org.id, "tao_moi", org.established_on, "", after,
                               audit_.at(), caller_.username});
  audit_.record("org.create", "org", org.id.value, org.path, "", after);
  return org;
}

Result<Paged<OrgView>> Service::list_orgs(const Caller& caller, const OrgQuery& query) {
  auto win = detail::window(query.page);
  if (!win) return std::unexpected(win.error());
  return detail::read<Paged<OrgView>>(db_, [&](store::Connection& c) -> Result<Paged<OrgView>> {
    std::string scope = caller.org_path;
    if (query.within) {
      auto within = visible_org(c, caller, *query.within);
      if (!within) return std::unexpected(within.error());
      scope = within->path;
    }
    auto found = store::search_orgs(c, {scope, detail::search_words(query.q), query.type,
                                        query.include_dissolved, *win});
    Paged<OrgView> page{{}, found.total, query.page.page, query.page.page_size};
    for (Org& org : found.rows) page.items.push_back(OrgView{std::move(org), {}, {}, {}});
    return page;
  });
}

Result<OrgView> Service::get_org(const Caller& caller, OrgId id, std::optional<Date> as_of) {
  Date day = as_of.value_or(today_in_vietnam());
  return detail::read<OrgView>(db_, [&](store::Connection& c) -> Result<OrgView> {
    auto org = visible_org(c, caller, id);
    if (!org) return std::unexpected(org.error());
    OrgView view = view_of(c, caller, *org);
    view.counts = store::count_subtree(c, view.org, day);
    view.as_of = day;
    return view;
  });
}

Result<std::vector<OrgView>> Service::children(const Caller& caller, OrgId id, bool include_dissolved) {
  return detail::read<std::vector<OrgView>>(db_, [&](store::Connection& c) -> Result<std::vector<OrgView>> {
    auto org = visible_org(c, caller, id);
    if (!org) return std::unexpected(org.error());
    std::vector<OrgView> out;
    for (Org& child : store::child_orgs(c, id, include_dissolved))
      out.push_back(OrgView{std::move(child), {}, {}, {}});
    return out;
  });
}

Result<OrgView> Service::create_org(const Caller& caller, const NewOrg& n) {
  return detail::write<OrgView>(db_, [&](store::Connection& c) -> Result<OrgView> {
    auto org = detail::TransactionWriter(c, caller).create_org(n);
    if (!org) return std::unexpected(org.error());
    return view_of(c, caller, std::move(*org));
  });
}

Result<OrgView> Service::update_org(const Caller& caller, OrgId id, const OrgChanges& changes) {
  return detail::write<OrgView>(db_, [&](store::Connection& c) -> Result<OrgView> {
    auto org = writable_org(c, caller, id);
    if (!org) return std::unexpected(org.error());
    if (auto ok = check_version(*org, changes.expected_version); !ok) return std::unexpected(ok.error());
    Org after = *org;
    if (changes.name) after.name = normalize_text(*changes.name);
    if (changes.category) after.category = *changes.category;
    if (changes.staff_count) after.staff_count = *changes.staff_count;
    std::optional<Org> parent = org->parent ? store::find_org(c, *org->parent) : std::nullopt;
    if (auto ok = validate_org(after, parent ? &*parent : nullptr); !ok) return std::unexpected(ok.error());
    if (to_json(after) == to_json(*org)) return view_of(c, caller, *org);  // nothing to change
    std::string_view kind = after.name != org->name ? "doi_ten" : "cap_nhat";
    return save_change(c, caller, *org, after, kind, changes.effective_on.value_or(today_in_vietnam()));
  });
}

Result<OrgView> Service::move_org(const Caller& caller, OrgId id, OrgId new_parent,
                                  std::optional<Date> effective_on, std::optional<int> expected_version) {
  return detail::write<OrgView>(db_, [&](store::Connection& c) -> Result<OrgView> {
    auto org = writable_org(c, caller, id);
    if (!org) return std::unexpected(org.error());
    if (auto ok = check_version(*org, expected_version); !ok) return std::unexpected(ok.error());
    auto parent = writable_org(c, caller, new_parent);
    if (!parent) return std::unexpected(Error{parent.error().code, parent.error().message, "parent_id", {}});
    if (path_within(parent->path, org->path))
      return invalid("parent_id", "Không thể chuyển một tổ chức vào chính nó hoặc vào tổ chức cấp dưới của nó.");
    Org after = *org;
    after.parent = parent->id;
    after.path = child_path(parent->path, org->id);
    if (auto ok = validate_org(after, &*parent); !ok) return std::unexpected(ok.error());
    auto moved = save_change(c, caller, *org, after, "chuyen", effective_on.value_or(today_in_vietnam()));
    if (moved) store::rewrite_paths(c, org->path, after.path);  // descendants and their audit
    return moved;
  });
}

Result<OrgView> Service::dissolve_org(const Caller& caller, OrgId id, std::optional<Date> effective_on,
                                      std::optional<int> expected_version) {
  Date day = effective_on.value_or(today_in_vietnam());
  return detail::write<OrgView>(db_, [&](store::Connection& c) -> Result<OrgView> {
    auto org = writable_org(c, caller, id);
    if (!org) return std::unexpected(org.error());
    if (auto ok = check_version(*org, expected_version); !ok) return std::unexpected(ok.error());
    if (org->id == caller.org)
      return fail(ErrorCode::forbidden, "Không thể giải thể chính tổ chức mà tài khoản được gắn vào.");
    if (org->dissolved_on) return fail(ErrorCode::conflict, "Tổ chức này đã giải thể từ trước.");
    if (auto n = store::active_children(c, id); n > 0)
      return fail(ErrorCode::conflict,
                  fmt::format("Còn {} tổ chức trực thuộc chưa giải thể hoặc chưa chuyển đi.", n));
    if (auto n = store::current_members(c, org->path, day); n > 0)
      return fail(ErrorCode::conflict,
                  fmt::format("Còn {} đảng viên đang sinh hoạt; hãy chuyển sinh hoạt đảng trước khi giải thể.", n));
    if (auto people = store::count_subtree(c, *org, day).people; people > 0)
      return fail(ErrorCode::conflict,
                  fmt::format("Còn {} hồ sơ người thuộc tổ chức này; hãy chuyển sang tổ chức khác trước.", people));
    Org after = *org;
    after.dissolved_on = day;
    return save_change(c, caller, *org, after, "giai_the", day);
  });
}

Result<std::vector<OrgEvent>> Service::org_history(const Caller& caller, OrgId id) {
  return detail::read<std::vector<OrgEvent>>(db_, [&](store::Connection& c) -> Result<std::vector<OrgEvent>> {
    auto org = visible_org(c, caller, id);
    if (!org) return std::unexpected(org.error());
    return store::org_events(c, id);
  });
}

}  // namespace ketnap::app
