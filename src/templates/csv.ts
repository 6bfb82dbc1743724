import Papa from 'papaparse'

/**
 * CSV for Excel: UTF-8 with a BOM (without it Excel reads Shift_JIS and garbles Japanese), CRLF line ends,
 * RFC 4180 quoting. Its own module, so that the parser loads only where a CSV is written or read.
 */
export const excelCsv = (head: readonly string[], rows: readonly (readonly string[])[]) =>
  '\uFEFF' + Papa.unparse({ fields: [...head], data: rows.map((row) => [...row]) }, { newline: '\r\n' }) + '\r\n'
