// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { escapeXml, isBold, paintAttributes, parseCssColor, syntheticBoldStroke } from './svg-markup';

describe('escapeXml', () => {
  it('escapes markup characters, so dataset text can never become markup', () => {
    expect(escapeXml(`<img src=x onerror="alert(1)"> & 'q'`)).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &apos;q&apos;',
    );
  });
});

describe('parseCssColor', () => {
  it('reads computed rgb and rgba colours', () => {
    expect(parseCssColor('rgb(27, 27, 27)')).toEqual({ hex: '#1b1b1b', alpha: 1 });
    expect(parseCssColor('rgba(0, 114, 178, 0.5)')).toEqual({ hex: '#0072b2', alpha: 0.5 });
    expect(parseCssColor('rgb(0 114 178 / 50%)')).toEqual({ hex: '#0072b2', alpha: 0.5 });
  });

  it('reads hex colours and transparency', () => {
    expect(parseCssColor('#fff')).toEqual({ hex: '#ffffff', alpha: 1 });
    expect(parseCssColor('#E69F00')).toEqual({ hex: '#e69f00', alpha: 1 });
    expect(parseCssColor('transparent')).toEqual({ hex: 'none', alpha: 0 });
    expect(parseCssColor('rgba(0, 0, 0, 0)')).toEqual({ hex: 'none', alpha: 0 });
  });

  it('returns null for what is not a plain colour', () => {
    expect(parseCssColor('url("#gradient")')).toBeNull();
    expect(parseCssColor('none')).toBeNull();
    expect(parseCssColor('currentcolor')).toBeNull();
  });
});

describe('paintAttributes', () => {
  it('writes a hex colour, with an opacity only when it is not opaque', () => {
    expect(paintAttributes('fill', 'rgb(255, 255, 255)')).toBe('fill="#ffffff"');
    expect(paintAttributes('stroke', 'rgba(0, 0, 0, 0.25)')).toBe('stroke="#000000" stroke-opacity="0.25"');
    expect(paintAttributes('fill', 'rgba(0, 0, 0, 0)')).toBe('');
  });
});

describe('synthetic bold', () => {
  it('grows outlines by a 24th of the font size', () => {
    expect(syntheticBoldStroke(24)).toBe(1);
    expect(syntheticBoldStroke(16)).toBe(0.67);
  });

  it('counts 600 and above as bold', () => {
    expect(isBold('700')).toBe(true);
    expect(isBold('600')).toBe(true);
    expect(isBold('bold')).toBe(true);
    expect(isBold('500')).toBe(false);
    expect(isBold('400')).toBe(false);
  });
});
