// Puts a server refusal next to the field it concerns. The API names fields the way
// JSON paths read ("introducers[0].months_together", "step.number" in a batch);
// antd forms name them as arrays (["introducers", 0, "months_together"]).
import type { FormInstance } from 'antd';
import { ApiError } from './api';

export type FieldPath = (string | number)[];

export function fieldPath(field: string, stripPrefix = ''): FieldPath {
  const rest = stripPrefix && field.startsWith(stripPrefix) ? field.slice(stripPrefix.length) : field;
  const path: FieldPath = [];
  for (const part of rest.split('.')) {
    const match = /^([^[\]]+)((\[\d+\])*)$/.exec(part);
    if (!match) return [rest];
    path.push(match[1] as string);
    for (const index of (match[2] ?? '').matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]));
  }
  return path;
}

/**
 * Shows the error on its field when the form has that field; returns false when
 * it has not (the caller then shows it above the form).
 */
export function showOnField(form: FormInstance, error: unknown, knownFields: string[], stripPrefix = ''): boolean {
  if (!(error instanceof ApiError) || !error.problem.field) return false;
  const path = fieldPath(error.problem.field, stripPrefix);
  if (!knownFields.includes(String(path[0]))) return false;
  form.setFields([{ name: path, errors: [error.problem.detail] }]);
  form.scrollToField(path);
  return true;
}
