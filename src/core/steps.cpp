#include "core/steps.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace ketnap {
namespace {

struct StepInfo {
  Step step;
  std::string_view code;
  std::string_view label;
  std::string_view rule;
  Presence presence;
  std::vector<Step> before;
};

using enum Step;

const std::array<StepInfo, 21>& table() {
  static const std::array<StepInfo, 21> steps{{
      {nguon, "nguon", "Tạo nguồn", "P-2", Presence::always, {}},
      {cam_tinh, "cam_tinh", "Vào danh sách cảm tình Đảng", "P-2", Presence::always, {nguon}},
      {phan_cong_giup_do, "phan_cong_giup_do", "Phân công đảng viên giúp đỡ", "P-3", Presence::always, {cam_tinh}},
      {hoc_nhan_thuc, "hoc_nhan_thuc", "Học lớp bồi dưỡng nhận thức về Đảng", "P-4", Presence::always, {cam_tinh}},
      {kiem_tra_nhan_thuc, "kiem_tra_nhan_thuc", "Kiểm tra nhận thức về Đảng", "P-4b", Presence::awareness_exam,
       {hoc_nhan_thuc}},
      {don_xin_vao_dang, "don_xin_vao_dang", "Viết đơn xin vào Đảng", "P-5", Presence::always,
       {hoc_nhan_thuc, kiem_tra_nhan_thuc}},
      {ly_lich, "ly_lich", "Khai lý lịch người xin vào Đảng", "P-6", Presence::always, {don_xin_vao_dang}},
      {tham_tra_ly_lich, "tham_tra_ly_lich", "Thẩm tra lý lịch", "P-6", Presence::always, {ly_lich}},
      {gioi_thieu, "gioi_thieu", "Giới thiệu người vào Đảng", "P-7", Presence::always, {don_xin_vao_dang}},
      {nhan_xet, "nhan_xet", "Lấy ý kiến nhận xét của đoàn thể và nơi cư trú", "P-8", Presence::always,
       {don_xin_vao_dang}},
      {chi_bo_de_nghi, "chi_bo_de_nghi", "Chi bộ họp xét, đề nghị kết nạp", "P-9", Presence::always,
       {phan_cong_giup_do, tham_tra_ly_lich, gioi_thieu, nhan_xet}},
      {dang_uy_bo_phan_tham_dinh, "dang_uy_bo_phan_tham_dinh", "Đảng ủy bộ phận thẩm định", "P-10",
       Presence::dang_uy_bo_phan, {chi_bo_de_nghi}},
      {dang_uy_co_so_de_nghi, "dang_uy_co_so_de_nghi", "Đảng ủy cơ sở xét, đề nghị kết nạp", "P-11",
       Presence::dang_uy_co_so, {chi_bo_de_nghi, dang_uy_bo_phan_tham_dinh}},
      {quyet_dinh_ket_nap, "quyet_dinh_ket_nap", "Quyết định kết nạp đảng viên", "P-12", Presence::always,
       {chi_bo_de_nghi, dang_uy_bo_phan_tham_dinh, dang_uy_co_so_de_nghi}},
      {le_ket_nap, "le_ket_nap", "Lễ kết nạp đảng viên", "P-13", Presence::always, {quyet_dinh_ket_nap}},
      {lop_dang_vien_moi, "lop_dang_vien_moi", "Học lớp bồi dưỡng đảng viên mới", "R-12", Presence::always,
       {le_ket_nap}},
      {chi_bo_xet_chinh_thuc, "chi_bo_xet_chinh_thuc", "Chi bộ xét công nhận đảng viên chính thức", "R-14",
       Presence::always, {le_ket_nap}},
      {dang_uy_co_so_xet_chinh_thuc, "dang_uy_co_so_xet_chinh_thuc",
       "Đảng ủy cơ sở xét công nhận đảng viên chính thức", "R-14", Presence::dang_uy_co_so,
       {chi_bo_xet_chinh_thuc}},
      {quyet_dinh_chinh_thuc, "quyet_dinh_chinh_thuc", "Quyết định công nhận đảng viên chính thức", "R-15",
       Presence::always, {chi_bo_xet_chinh_thuc, dang_uy_co_so_xet_chinh_thuc}},
      {xoa_ten_du_bi, "xoa_ten_du_bi", "Xóa tên khỏi danh sách đảng viên dự bị", "R-17", Presence::exit,
       {le_ket_nap}},
      {rut_ho_so, "rut_ho_so", "Dừng, rút hồ sơ", "P-2", Presence::exit, {}},
  }};
  return steps;
}

const StepInfo& info(Step step) { return table()[static_cast<std::size_t>(step)]; }

}  // namespace

std::string_view code(Step step) { return info(step).code; }
std::string_view label(Step step) { return info(step).label; }
std::string_view governing_rule(Step step) { return info(step).rule; }
Presence presence(Step step) { return info(step).presence; }
std::span<const Step> prerequisites(Step step) { return info(step).before; }
bool is_exit(Step step) { return info(step).presence == Presence::exit; }

bool is_repeatable(Step step) {
  switch (step) {
    case phan_cong_giup_do:
    case hoc_nhan_thuc:
    case kiem_tra_nhan_thuc:
    case tham_tra_ly_lich:
    case gioi_thieu:
    case nhan_xet:
    case chi_bo_de_nghi:
    case dang_uy_co_so_de_nghi:
    case chi_bo_xet_chinh_thuc:
    case dang_uy_co_so_xet_chinh_thuc: return true;
    default: return false;
  }
}

bool in_admission_phase(Step step) { return step <= quyet_dinh_ket_nap; }

std::optional<Step> parse_step(std::string_view text) {
  for (const StepInfo& s : table())
    if (s.code == text) return s.step;
  return std::nullopt;
}

std::span<const Step> all_steps() {
  static const auto steps = [] {
    std::array<Step, 21> out{};
    std::ranges::transform(table(), out.begin(), &StepInfo::step);
    return out;
  }();
  return steps;
}

}  // namespace ketnap
