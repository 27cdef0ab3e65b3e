// Party organizations (tổ chức đảng) as a typed tree — RULES.md §4, O-1 and O-2.
//
// Levels since 01/07/2025: Trung ương → đảng bộ tỉnh → cấp trên trực tiếp của cơ sở
// (đảng ủy xã/phường, khối) → tổ chức cơ sở đảng (chi bộ cơ sở | đảng bộ cơ sở) →
// đảng bộ bộ phận / chi bộ trực thuộc → tổ đảng (a group inside a chi bộ).
// The tree is stored as a materialized path of ids, "/1/7/42/", so a subtree is a prefix.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/date.hpp"
#include "core/error.hpp"
#include "core/ids.hpp"

namespace ketnap {

enum class OrgType {
  trung_uong,              // Ban Chấp hành Trung ương: the single root
  dang_bo_tinh,            // provincial party committee (and central-level committees)
  dang_bo_cap_tren_co_so,  // direct superior of grassroots: xã/phường, khối, thị xã (before 2025)
  dang_bo_co_so,           // grassroots đảng bộ (≥30 members)
  chi_bo_co_so,            // grassroots chi bộ (<30 members)
  dang_bo_bo_phan,         // đảng bộ bộ phận under a đảng ủy cơ sở
  chi_bo_truc_thuoc,       // chi bộ under a đảng ủy cơ sở or đảng bộ bộ phận
  to_dang,                 // tổ đảng: a group of members inside a chi bộ
};

// Loại hình chi bộ: the kind of unit a chi bộ (or grassroots đảng bộ) is built on.
enum class OrgCategory {
  none,
  thon_ban,            // thôn, bản, ấp
  to_dan_pho,          // tổ dân phố, khu phố
  co_quan_hanh_chinh,  // state or party administrative agency
  don_vi_su_nghiep,    // public-service unit (hospital, museum, library ...)
  truong_hoc,          // school
  luc_luong_vu_trang,  // army, police
  doanh_nghiep,        // enterprise
  hop_tac_xa,          // cooperative
  khac,                // anything else
};

std::string_view code(OrgType type);
std::string_view label(OrgType type);  // Vietnamese, e.g. "Chi bộ trực thuộc"
std::optional<OrgType> parse_org_type(std::string_view code);
std::span<const OrgType> all_org_types();

std::string_view code(OrgCategory category);
std::string_view label(OrgCategory category);
std::optional<OrgCategory> parse_org_category(std::string_view code);
std::span<const OrgCategory> all_org_categories();

// O-1/O-2: which type of organization may stand directly under which.
bool can_contain(OrgType parent, OrgType child);
// A chi bộ holds members' party life (chi bộ cơ sở or trực thuộc).
bool is_chi_bo(OrgType type);
// Only the organizations built on one host unit carry a category.
bool takes_category(OrgType type);

struct Org {
  OrgId id;
  std::optional<OrgId> parent;
  std::string name;
  OrgType type = OrgType::chi_bo_truc_thuoc;
  OrgCategory category = OrgCategory::none;
  std::optional<int> staff_count;  // người trong đơn vị: staff of the host unit
  std::string path;                // "/1/7/42/"
  Date established_on{};
  std::optional<Date> dissolved_on;
  int version = 1;
};

// What an organization holds on a given date (its whole subtree).
struct OrgCounts {
  int members = 0;         // đảng viên (dự bị + chính thức) in the subtree on `as_of`
  int probationary = 0;    // dự bị
  int official = 0;        // chính thức
  int temporarily_away = 0;  // sinh hoạt tạm thời elsewhere (still counted as members)
  std::optional<int> staff;  // the host unit's staff count, as recorded
  int children = 0;        // direct, not dissolved
  int chi_bo = 0;          // chi bộ in the subtree, itself included, not dissolved
  int people = 0;          // person records kept in the subtree
};


// One change in an organization's life, with its effective date.
struct OrgEvent {
  std::int64_t id = 0;
  OrgId org;
  std::string kind;  // "tao_moi" | "doi_ten" | "cap_nhat" | "chuyen" | "giai_the"
  Date effective_on{};
  std::string before_json;
  std::string after_json;
  std::string recorded_at;  // ISO 8601 UTC
  std::string recorded_by;
};


// Materialized paths.
std::string root_path(OrgId id);
std::string child_path(std::string_view parent_path, OrgId id);
bool path_within(std::string_view path, std::string_view scope_path);

// Checks a new or edited organization against its parent (O-1, O-2) and its own fields.
Status validate_org(const Org& org, const Org* parent);

}  // namespace ketnap
