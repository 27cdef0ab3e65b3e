import { Tag, Tooltip } from 'antd';
import { formatDate } from '../lib/format';

interface Props {
  due: string | null | undefined;
  daysLeft?: number;
  overdue?: boolean;
  dueSoon?: boolean;
}

/** A deadline coloured by urgency: red overdue, orange within 15 days, plain otherwise. */
export function DueTag({ due, daysLeft, overdue, dueSoon }: Props) {
  if (!due) return <span>Chưa có hạn</span>;
  const color = overdue ? 'red' : dueSoon ? 'orange' : 'default';
  let hint = '';
  if (daysLeft !== undefined) hint = daysLeft < 0 ? `Quá hạn ${-daysLeft} ngày` : daysLeft === 0 ? 'Hạn hôm nay' : `Còn ${daysLeft} ngày`;
  return (
    <Tooltip title={hint || undefined}>
      <Tag color={color}>
        {formatDate(due)}
        {hint ? ` · ${hint}` : ''}
      </Tag>
    </Tooltip>
  );
}
