import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, parseCsv, toCsv } from './csv';

describe('CSV', () => {
  it('reads quoted commas, doubled quotes, line breaks in a field, CRLF and a BOM', () => {
    const text = '\uFEFFa,b,c\r\n"x, y","he said ""hi""","line 1\nline 2"\r\n,,\r\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'he said "hi"', 'line 1\nline 2'],
      ['', '', ''],
    ]);
  });

  it('writes what it reads, with a BOM so Excel opens the Chinese as UTF-8', () => {
    const rows = [
      ['编号', '说明'],
      ['a', '逗号,引号"和\n换行'],
      ['b', 45],
      ['c', null],
    ];
    const csv = toCsv(rows);
    expect(csv.startsWith('\uFEFF编号,说明\r\n')).toBe(true);
    expect(parseCsv(csv)).toEqual([
      ['编号', '说明'],
      ['a', '逗号,引号"和\n换行'],
      ['b', '45'],
      ['c', ''],
    ]);
  });

  it('reads a file saved by Chinese Excel in GB18030 as well as UTF-8', () => {
    // "状态,推进中" in GB18030
    const gb = new Uint8Array([0xd7, 0xb4, 0xcc, 0xac, 0x2c, 0xcd, 0xc6, 0xbd, 0xf8, 0xd6, 0xd0]);
    expect(decodeCsvBytes(gb)).toEqual({ text: '状态,推进中', encoding: 'gb18030' });
    expect(decodeCsvBytes(new TextEncoder().encode('状态,推进中'))).toEqual({ text: '状态,推进中', encoding: 'utf-8' });
  });
});
