import { describe, expect, it } from 'vitest';
import { neighbours } from './neighbours';

describe('neighbours', () => {
  it('finds previous and next within the list', () => {
    expect(neighbours(['a', 'b', 'c'], 'b')).toEqual({ prev: 'a', next: 'c', position: 2 });
    expect(neighbours(['a', 'b'], 'a')).toEqual({ prev: undefined, next: 'b', position: 1 });
  });
  it('has none when the commitment is outside the filtered list', () => {
    expect(neighbours(['a'], 'z')).toEqual({});
  });
});
