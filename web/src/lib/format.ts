// Vietnamese presentation of dates and numbers: dd/mm/yyyy and "." grouping.
import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import 'dayjs/locale/vi';
import type { Iso } from './types';

dayjs.extend(customParseFormat);
dayjs.locale('vi');

export const DATE_FORMAT = 'DD/MM/YYYY';
const ISO_FORMAT = 'YYYY-MM-DD';

export function formatDate(iso: Iso | null | undefined): string {
  if (!iso) return '—';
  const day = dayjs(iso, ISO_FORMAT, true);
  return day.isValid() ? day.format(DATE_FORMAT) : iso;
}

export function formatDateTime(stamp: string | null | undefined): string {
  if (!stamp) return '—';
  const moment = dayjs(stamp);
  return moment.isValid() ? moment.format('DD/MM/YYYY HH:mm') : stamp;
}

const numberFormat = new Intl.NumberFormat('vi-VN');

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : numberFormat.format(value);
}

export function toIso(day: Dayjs | null | undefined): Iso | undefined {
  return day ? day.format(ISO_FORMAT) : undefined;
}

export function fromIso(iso: Iso | null | undefined): Dayjs | undefined {
  if (!iso) return undefined;
  const day = dayjs(iso, ISO_FORMAT, true);
  return day.isValid() ? day : undefined;
}

export function today(): Dayjs {
  return dayjs().startOf('day');
}

/** "12 tuổi 3 tháng" from a number of months. */
export function formatAgeMonths(months: number | null | undefined): string {
  if (months === null || months === undefined) return '—';
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return rest ? `${years} tuổi ${rest} tháng` : `${years} tuổi`;
}
