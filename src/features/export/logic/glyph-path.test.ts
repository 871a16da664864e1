// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { contoursToPath, glyphMatrix } from './glyph-path';

const identity = [1, 0, 0, 1, 0, 0] as const;

describe('contoursToPath', () => {
  it('draws straight segments between on-curve points and closes each contour', () => {
    const square = [
      { x: 0, y: 0, on: true },
      { x: 10, y: 0, on: true },
      { x: 10, y: 10, on: true },
    ];
    expect(contoursToPath([square], identity)).toBe('M0 0L10 0L10 10L0 0Z');
  });

  it('draws a quadratic curve through a control point', () => {
    const arc = [
      { x: 0, y: 0, on: true },
      { x: 5, y: 10, on: false },
      { x: 10, y: 0, on: true },
    ];
    expect(contoursToPath([arc], identity)).toBe('M0 0Q5 10 10 0L0 0Z');
  });

  it('inserts the implied on-curve midpoint between two control points', () => {
    const wave = [
      { x: 0, y: 0, on: true },
      { x: 2, y: 4, on: false },
      { x: 6, y: 4, on: false },
      { x: 8, y: 0, on: true },
    ];
    expect(contoursToPath([wave], identity)).toBe('M0 0Q2 4 4 4Q6 4 8 0L0 0Z');
  });

  it('starts a contour of control points only at the midpoint of its last and first points', () => {
    const blob = [
      { x: 0, y: 0, on: false },
      { x: 10, y: 0, on: false },
      { x: 10, y: 10, on: false },
      { x: 0, y: 10, on: false },
    ];
    expect(contoursToPath([blob], identity)).toBe('M0 5Q0 0 5 0Q10 0 10 5Q10 10 5 10Q0 10 0 5Z');
  });

  it('starts at the first on-curve point when the contour begins with a control point', () => {
    const path = contoursToPath(
      [
        [
          { x: 5, y: 10, on: false },
          { x: 10, y: 0, on: true },
          { x: 0, y: 0, on: true },
        ],
      ],
      identity,
    );
    expect(path).toBe('M10 0L0 0Q5 10 10 0Z');
  });

  it('skips empty contours', () => {
    expect(contoursToPath([[]], identity)).toBe('');
  });
});

describe('glyphMatrix', () => {
  it('scales font units to pixels, flips y and moves the origin to the baseline start', () => {
    const m = glyphMatrix(100, 50, 20, 1000);
    const path = contoursToPath(
      [
        [
          { x: 0, y: 0, on: true },
          { x: 1000, y: 1000, on: true },
        ],
      ],
      m,
    );
    expect(path).toBe('M100 50L120 30L100 50Z');
  });

  it('rotates around the origin', () => {
    const m = glyphMatrix(0, 0, 1000, 1000, 90);
    const path = contoursToPath(
      [
        [
          { x: 0, y: 0, on: true },
          { x: 10, y: 0, on: true },
        ],
      ],
      m,
    );
    expect(path).toBe('M0 0L0 10L0 0Z');
  });
});
