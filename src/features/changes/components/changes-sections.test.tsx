import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { makeCommitment, makeSource, makeUpdate } from '@/test/builders';
import { changesSince } from '../logic/changes';
import { followUpList } from '../logic/follow-up';
import { ChangesSections } from './changes-sections';

function renderAt(node: ReactNode, url = '/changes') {
  const router = createMemoryRouter([{ path: '/changes', element: node }], { initialEntries: [url] });
  return render(<RouterProvider router={router} />);
}

const sources = new Map([
  ['article', makeSource()],
  ['evil', makeSource({ id: 'evil', title: '可疑链接', url: 'javascript:alert(1)' })],
]);
const few = Array.from({ length: 3 }, (_, i) =>
  makeCommitment({
    id: `c-${i}`,
    title: { zh: `任务${i}`, en: `Task ${i}` },
    updates: [
      makeUpdate({ date: '2024-01-28' }),
      makeUpdate({ date: '2025-03-01', status: 'in_progress', sourceIds: ['article', 'evil'] }),
    ],
  }),
);

function sections(onSinceChange = vi.fn(), onStaleChange = vi.fn(), commitments = few) {
  return (
    <ChangesSections
      sectorFilter={<p>sector filter slot</p>}
      since="2025-01-01"
      entries={changesSince(commitments, sources, '2025-01-01')}
      followUp={followUpList(commitments, { ref: '2026-06-01', staleMonths: 12 })}
      refDate="2026-06-01"
      refIsToday={false}
      staleMonths={12}
      sectorName={() => '交通'}
      onSinceChange={onSinceChange}
      onRefChange={vi.fn()}
      onStaleChange={onStaleChange}
    />
  );
}

describe('ChangesSections', () => {
  it('links a source only where its URL is http or https', () => {
    renderAt(sections());
    const first = screen.getAllByRole('article')[0]!;
    expect(within(first).getByRole('link', { name: makeSource().title })).toHaveAttribute('href', makeSource().url);
    expect(within(first).queryByRole('link', { name: '可疑链接' })).toBeNull();
    expect(within(first).getByText('可疑链接')).toBeInTheDocument();
    expect(within(first).getByText(/状态变化/).parentElement).toHaveTextContent('状态变化：待核实→变为推进中');
  });

  it('reports a complete date, and a new stale threshold, to the page', async () => {
    const onSince = vi.fn();
    const onStale = vi.fn();
    renderAt(sections(onSince, onStale, few));
    const input = screen.getByLabelText('起始日期（列出此日之后的进展）');
    // Chrome reports year 0002 while the reader types 2025: such a date must not reach the URL
    fireEvent.change(input, { target: { value: '0002-06-30' } });
    expect(onSince).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: '2025-06-30' } });
    expect(onSince).toHaveBeenLastCalledWith('2025-06-30');
    await userEvent.selectOptions(screen.getByLabelText('证据陈旧标准（月）'), '24');
    expect(onStale).toHaveBeenCalledWith(24);
  });

  it('shows the follow-up list with the stale commitments', () => {
    renderAt(sections());
    const followUp = screen.getByRole('region', { name: '跟进清单' });
    expect(within(followUp).getByText('参照日期时没有逾期未完成的任务。')).toBeInTheDocument();
    const stale = within(followUp).getByRole('list', { name: '最新证据已满 12 个月（3 项）' });
    expect(
      within(stale)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['任务0', '任务1', '任务2']);
  });
});
