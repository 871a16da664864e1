import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportOutcome } from '../adapter/export-adapter';
import { ExportMenu } from './export-menu';

const exportChart = vi.fn<(...args: unknown[]) => Promise<ExportOutcome>>();
vi.mock('../adapter/export-adapter', () => ({
  exportChart: (...args: unknown[]) => exportChart(...args),
  pngBlob: vi.fn(),
}));

const table = {
  columns: [
    { key: 'sector', label: '领域' },
    { key: 'count', label: '数量' },
  ],
  rows: [{ sector: '交通', count: 2 }],
};

function renderMenu(url = '/') {
  const node = document.createElement('div');
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: (
          <ExportMenu
            getNode={() => node}
            table={table}
            title="各领域进展"
            subtitle="全部领域"
            fileSlug="sector-status"
            date="2024-01-29"
          />
        ),
      },
    ],
    { initialEntries: [url] },
  );
  render(<RouterProvider router={router} />);
  return node;
}

const realAgent = navigator.userAgent;
function setUserAgent(value: string) {
  Object.defineProperty(window.navigator, 'userAgent', { value, configurable: true });
}

beforeEach(() => {
  exportChart.mockReset();
});
afterEach(() => setUserAgent(realAgent));

describe('ExportMenu', () => {
  it('is a button named for its chart that opens the formats and closes on Escape', async () => {
    const user = userEvent.setup();
    renderMenu();
    const trigger = screen.getByRole('button', { name: '导出图表：各领域进展' });
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await user.click(trigger);
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    const formats = screen.getByRole('group', { name: '导出格式' });
    expect(formats).toBeVisible();
    expect(screen.getByRole('button', { name: 'PNG 图片（2 倍清晰度）' })).toHaveFocus();
    for (const name of ['PNG 图片（透明背景）', /^SVG/, /^CSV/])
      expect(screen.getByRole('button', { name })).toBeVisible();
    // jsdom has no ClipboardItem: no copy option rather than one that fails.
    expect(screen.queryByRole('button', { name: '复制图片到剪贴板' })).toBeNull();
    await user.keyboard('{Escape}');
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(trigger).toHaveFocus();
  });

  it('hands the adapter the node, table and a readable file name, shows it is busy, then reports the download', async () => {
    const user = userEvent.setup();
    let finish: (outcome: ExportOutcome) => void = () => undefined;
    exportChart.mockImplementation(() => new Promise((resolve) => (finish = resolve)));
    const node = renderMenu();
    await user.click(screen.getByRole('button', { name: /^导出图表/ }));
    const csv = screen.getByRole('button', { name: /^CSV/ });
    await user.click(csv);
    await waitFor(() => expect(exportChart).toHaveBeenCalled());
    expect(exportChart).toHaveBeenCalledWith('csv', {
      node,
      title: '各领域进展',
      table,
      fileName: '洛阳承诺-各领域进展-2024-01-29.csv',
      preview: false,
    });
    expect(csv).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('正在导出CSV…');
    finish({ type: 'downloaded', fileName: '洛阳承诺-各领域进展-2024-01-29.csv' });
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('已下载：洛阳承诺-各领域进展-2024-01-29.csv'),
    );
    expect(screen.getByRole('button', { name: /^导出图表/ })).toHaveFocus();
  });

  it('names files in English in English', async () => {
    const user = userEvent.setup();
    exportChart.mockResolvedValue({ type: 'downloaded', fileName: 'x' });
    renderMenu('/?lang=en');
    // English messages may load after the first render.
    await user.click(await screen.findByRole('button', { name: 'Export chart: 各领域进展' }));
    await user.click(screen.getByRole('button', { name: 'PNG image (transparent background)' }));
    await waitFor(() => expect(exportChart).toHaveBeenCalled());
    expect(exportChart.mock.calls[0]?.[1]).toMatchObject({
      fileName: 'luoyang-commitments-各领域进展-2024-01-29-transparent.png',
    });
  });

  it('says so when an export fails', async () => {
    const user = userEvent.setup();
    exportChart.mockImplementation(() => Promise.reject(new Error('canvas too large')));
    renderMenu();
    await user.click(screen.getByRole('button', { name: /^导出图表/ }));
    await user.click(screen.getByRole('button', { name: /^SVG/ }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('导出失败，请重试。（canvas too large）'));
  });

  it('in WeChat offers the images only and shows the image full-screen instead of downloading', async () => {
    setUserAgent('Mozilla/5.0 (Linux; Android 12) Mobile Safari/537.36 MicroMessenger/8.0.34.2340');
    const user = userEvent.setup();
    exportChart.mockResolvedValue({ type: 'preview', src: 'data:image/png;base64,AAAA', fileName: 'x.png' });
    renderMenu();
    await user.click(screen.getByRole('button', { name: /^导出图表/ }));
    expect(screen.queryByRole('button', { name: /^SVG/ })).toBeNull();
    expect(screen.getByText(/在浏览器打开/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'PNG 图片（2 倍清晰度）' }));
    expect(exportChart.mock.calls[0]?.[1]).toMatchObject({ preview: true });
    const dialog = await screen.findByRole('dialog', { name: '长按图片保存' });
    expect(screen.getByRole('img', { name: '各领域进展' })).toHaveAttribute('src', 'data:image/png;base64,AAAA');
    expect(screen.getByRole('button', { name: '关闭' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: '关闭' }));
    expect(dialog).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^导出图表/ })).toHaveFocus();
  });
});
