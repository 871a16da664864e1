import { describe, expect, it } from 'vitest';
import { truncateLabel } from './truncate-label';

describe('truncateLabel', () => {
  it('keeps a label that fits', () => {
    expect(truncateLabel('交通', 8)).toBe('交通');
    expect(truncateLabel('Transport', 9)).toBe('Transport');
  });
  it('counts Chinese characters as two units and ends a cut label with an ellipsis', () => {
    expect(truncateLabel('产业体系与项目建设', 10)).toBe('产业体系…');
    expect(truncateLabel('New-energy vehicles', 10)).toBe('New-energ…');
  });
  it('never cuts a 2,000-character title with no spaces to nothing, nor splits an emoji', () => {
    const long = 'a'.repeat(2000);
    expect(truncateLabel(long, 12)).toHaveLength(12);
    expect(truncateLabel('🚄🚄🚄🚄🚄🚄', 4)).toBe('🚄…');
  });
});
