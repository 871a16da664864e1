import { describe, expect, it } from 'vitest';
import { dataValidationsXml } from './data-validation';

describe('dataValidationsXml', () => {
  it('writes list and number-range rules in the ECMA-376 form, escaping text', () => {
    const xml = dataValidationsXml([
      { kind: 'list', sqref: 'A2:A301', source: "'取值 Lists'!$A$2:$A$61", error: 'Pick <one> & only one' },
      { kind: 'decimal', sqref: 'F2:F301', min: 0, max: 100, prompt: '0–100', error: '0–100' },
    ]);
    expect(xml.startsWith('<dataValidations count="2"><dataValidation type="list"')).toBe(true);
    expect(xml).toContain('sqref="A2:A301"');
    expect(xml).toContain("<formula1>'取值 Lists'!$A$2:$A$61</formula1>");
    expect(xml).toContain('error="Pick &lt;one&gt; &amp; only one"');
    expect(xml).toContain('operator="between"');
    expect(xml).toContain('<formula1>0</formula1><formula2>100</formula2>');
    expect(xml.endsWith('</dataValidation></dataValidations>')).toBe(true);
  });

  it('cuts texts at the lengths Excel accepts', () => {
    const xml = dataValidationsXml([{ kind: 'list', sqref: 'A2:A3', source: 'X!$A$1', error: 'e'.repeat(400) }]);
    expect(xml).toContain(`error="${'e'.repeat(255)}"`);
    expect(xml).not.toContain('e'.repeat(256));
  });
});
