export const GENDER_LABELS: Record<string, string> = { nam: 'Nam', nu: 'Nữ' };

export const STATUS_OPTIONS = [
  { value: 'quan_chung', label: 'Quần chúng' },
  { value: 'du_bi', label: 'Đảng viên dự bị' },
  { value: 'chinh_thuc', label: 'Đảng viên chính thức' },
];
