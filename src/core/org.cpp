#include "core/org.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "core/text.hpp"

namespace ketnap {
namespace {

struct TypeInfo {
  OrgType type;
  std::string_view code;
  std::string_view label;
};

constexpr std::array type_table{
    TypeInfo{OrgType::trung_uong, "trung_uong", "Trung ương"},
    TypeInfo{OrgType::dang_bo_tinh, "dang_bo_tinh", "Đảng bộ tỉnh, thành phố"},
    TypeInfo{OrgType::dang_bo_cap_tren_co_so, "dang_bo_cap_tren_co_so",
             "Đảng bộ cấp trên trực tiếp cơ sở"},
    TypeInfo{OrgType::dang_bo_co_so, "dang_bo_co_so", "Đảng bộ cơ sở"},
    TypeInfo{OrgType::chi_bo_co_so, "chi_bo_co_so", "Chi bộ cơ sở"},
    TypeInfo{OrgType::dang_bo_bo_phan, "dang_bo_bo_phan", "Đảng bộ bộ phận"},
    TypeInfo{OrgType::chi_bo_truc_thuoc, "chi_bo_truc_thuoc", "Chi bộ trực thuộc"},
    TypeInfo{OrgType::to_dang, "to_dang", "Tổ đảng"},
};

struct CategoryInfo {
  OrgCategory category;
  std::string_view code;
  std::string_view label;
};

constexpr std::array category_table{
    CategoryInfo{OrgCategory::none, "", "Không phân loại"},
    CategoryInfo{OrgCategory::thon_ban, "thon_ban", "Thôn, bản"},
    CategoryInfo{OrgCategory::to_dan_pho, "to_dan_pho", "Tổ dân phố"},
    CategoryInfo{OrgCategory::co_quan_hanh_chinh, "co_quan_hanh_chinh", "Cơ quan hành chính"},
    CategoryInfo{OrgCategory::don_vi_su_nghiep, "don_vi_su_nghiep", "Đơn vị sự nghiệp"},
    CategoryInfo{OrgCategory::truong_hoc, "truong_hoc", "Trường học"},
    CategoryInfo{OrgCategory::luc_luong_vu_trang, "luc_luong_vu_trang", "Lực lượng vũ trang"},
    CategoryInfo{OrgCategory::doanh_nghiep, "doanh_nghiep", "Doanh nghiệp"},
    CategoryInfo{OrgCategory::hop_tac_xa, "hop_tac_xa", "Hợp tác xã"},
    CategoryInfo{OrgCategory::khac, "khac", "Loại hình khác"},
};

template <class Table, class Key>
const auto& entry(const Table& table, Key key) {
  return *std::ranges::find_if(table, [&](const auto& e) {
    if constexpr (std::is_same_v<Key, OrgType>) return e.type == key;
    else return e.category == key;
  });
}

}  // namespace

std::string_view code(OrgType type) { return entry(type_table, type).code; }
std::string_view label(OrgType type) { return entry(type_table, type).label; }
std::optional<OrgType> parse_org_type(std::string_view text) {
  for (const auto& e : type_table)
    if (e.code == text) return e.type;
  return std::nullopt;
}
std::span<const OrgType> all_org_types() {
  static constexpr std::array all{OrgType::trung_uong,        OrgType::dang_bo_tinh,
                                  OrgType::dang_bo_cap_tren_co_so, OrgType::dang_bo_co_so,
                                  OrgType::chi_bo_co_so,      OrgType::dang_bo_bo_phan,
                                  OrgType::chi_bo_truc_thuoc, OrgType::to_dang};
  return all;
}

std::string_view code(OrgCategory c) { return entry(category_table, c).code; }
std::string_view label(OrgCategory c) { return entry(category_table, c).label; }
std::optional<OrgCategory> parse_org_category(std::string_view text) {
  for (const auto& e : category_table)
    if (e.code == text) return e.category;
  return std::nullopt;
}
std::span<const OrgCategory> all_org_categories() {
  static constexpr auto all = [] {
    std::array<OrgCategory, category_table.size()> out{};
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = category_table[i].category;
    return out;
  }();
  return all;
}

bool can_contain(OrgType parent, OrgType child) {
  using enum OrgType;
  switch (parent) {
    case trung_uong: return child == dang_bo_tinh;
    // O-3.3: grassroots organizations may stand directly under the province.
    case dang_bo_tinh:
      return child == dang_bo_cap_tren_co_so || child == dang_bo_co_so || child == chi_bo_co_so;
    case dang_bo_cap_tren_co_so: return child == dang_bo_co_so || child == chi_bo_co_so;
    case dang_bo_co_so: return child == dang_bo_bo_phan || child == chi_bo_truc_thuoc;
    case dang_bo_bo_phan: return child == chi_bo_truc_thuoc;
    case chi_bo_co_so:
    case chi_bo_truc_thuoc: return child == to_dang;
    case to_dang: return false;
  }
  return false;
}

bool is_chi_bo(OrgType type) {
  return type == OrgType::chi_bo_co_so || type == OrgType::chi_bo_truc_thuoc;
}

bool takes_category(OrgType type) {
  return is_chi_bo(type) || type == OrgType::dang_bo_co_so;
}

std::string root_path(OrgId id) { return fmt::format("/{}/", id.value); }

std::string child_path(std::string_view parent_path, OrgId id) {
  return fmt::format("{}{}/", parent_path, id.value);
}

bool path_within(std::string_view path, std::string_view scope_path) {
  return !scope_path.empty() && path.starts_with(scope_path);
}

Status validate_org(const Org& org, const Org* parent) {
  if (org.name.find_first_not_of(" \t") == std::string::npos)
    return invalid("name", "Tên tổ chức không được để trống.");
  // Counted in characters, as the message says: a Vietnamese letter is up to 3 UTF-8 bytes.
  if (char_count(org.name) > 300) return invalid("name", "Tên tổ chức dài quá 300 ký tự.");
  if (org.staff_count && *org.staff_count < 0)
    return invalid("staff_count", "Số người trong đơn vị không được âm.");
  if (org.category != OrgCategory::none && !takes_category(org.type))
    return invalid("category", fmt::format("{} không có loại hình chi bộ.", label(org.type)));
  if (parent == nullptr) {
    if (org.type != OrgType::trung_uong)
      return invalid("parent_id", "Phải chọn tổ chức cấp trên.");
    return {};
  }
  if (parent->dissolved_on)
    return invalid("parent_id", fmt::format("Tổ chức cấp trên \"{}\" đã giải thể.", parent->name));
  if (!can_contain(parent->type, org.type))
    return invalid("type", fmt::format("{} không thể trực thuộc {}.", label(org.type),
                                       label(parent->type)));
  return {};
}

}  // namespace ketnap
