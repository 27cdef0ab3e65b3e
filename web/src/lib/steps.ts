// The admission pipeline's steps (docs/check.md), in order, with the labels the API
// itself uses (GET /stats/pipeline). Pages prefer the labels the API sends with each
// record; this table is for choosing a step before there is a record.

export type StepField =
  | 'number'
  | 'issuer'
  | 'score'
  | 'passed'
  | 'helpers'
  | 'introducers'
  | 'votes'
  | 'proposal'
  | 'decided_by'
  | 'received'
  | 'extended'
  | 'provincial_consent_on'
  | 'reason';

export interface StepInfo {
  code: string;
  label: string;
  /** Data recorded with the step besides its date. */
  fields: StepField[];
  /** Only where such a body or practice exists (italic in docs/check.md). */
  optional?: boolean;
  /** Ends the dossier. */
  terminal?: boolean;
}

export const STEPS: StepInfo[] = [
  { code: 'nguon', label: 'Tạo nguồn', fields: ['number'] },
  { code: 'cam_tinh', label: 'Vào danh sách cảm tình Đảng', fields: ['number'] },
  { code: 'phan_cong_giup_do', label: 'Phân công đảng viên giúp đỡ', fields: ['number', 'helpers'] },
  { code: 'hoc_nhan_thuc', label: 'Học lớp bồi dưỡng nhận thức về Đảng', fields: ['number', 'issuer', 'score'] },
  { code: 'kiem_tra_nhan_thuc', label: 'Kiểm tra nhận thức về Đảng', fields: ['passed'], optional: true },
  { code: 'don_xin_vao_dang', label: 'Viết đơn xin vào Đảng', fields: [] },
  { code: 'ly_lich', label: 'Khai lý lịch người xin vào Đảng', fields: [] },
  { code: 'tham_tra_ly_lich', label: 'Thẩm tra lý lịch', fields: ['number'] },
  { code: 'gioi_thieu', label: 'Giới thiệu người vào Đảng', fields: ['introducers'] },
  { code: 'nhan_xet', label: 'Lấy ý kiến nhận xét của đoàn thể và nơi cư trú', fields: ['number'] },
  { code: 'chi_bo_de_nghi', label: 'Chi bộ họp xét, đề nghị kết nạp', fields: ['number', 'votes'] },
  { code: 'dang_uy_bo_phan_tham_dinh', label: 'Đảng ủy bộ phận thẩm định', fields: ['number'], optional: true },
  { code: 'dang_uy_co_so_de_nghi', label: 'Đảng ủy cơ sở xét, đề nghị kết nạp', fields: ['number', 'votes'], optional: true },
  {
    code: 'quyet_dinh_ket_nap',
    label: 'Quyết định kết nạp đảng viên',
    fields: ['number', 'decided_by', 'received', 'extended', 'provincial_consent_on'],
  },
  { code: 'le_ket_nap', label: 'Lễ kết nạp đảng viên', fields: [] },
  { code: 'lop_dang_vien_moi', label: 'Học lớp bồi dưỡng đảng viên mới', fields: ['number', 'issuer'] },
  { code: 'chi_bo_xet_chinh_thuc', label: 'Chi bộ xét công nhận đảng viên chính thức', fields: ['number', 'votes', 'proposal'] },
  {
    code: 'dang_uy_co_so_xet_chinh_thuc',
    label: 'Đảng ủy cơ sở xét công nhận đảng viên chính thức',
    fields: ['number', 'votes'],
    optional: true,
  },
  { code: 'quyet_dinh_chinh_thuc', label: 'Quyết định công nhận đảng viên chính thức', fields: ['number', 'decided_by', 'extended'] },
  { code: 'xoa_ten_du_bi', label: 'Xóa tên khỏi danh sách đảng viên dự bị', fields: ['number', 'reason'], terminal: true },
  { code: 'rut_ho_so', label: 'Dừng, rút hồ sơ', fields: ['reason'], terminal: true },
];

const BY_CODE = new Map(STEPS.map((step) => [step.code, step]));

export function stepInfo(code: string): StepInfo | undefined {
  return BY_CODE.get(code);
}

export function stepLabel(code: string): string {
  if (code === 'moi') return 'Mới lập hồ sơ';
  return BY_CODE.get(code)?.label ?? code;
}

/** The steps along the way, without the two that end a dossier early. */
export const PROGRESS_STEPS = STEPS.filter((step) => !step.terminal);

/** Steps that make a sensible batch: one class, one exam, one decision, one ceremony. */
export const BATCH_STEPS = ['cam_tinh', 'hoc_nhan_thuc', 'kiem_tra_nhan_thuc', 'quyet_dinh_ket_nap', 'le_ket_nap', 'lop_dang_vien_moi', 'quyet_dinh_chinh_thuc'];

export const DECIDED_BY_LABELS: Record<string, string> = {
  ban_thuong_vu_cap_tren: 'Ban thường vụ cấp ủy cấp trên',
  dang_uy_co_so: 'Đảng ủy cơ sở (được ủy quyền)',
  tinh_uy: 'Tỉnh ủy, thành ủy',
};

export const INTRODUCER_KIND_LABELS: Record<string, string> = {
  dang_vien: 'Đảng viên chính thức',
  doan: 'Ban Chấp hành Đoàn cơ sở',
  cong_doan: 'Ban Chấp hành Công đoàn cơ sở',
};

/** Funnel stages shown on the dashboard, from nguồn to chính thức, with short names that fit a phone. */
export const FUNNEL_STAGES: { code: string; short: string }[] = [
  { code: 'nguon', short: 'Nguồn' },
  { code: 'cam_tinh', short: 'Cảm tình Đảng' },
  { code: 'hoc_nhan_thuc', short: 'Học lớp nhận thức' },
  { code: 'don_xin_vao_dang', short: 'Đơn xin vào Đảng' },
  { code: 'chi_bo_de_nghi', short: 'Chi bộ đề nghị' },
  { code: 'quyet_dinh_ket_nap', short: 'Quyết định kết nạp' },
  { code: 'le_ket_nap', short: 'Kết nạp (dự bị)' },
  { code: 'quyet_dinh_chinh_thuc', short: 'Chính thức' },
];

/**
 * The step that usually comes next in the pipeline: the first required step after the
 * current stage not yet recorded. The API's `next` lists only steps with a computable
 * deadline (for a new dossier that is the chi bộ meeting, bounded by age), so this is
 * what the record form proposes first.
 */
export function followingStep(stage: string, recorded: string[]): string | undefined {
  const done = new Set(recorded);
  const from = PROGRESS_STEPS.findIndex((step) => step.code === stage);
  return PROGRESS_STEPS.slice(from + 1).find((step) => !step.optional && !done.has(step.code))?.code;
}
