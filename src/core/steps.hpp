// The steps of a candidate's journey (hồ sơ phát triển đảng viên), RULES.md §2–3.
// Step codes are stable API names. Each step names the rule that governs it, the steps
// that must come before it, and whether an organization may not have it at all.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace ketnap {

enum class Step {
  nguon,                          // P-2 tạo nguồn: a source, proposed by a tổ đảng or a mass organization
  cam_tinh,                       // P-2 danh sách cảm tình Đảng: on the chi bộ's sympathizer list
  phan_cong_giup_do,              // P-3 phân công đảng viên chính thức giúp đỡ
  hoc_nhan_thuc,                  // P-4 lớp bồi dưỡng nhận thức về Đảng: certificate
  kiem_tra_nhan_thuc,             // P-4b awareness examination (local practice)
  don_xin_vao_dang,               // P-5 application, form 1-KNĐ
  ly_lich,                        // P-6 background form 2-KNĐ
  tham_tra_ly_lich,               // P-6 background verification concluded
  gioi_thieu,                     // P-7 introducers (3-KNĐ, 4-KNĐ, 4a-KNĐ)
  nhan_xet,                       // P-8 opinions of mass organizations and residence (5-KNĐ)
  chi_bo_de_nghi,                 // P-9 chi bộ resolution proposing admission (6-KNĐ)
  dang_uy_bo_phan_tham_dinh,      // P-10 appraisal by the đảng ủy bộ phận (7-KNĐ)
  dang_uy_co_so_de_nghi,          // P-11 đảng ủy cơ sở resolution (8-KNĐ)
  quyet_dinh_ket_nap,             // P-12 admission decision (9-KNĐ)
  le_ket_nap,                     // P-13 admission ceremony: probation starts
  lop_dang_vien_moi,              // R-12 new-member class certificate
  chi_bo_xet_chinh_thuc,          // R-14 chi bộ vote on recognition (13-KNĐ), up to three
  dang_uy_co_so_xet_chinh_thuc,   // R-14 đảng ủy cơ sở resolution on recognition (15-KNĐ)
  quyet_dinh_chinh_thuc,          // R-15 recognition decision (16-KNĐ)
  xoa_ten_du_bi,                  // R-17 exit: removed from the list of probationary members
  rut_ho_so,                      // exit: the dossier is withdrawn before the ceremony
};

std::string_view code(Step step);
std::string_view label(Step step);  // Vietnamese, e.g. "Chi bộ họp xét, đề nghị kết nạp"
std::optional<Step> parse_step(std::string_view code);
std::span<const Step> all_steps();

// The rule of RULES.md that governs the step itself (its place, actor and output).
std::string_view governing_rule(Step step);

// Steps that exist only where the organization has the body or practice behind them.
enum class Presence { always, awareness_exam, dang_uy_bo_phan, dang_uy_co_so, exit };
Presence presence(Step step);

// The steps that must be recorded before this one, where the organization has them
// (see presence); a vote among them must have passed.
std::span<const Step> prerequisites(Step step);

// Whether a step may be recorded again: a re-attended class, a re-examination, letters
// redone when stale, another vote.
bool is_repeatable(Step step);

// The admission phase ends with the decision; the probation phase starts with the ceremony.
bool in_admission_phase(Step step);

bool is_exit(Step step);

}  // namespace ketnap
