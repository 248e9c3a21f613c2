import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/data/csv';
import { parseCsv } from '../../../src/data/table';

describe('parseCsv', () => {
  it('reads a header and plain rows', () => {
    expect(parseCsv('a,b\n1,2\n3,4')).toEqual([
      { a: '1', b: '2' },
      { a: '3', b: '4' },
    ]);
  });

  it('keeps commas, doubled quotes and newlines inside quoted fields', () => {
    const rows = parseCsv('name,text\n"Song, Jiang","He said ""hi""\nthen left"\n');
    expect(rows).toEqual([{ name: 'Song, Jiang', text: 'He said "hi"\nthen left' }]);
  });

  it('handles CRLF, a BOM and blank lines', () => {
    expect(parseCsv('\uFEFFid,v\r\n1,x\r\n\r\n2,y\r\n')).toEqual([
      { id: '1', v: 'x' },
      { id: '2', v: 'y' },
    ]);
  });

  it('fills missing trailing cells with empty strings', () => {
    expect(parseCsv('a,b,c\n1')).toEqual([{ a: '1', b: '', c: '' }]);
  });
});

describe('toCsv', () => {
  it('neutralises cells a spreadsheet would run as formulas, keeps numbers', () => {
    const csv = toCsv(
      ['name', 'value'],
      [
        ['=HYPERLINK("http://x","y")', -3.5],
        ['+1', '@SUM(A1)'],
        ['-2', 'plain'],
      ],
    );
    expect(csv).toBe(`\uFEFFname,value\r\n"'=HYPERLINK(""http://x"",""y"")",-3.5\r\n'+1,'@SUM(A1)\r\n'-2,plain\r\n`);
  });
});
