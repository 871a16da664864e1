import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { beginLoad, endLoad, reportProgress } from '@/data/load-progress';
import { announcedSeconds, DatasetLoading } from './dataset-loading';

const URL = 'http://test.local/data/commitments.json';

function show() {
  const element = <DatasetLoading url={URL} />;
  render(<RouterProvider router={createMemoryRouter([{ path: '/', element }])} />);
}

describe('announcedSeconds', () => {
  it('tells a screen reader at 10 s, 30 s and then once a minute, not every second', () => {
    const heard = new Set(Array.from({ length: 200 }, (_, s) => announcedSeconds(s)));
    expect([...heard]).toEqual([0, 10, 30, 60, 120, 180]);
  });
});

describe('DatasetLoading', () => {
  let signal: AbortSignal | undefined;
  afterEach(() => {
    if (signal) endLoad(URL, signal);
  });

  it('says it is loading and nothing more in the first seconds', () => {
    signal = beginLoad(URL);
    show();
    expect(screen.getByRole('status')).toHaveTextContent('正在加载数据…');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('after a few seconds: the time waited, bytes of the total, a progress bar, and a cancel that aborts', async () => {
    signal = beginLoad(URL, Date.now() - 12_000);
    show();
    act(() => reportProgress(URL, { received: 1_572_864, total: 3_145_728 }));
    expect(screen.getByRole('status')).toHaveTextContent('数据仍在传输，已等待 10 秒。');
    expect(screen.getByText(/已等待 1[23] 秒 · 已收到 1\.5 MB \/ 3 MB/)).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: '加载进度' })).toHaveAttribute('value', '1572864');
    await userEvent.click(screen.getByRole('button', { name: '取消加载' }));
    expect(signal.aborted).toBe(true);
  });

  it('without a total (a compressed body), only the bytes received', () => {
    signal = beginLoad(URL, Date.now() - 5_000);
    show();
    act(() => reportProgress(URL, { received: 2048, total: undefined }));
    expect(screen.getByText(/已收到 2 KB$/)).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
