import { Alert, List, Typography } from 'antd';
import { stepLabel } from '../lib/steps';
import type { RefusalReason } from '../lib/types';
import { RuleTag } from './RuleTag';

interface Props {
  title: string;
  problems: (RefusalReason & { step_label?: string })[];
  /** Shown before each reason in a batch, e.g. the candidate's name. */
  describeDossier?: (dossierId: number) => string;
}

/** Reasons a step was refused, each with the rule it rests on. */
export function ProblemList({ title, problems, describeDossier }: Props) {
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      className="refusal"
      message={title}
      description={
        <List
          size="small"
          dataSource={problems}
          renderItem={(problem) => (
            <List.Item className="refusal-item">
              <div>
                <RuleTag rule={problem.rule} />
                <Typography.Text type="secondary">
                  {problem.dossier_id && describeDossier ? `${describeDossier(problem.dossier_id)} · ` : ''}
                  {problem.step_label ?? stepLabel(problem.step)}
                </Typography.Text>
                <div>{problem.message}</div>
              </div>
            </List.Item>
          )}
        />
      }
    />
  );
}
