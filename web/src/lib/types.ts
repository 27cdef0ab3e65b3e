// TypeScript shapes of the Ketnap JSON API, written once from api/openapi.json
// (docs/api.md). Components import these; they never guess a shape.

export type Iso = string; // a date as the API sends it: YYYY-MM-DD

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  page_size: number;
}

export interface RefusalReason {
  rule: string;
  step: string;
  message: string;
  /** Whether the rule set lets an officer record the step anyway, with a written reason. */
  overridable?: boolean;
  field?: string;
  dossier_id?: number;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  field?: string;
  rule?: string;
  problems?: RefusalReason[];
}

export type Role = 'quan_tri' | 'can_bo' | 'xem';

export interface User {
  id: number;
  username: string;
  full_name: string;
  role: Role;
  role_label: string;
  org_id: number;
  org_name: string;
}

export interface Session {
  csrf: string;
  user: User;
  expires_in: number;
}

export interface OrgRef {
  id: number;
  name: string;
}

export interface OrgCounts {
  members: number;
  probationary: number;
  official: number;
  temporarily_away: number;
  staff: number | null;
  children: number;
  chi_bo: number;
  people: number;
  as_of: Iso;
}

export interface Org {
  id: number;
  parent_id: number | null;
  name: string;
  type: string;
  type_label: string;
  category: string | null;
  category_label: string | null;
  staff_count: number | null;
  path: string;
  established_on: Iso | null;
  dissolved_on: Iso | null;
  version: number;
  ancestors: OrgRef[];
  counts?: OrgCounts;
}

/** RULES.md §11 settings, by name (docs/api.md, "Organization profile"). */
export type ProfileSettings = Record<string, boolean | number | string>;

export interface OrgProfileValues {
  has_youth_union: boolean | null;
  has_trade_union: boolean | null;
  committee_members: number | null;
  has_dang_uy_bo_phan: boolean | null;
  settings: ProfileSettings;
}

export interface OrgProfile {
  org_id: number;
  /** What this organization itself states; null where it says nothing. */
  own: OrgProfileValues;
  /** What the rules use for a chi bộ here: the nearest stated value upwards, settings merged over the defaults. */
  effective: OrgProfileValues;
}

export type Gender = 'nam' | 'nu';
export type MemberStatus = 'quan_chung' | 'du_bi' | 'chinh_thuc';

export interface Membership {
  id: number;
  person_id: number;
  org_id: number;
  decision_on: Iso;
  ceremony_on: Iso;
  probation_end: Iso;
  official_on: Iso | null;
  left_on: Iso | null;
  left_reason: string;
  temporary_from: Iso | null;
  temporary_until: Iso | null;
  temporary_note: string;
}

/** The person's own fields, as created or changed. */
export interface PersonFields {
  org_id: number;
  full_name: string;
  other_names: string;
  gender: Gender;
  birth_date: Iso;
  birthplace: string;
  hometown: string;
  residence: string;
  ethnicity: string;
  religion: string;
  cccd: string;
  education_general: string;
  education_professional: string;
  political_theory: string;
  occupation: string;
  youth_union: boolean;
  trade_union: boolean;
  phone: string;
}

export interface Person extends PersonFields {
  id: number;
  org_name: string;
  version: number;
  status: MemberStatus;
  status_label: string;
  membership: Membership | null;
}

export interface NextStep {
  step: string;
  step_label: string;
  earliest: Iso | null;
  due: Iso | null;
  due_extended: Iso | null;
  rule: string;
}

export interface DossierSummary {
  id: number;
  person_id: number;
  person_name: string;
  org_id: number;
  org_name: string;
  stage: string;
  stage_label: string;
  open: boolean;
  next: NextStep | null;
  version: number;
}

export interface Introducer {
  name: string;
  kind?: 'dang_vien' | 'doan' | 'cong_doan';
  official?: boolean;
  months_together?: number;
}

export interface StepOverride {
  rules: string[];
  reason: string;
}

/** One step record of docs/check.md. */
export interface StepRecord {
  step: string;
  date: Iso;
  number?: string;
  issuer?: string;
  decided_by?: 'dang_uy_co_so' | 'ban_thuong_vu_cap_tren' | 'tinh_uy';
  yes?: number;
  no?: number;
  members?: number;
  introducers?: Introducer[];
  helpers?: string[];
  passed?: boolean;
  score?: number;
  received?: Iso;
  extended?: boolean;
  provincial_consent_on?: Iso;
  proposal?: 'cong_nhan' | 'xoa_ten';
  reason?: string;
  override?: StepOverride;
}

export interface RecordedStep extends StepRecord {
  id: number;
  recorded_at: string;
  recorded_by: string;
  batch: number | null;
  step_label: string;
}

export interface VerdictProblem {
  rule: string;
  step: string;
  step_label: string;
  message: string;
  overridable: boolean;
}

export interface VerdictOverride {
  rule: string;
  step: string;
  step_label: string;
  message: string;
  reason: string;
}

export interface KeyDates {
  age_months: number | null;
  certificate_valid_until: Iso | null;
  probation_end: Iso | null;
  official_from: Iso | null;
  party_age_from: Iso | null;
}

export interface Verdict {
  stage: string;
  stage_label: string;
  ok: boolean;
  problems: VerdictProblem[];
  overrides: VerdictOverride[];
  next: NextStep[];
  dates: KeyDates;
}

export interface FollowUpNote {
  id: number;
  meeting_on: Iso;
  helper: string;
  note: string;
  recorded_at: string;
  recorded_by: string;
}

export interface CandidateProfile {
  education?: 'biet_chu' | 'tieu_hoc' | 'thcs' | 'thpt' | null;
  hardship_area?: boolean | null;
  religious?: boolean | null;
  previous_membership?: PreviousMembership | null;
}

/** A candidate who was a member before (E-7, kết nạp lại). */
export interface PreviousMembership {
  left_on: Iso;
  reason: LeavingReason;
  readmitted_before: boolean;
  expunged_on: Iso | null;
}

export type LeavingReason =
  | 'tu_bo_sinh_hoat'
  | 'xin_ra'
  | 'gay_mat_doan_ket'
  | 'tham_nhung'
  | 'toi_nghiem_trong'
  | 'toi_it_nghiem_trong'
  | 'khai_tru'
  | 'xoa_ten'
  | 'khac';

export interface Dossier extends DossierSummary {
  profile: CandidateProfile;
  steps: RecordedStep[];
  notes: FollowUpNote[];
  verdict: Verdict;
  as_of: Iso;
}

export interface WorkItem {
  dossier: DossierSummary;
  next: NextStep;
  days_left: number;
  overdue: boolean;
  due_soon: boolean;
}

export interface StageCount {
  stage: string;
  label: string;
  count: number;
}

/** GET /stats/admissions: every month of the period, oldest first. */
export interface MonthCount {
  month: string; // YYYY-MM
  label: string; // MM/YYYY
  admitted: number;
  official: number;
}

export interface AdmissionStats {
  org_id: number;
  from: string;
  to: string;
  months: MonthCount[];
  admitted: number;
  official: number;
}

export interface PipelineStats {
  org_id: number;
  stages: StageCount[];
  open: number;
  closed: number;
}

export interface BatchOutcome {
  batch: number;
  dossiers: DossierSummary[];
}
