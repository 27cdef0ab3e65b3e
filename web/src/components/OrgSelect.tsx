// Picks an organization of the user's subtree by typing part of its name
// (accent-insensitive, done by the API's `q`).
import { Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { api, withQuery } from '../lib/api';
import type { Org, Page } from '../lib/types';

interface Props {
  value?: number;
  onChange?: (value: number | undefined) => void;
  /** Only organizations that can hold dossiers/people directly (chi bộ). */
  chiBoOnly?: boolean;
  placeholder?: string;
  allowClear?: boolean;
  id?: string;
  initialLabel?: string;
  style?: React.CSSProperties;
}

const CHI_BO_TYPES = new Set(['chi_bo_co_so', 'chi_bo_truc_thuoc']);

export function OrgSelect({ value, onChange, chiBoOnly, placeholder, allowClear, id, initialLabel, style }: Props) {
  const [options, setOptions] = useState<{ value: number; label: string }[]>([]);
  const [loading, setLoading] = useState(false);
  const [search, setSearch] = useState('');
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    const timer = window.setTimeout(() => {
      setLoading(true);
      api
        .get<Page<Org>>(withQuery('/orgs', { q: search, page_size: 50 }))
        .then((page) => {
          if (ticket !== latest.current) return;
          const orgs = chiBoOnly ? page.items.filter((org) => CHI_BO_TYPES.has(org.type)) : page.items;
          setOptions(orgs.map((org) => ({ value: org.id, label: org.name })));
        })
        .catch(() => undefined)
        .finally(() => ticket === latest.current && setLoading(false));
    }, 250);
    return () => window.clearTimeout(timer);
  }, [search, chiBoOnly]);

  const withCurrent =
    value !== undefined && initialLabel && !options.some((option) => option.value === value)
      ? [{ value, label: initialLabel }, ...options]
      : options;

  return (
    <Select
      id={id}
      showSearch
      allowClear={allowClear}
      value={value}
      onChange={(next) => onChange?.(next ?? undefined)}
      onSearch={setSearch}
      filterOption={false}
      loading={loading}
      options={withCurrent}
      placeholder={placeholder ?? 'Gõ tên tổ chức để tìm'}
      notFoundContent={loading ? 'Đang tìm…' : 'Không có tổ chức phù hợp'}
      style={{ minWidth: 220, ...style }}
    />
  );
}
