import { DatePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { DATE_FORMAT } from '../lib/format';

interface Props {
  id?: string;
  value?: Dayjs | null;
  onChange?: (value: Dayjs | null) => void;
  disabledFuture?: boolean;
  placeholder?: string;
}

/**
 * A date typed or picked as dd/mm/yyyy (also accepts d/m/yyyy and ddmmyyyy when typed).
 * Enter confirms the typed date but does not submit the surrounding form: a half-filled
 * step record must not be sent because someone confirmed a date.
 */
export function DateInput({ id, value, onChange, disabledFuture, placeholder }: Props) {
  return (
    <span onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}>
    <DatePicker
      id={id}
      value={value}
      onChange={(next) => onChange?.(next)}
      format={[DATE_FORMAT, 'D/M/YYYY', 'DDMMYYYY']}
      placeholder={placeholder ?? 'dd/mm/yyyy'}
      disabledDate={disabledFuture ? (day) => day.isAfter(new Date(), 'day') : undefined}
      style={{ width: '100%', maxWidth: 220 }}
      inputReadOnly={false}
    />
    </span>
  );
}
