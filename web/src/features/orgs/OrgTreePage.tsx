// The organization tree from the user's own organization down, opened level by level
// (GET /orgs/{id}/children), and a name search over the whole subtree.
import { Card, Input, List, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorState } from '../../components/ErrorState';
import { PageTitle } from '../../components/PageTitle';
import { api, ApiError, withQuery } from '../../lib/api';
import { useUser } from '../../lib/auth';
import type { Org, Page } from '../../lib/types';
import { useApi } from '../../lib/useApi';
import { useDebouncedSearch } from '../../lib/useListFilters';

/** Types that never have children in practice: shown as leaves without asking the server. */
const LEAF_TYPES = new Set(['to_dang']);

function toNode(org: Org): DataNode {
  return { key: org.id, title: org.name, isLeaf: LEAF_TYPES.has(org.type) };
}

function replaceChildren(nodes: DataNode[], key: React.Key, children: DataNode[]): DataNode[] {
  return nodes.map((node) => {
    if (node.key === key) return { ...node, children, isLeaf: children.length === 0 };
    if (node.children) return { ...node, children: replaceChildren(node.children, key, children) };
    return node;
  });
}

function OrgTree() {
  const user = useUser();
  const navigate = useNavigate();
  const [nodes, setNodes] = useState<DataNode[]>([]);
  const [error, setError] = useState<ApiError>();

  useEffect(() => {
    api
      .get<Org>(`/orgs/${user.org_id}`)
      .then((root) => setNodes([toNode(root)]))
      .catch((failure: ApiError) => setError(failure));
  }, [user.org_id]);

  const loadChildren = async (node: DataNode) => {
    const children = await api.get<{ items: Org[] }>(`/orgs/${node.key}/children`);
    setNodes((current) => replaceChildren(current, node.key, children.items.map(toNode)));
  };

  if (error) return <ErrorState error={error} />;
  return (
    <Tree
      aria-label="Cây tổ chức đảng"
      treeData={nodes}
      loadData={loadChildren}
      defaultExpandedKeys={[user.org_id]}
      onSelect={(keys) => keys[0] !== undefined && navigate(`/to-chuc/${keys[0]}`)}
      blockNode
    />
  );
}

function OrgSearch({ q }: { q: string }) {
  const { data, loading, error } = useApi<Page<Org>>(withQuery('/orgs', { q, page_size: 50 }));
  if (error) return <ErrorState error={error} />;
  return (
    <List
      loading={loading}
      dataSource={data?.items}
      locale={{ emptyText: `Không có tổ chức nào khớp với “${q}”` }}
      renderItem={(org) => (
        <List.Item>
          <List.Item.Meta
            title={<Link to={`/to-chuc/${org.id}`}>{org.name}</Link>}
            description={<Typography.Text type="secondary">{org.type_label}</Typography.Text>}
          />
        </List.Item>
      )}
    />
  );
}

export default function OrgTreePage() {
  const [q, setQ] = useState('');
  const [typed, setTyped] = useDebouncedSearch(q, setQ);

  return (
    <>
      <PageTitle title="Tổ chức đảng" />
      <Card>
        <Input.Search
          aria-label="Tìm tổ chức theo tên"
          placeholder="Tìm tổ chức theo tên (gõ không dấu được)"
          allowClear
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          onSearch={(value) => setQ(value.trim())}
          style={{ maxWidth: 420, marginBottom: 16 }}
        />
        {q ? <OrgSearch q={q} /> : <OrgTree />}
      </Card>
    </>
  );
}
