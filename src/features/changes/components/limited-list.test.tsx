import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { LimitedList } from './limited-list';

describe('LimitedList', () => {
  it('draws a page of items at first and the rest on request', async () => {
    const items = Array.from({ length: 13 }, (_, i) => `item ${i}`);
    const element = <LimitedList items={items} page={10} label="items" keyOf={(s) => s} render={(s) => s} />;
    render(<RouterProvider router={createMemoryRouter([{ path: '/', element }])} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(10);
    expect(screen.getByText('已显示 10 条，共 13 条')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '再显示 3 条' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(13);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
