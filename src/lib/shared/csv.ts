/**
 * RFC 4180 CSV, both ways. Used by every importer and export, so quoting behaves the same
 * everywhere. Rows carry their 1-based line number for error messages.
 *
 * Written cells are safe to open in a spreadsheet (OWASP "CSV injection"): a cell that starts with
 * =, +, -, @, a tab or a carriage return would be run as a formula by Excel, LibreOffice or Google
 * Sheets, so it gets a leading apostrophe ('=SUM(...) shows as text). Plain numbers such as -12 or
 * 3.5 are left as they are. Reading with `restoreFormulas` removes that apostrophe again.
 */

export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

export class CsvError extends Error {
  line: number;
  constructor(line: number, message: string) {
    super(`regel ${line}: ${message}`);
    this.name = 'CsvError';
    this.line = line;
  }
}

/** Splits CSV text into records of fields; quoted fields may contain separators, quotes and newlines. */
export function parseCsvRecords(text: string, separator = ','): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let fieldStarted = false;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (ch === '"') {
      throw new CsvError(line, 'aanhalingsteken midden in een veld; zet het hele veld tussen aanhalingstekens');
    } else if (ch === separator) {
      fields.push(field);
      field = '';
      fieldStarted = false;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      fields.push(field);
      if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
      fields = [];
      field = '';
      fieldStarted = false;
      line++;
      recordLine = line;
    } else {
      field += ch;
      fieldStarted = true;
    }
  }
  if (quoted) throw new CsvError(recordLine, 'aanhalingsteken niet afgesloten');
  if (fieldStarted || fields.length) {
    fields.push(field);
    records.push({ line: recordLine, fields });
  }
  return records;
}

/** Parses CSV with a header row into keyed rows; a row with the wrong number of fields is an error. */
export function parseCsv(
  text: string,
  options: { separator?: string; required?: string[]; restoreFormulas?: boolean } = {},
): { header: string[]; rows: CsvRow[] } {
  const records = parseCsvRecords(text, options.separator);
  if (records.length === 0) throw new CsvError(1, 'leeg bestand: verwacht een kopregel');
  const header = records[0].fields.map((h) => h.trim());
  const seen = new Set<string>();
  for (const h of header) {
    if (seen.has(h)) throw new CsvError(1, `kolom "${h}" staat twee keer in de kopregel`);
    seen.add(h);
  }
  for (const column of options.required ?? []) {
    if (!seen.has(column))
      throw new CsvError(1, `kolom "${column}" ontbreekt in de kopregel (verwacht: ${options.required!.join(', ')})`);
  }
  const rows = records.slice(1).map(({ line, fields }) => {
    if (fields.length !== header.length)
      throw new CsvError(line, `${fields.length} velden, verwacht ${header.length} (zoals de kopregel)`);
    return {
      line,
      values: Object.fromEntries(
        header.map((h, i) => [h, options.restoreFormulas ? restoreFormula(fields[i]) : fields[i]]),
      ),
    };
  });
  return { header, rows };
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;
const NEUTRALISED = /^'(?=[=+\-@\t\r])/;

/** A cell value a spreadsheet shows as text, never evaluates. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** The inverse of neutraliseFormula, for reading a file this module wrote. */
export function restoreFormula(value: string): string {
  return value.replace(NEUTRALISED, '');
}

function quote(value: string, separator: string): string {
  return /["\r\n]/.test(value) || value.includes(separator) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Writes rows as CSV with a header; values are stringified, empty for null/undefined. */
export function toCsv(columns: string[], rows: Record<string, unknown>[], separator = ','): string {
  const cell = (v: unknown) => quote(neutraliseFormula(v === undefined || v === null ? '' : String(v)), separator);
  return (
    [
      columns.map((c) => quote(c, separator)).join(separator),
      ...rows.map((r) => columns.map((c) => cell(r[c])).join(separator)),
    ].join('\n') + '\n'
  );
}
