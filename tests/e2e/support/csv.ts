import { parse } from 'csv-parse/sync';
import type { Test } from 'supertest';
import { asBuffer } from './api';

/** A list read as CSV: its raw bytes, and its records (by header) as an independent parser reads them. */
export interface CsvAnswer {
  status: number;
  contentType: string;
  bytes: Buffer;
  rows: Record<string, string>[];
  headers: Record<string, string>;
}

/** Sends the request with `Accept: text/csv` and reads the answer with csv-parse (RFC 4180). */
export async function readCsv(request: Test): Promise<CsvAnswer> {
  const response = await request.set('Accept', 'text/csv').buffer(true).parse(asBuffer);
  const bytes = response.body as Buffer;
  const csv = response.headers['content-type']?.startsWith('text/csv');
  const rows = csv
    ? (parse(bytes, { bom: true, columns: true, relax_column_count: false }) as Record<
        string,
        string
      >[])
    : [];
  return {
    status: response.status,
    contentType: response.headers['content-type'] ?? '',
    bytes,
    rows,
    headers: response.headers as Record<string, string>,
  };
}

/** The cell the API.md CSV rules give a JSON value: lists of scalars joined, objects as JSON. */
export function expectedCell(value: unknown): string {
  const scalar = (v: unknown) => v === null || typeof v !== 'object';
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const cell =
    value === null || value === undefined || typeof value === 'string'
      ? text(value)
      : Array.isArray(value) && value.every(scalar)
        ? value.map(text).join('; ')
        : JSON.stringify(value);
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * The values a CSV row holds, for leak checks written against JSON: cells that hold JSON parsed
 * back, joined lists split.
 */
export function rowValues(row: Record<string, string>): unknown[] {
  return Object.values(row).map((cell) => {
    if (/^[[{]/.test(cell)) {
      try {
        return JSON.parse(cell) as unknown;
      } catch {
        return cell;
      }
    }
    return cell.includes('; ') ? cell.split('; ') : cell;
  });
}
