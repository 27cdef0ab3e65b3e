import { Tag } from 'antd';

/** A rule ID of RULES.md (R-4, P-13, E-2…), always shown beside its plain-language message. */
export function RuleTag({ rule }: { rule: string }) {
  return (
    <Tag color="volcano" className="rule-tag" aria-label={`Quy định ${rule}`}>
      {rule}
    </Tag>
  );
}
