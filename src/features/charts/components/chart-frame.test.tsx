import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { ChartTable } from '../logic/chart-table';
import { ChartFrame, type ChartActionsContext } from './chart-frame';

const table: ChartTable = {
  columns: [
    { key: 'sector', label: '领域' },
    { key: 'completed', label: '已完成' },
    { key: 'total', label: '合计' },
  ],
  rows: [
    { _sector: 'transport', sector: '交通', completed: 1234, total: 2000 },
    { _sector: 'rural', sector: '乡村振兴', completed: null, total: 0 },
  ],
};

function renderFrame(props: Partial<Parameters<typeof ChartFrame>[0]> = {}, url = '/') {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: (
          <ChartFrame
            title="各领域任务的当前状态"
            subtitle="按领域统计 · 领域：交通"
            unit="单位：项任务"
            legend={[{ key: 'completed', label: '已完成', color: '#009E73', status: 'completed' }]}
            source="来源：洛阳网（2025年8月27日）"
            asOf="数据截至 2026年3月2日"
            pageUrl="http://example.org/?sector=transport"
            table={table}
            fileSlug="sector-status"
            {...props}
          >
            <svg data-testid="chart" />
          </ChartFrame>
        ),
      },
    ],
    { initialEntries: [url] },
  );
  return render(<RouterProvider router={router} />);
}

describe('ChartFrame', () => {
  it('puts title, filters, chart, legend, unit, source, date, product and link inside the one exported node', () => {
    const renderActions = vi.fn((ctx: ChartActionsContext) => <button type="button">{`导出 ${ctx.fileSlug}`}</button>);
    renderFrame({ renderActions });
    const region = screen.getByRole('region', { name: '各领域任务的当前状态' });
    const node = region.querySelector<HTMLElement>('[data-chart-node]')!;
    const inside = within(node);
    expect(inside.getByRole('heading', { level: 2, name: '各领域任务的当前状态' })).toBeInTheDocument();
    expect(inside.getByText('按领域统计 · 领域：交通')).toBeInTheDocument();
    expect(inside.getByTestId('chart')).toBeInTheDocument();
    expect(inside.getByRole('list', { name: '图例' })).toHaveTextContent('已完成');
    expect(node).toHaveTextContent('单位：项任务');
    expect(node).toHaveTextContent('来源：洛阳网（2025年8月27日）');
    expect(node).toHaveTextContent('数据截至 2026年3月2日');
    expect(node).toHaveTextContent('洛阳承诺追踪');
    expect(inside.getByRole('link', { name: 'http://example.org/?sector=transport' })).toBeInTheDocument();

    // The actions sit outside the node and get the node, the table and the names.
    const button = screen.getByRole('button', { name: '导出 sector-status' });
    expect(node).not.toContainElement(button);
    const ctx = renderActions.mock.calls.at(-1)![0];
    expect(ctx.getNode()).toBe(node);
    expect(ctx.table).toBe(table);
    expect(ctx).toMatchObject({ title: '各领域任务的当前状态', subtitle: '按领域统计 · 领域：交通' });
  });

  it('offers the same numbers as a real table with a caption, formatted for the language', async () => {
    renderFrame();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await userEvent.click(screen.getByText('以表格查看'));
    const grid = screen.getByRole('table', { name: '各领域任务的当前状态：按领域统计 · 领域：交通' });
    const rows = within(grid).getAllByRole('row');
    expect(rows.map((r) => Array.from(r.querySelectorAll('th, td'), (c) => c.textContent))).toEqual([
      ['领域', '已完成', '合计'],
      ['交通', '1,234', '2,000'],
      ['乡村振兴', '—', '0'],
    ]);
  });

  it('in English, formats the table the English way', async () => {
    renderFrame({}, '/?lang=en');
    // The English messages may load after the first render.
    await userEvent.click(await screen.findByText('View as table'));
    expect(screen.getByRole('rowheader', { name: '交通' }).closest('tr')).toHaveTextContent('1,2342,000');
  });

  it('shows a message instead of a chart, table and actions when there is nothing to draw', () => {
    const renderActions = vi.fn(() => <button type="button">导出</button>);
    renderFrame({ empty: '所选领域没有任务。', renderActions });
    expect(screen.getByText('所选领域没有任务。')).toBeInTheDocument();
    expect(screen.queryByTestId('chart')).not.toBeInTheDocument();
    expect(screen.queryByText('以表格查看')).not.toBeInTheDocument();
    expect(renderActions).not.toHaveBeenCalled();
  });
});
