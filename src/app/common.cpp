#include <chrono>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include "app/internal.hpp"
#include "core/text.hpp"

namespace ketnap::app::detail {

std::string now_utc() {
  auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  return fmt::format("{:%Y-%m-%dT%H:%M:%S}Z", now);
}

Result<Org> visible_org(store::Connection& c, const Caller& caller, OrgId id) {
  auto org = store::find_org(c, id);
  if (!org || !can_see(caller, org->path))
    return not_found(fmt::format("Không tìm thấy tổ chức đảng có mã {}.", id.value));
  return std::move(*org);
}

Result<Org> writable_org(store::Connection& c, const Caller& caller, OrgId id) {
  auto org = visible_org(c, caller, id);
  if (org && !can_write(caller, org->path))
    return fail(ErrorCode::forbidden, "Tài khoản chỉ có quyền xem, không được thay đổi dữ liệu.");
  return org;
}

Result<Org> org_taking_records(store::Connection& c, const Caller& caller, OrgId id, std::string field) {
  auto org = writable_org(c, caller, id);
  if (!org) return std::unexpected(Error{org.error().code, org.error().message, std::move(field), {}});
  if (org->dissolved_on)
    return invalid(std::move(field), fmt::format("Tổ chức \"{}\" đã giải thể từ ngày {}.", org->name,
                                                 vn_date(*org->dissolved_on)));
  return org;
}

std::vector<OrgRef> visible_ancestors(store::Connection& c, const Caller& caller, const Org& org) {
  std::vector<OrgId> ids;
  std::string_view path = org.path;
  std::size_t start = 1;
  while (start < path.size()) {
    std::size_t end = path.find('/', start);
    std::int64_t id = std::stoll(std::string(path.substr(start, end - start)));
    if (id != org.id.value) ids.push_back(OrgId{id});
    start = end + 1;
  }
  std::vector<OrgRef> out;
  for (const Org& ancestor : store::find_orgs(c, ids))
    if (can_see(caller, ancestor.path)) out.push_back({ancestor.id, ancestor.name});
  return out;
}

Result<store::Window> window(const PageRequest& page) {
  if (page.page < 1) return invalid("page", "Số trang phải từ 1 trở lên.");
  if (page.page_size < 1 || page.page_size > 500)
    return invalid("page_size", "Số dòng mỗi trang phải từ 1 đến 500.");
  return store::Window{page.page_size, static_cast<std::int64_t>(page.page - 1) * page.page_size};
}

std::vector<std::string> search_words(std::string_view query) {
  std::vector<std::string> words;
  std::string folded = fold(query);
  std::size_t start = 0;
  while (start < folded.size()) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    if (end > start) words.push_back(folded.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

void AuditLog::record(std::string_view action, std::string_view entity, std::int64_t entity_id,
                      std::string_view org_path, std::string before_json, std::string after_json) {
  AuditEntry entry;
  entry.id = store::next_id(c_);
  entry.at = at_;
  if (caller_.user.value != 0) entry.user = caller_.user;
  entry.username = caller_.username;
  entry.action = action;
  entry.entity = entity;
  entry.entity_id = entity_id;
  entry.before_json = std::move(before_json);
  entry.after_json = std::move(after_json);
  store::insert_audit(c_, entry, org_path);
}

}  // namespace ketnap::app::detail
