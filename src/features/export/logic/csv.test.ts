// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BOM, csvCell, toCsv } from './csv';
import type { ExportTable } from './types';

describe('csvCell', () => {
  it('writes numbers as plain digits and nothing for null or non-finite values', () => {
    expect(csvCell(4200)).toBe('4200');
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Infinity)).toBe('');
  });

  it('quotes commas, quotes, line breaks and edge spaces, doubling inner quotes', () => {
    expect(csvCell('交通, 水利')).toBe('"交通, 水利"');
    expect(csvCell('他说"开工"')).toBe('"他说""开工"""');
    expect(csvCell('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvCell(' 前导空格')).toBe('" 前导空格"');
    expect(csvCell('先进装备')).toBe('先进装备');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('a=b')).toBe('a=b');
  });
});

describe('toCsv', () => {
  const table: ExportTable = {
    columns: [
      { key: 'sector', label: '领域' },
      { key: 'count', label: '数量' },
    ],
    rows: [
      { sector: '新能源汽车', count: 3, extra: 'hidden' },
      { sector: '交通', count: null },
    ],
  };

  it('starts with a BOM, has a header of labels and one CRLF line per row, in column order', () => {
    const csv = toCsv(table);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual(['领域,数量', '新能源汽车,3', '交通,', '']);
  });

  it('leaves out keys that are not columns', () => {
    expect(toCsv(table)).not.toContain('hidden');
  });

  it('writes only the header for an empty table', () => {
    expect(toCsv({ columns: table.columns, rows: [] })).toBe(`${BOM}领域,数量\r\n`);
  });
});
