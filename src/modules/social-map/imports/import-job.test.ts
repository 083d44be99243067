import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../hsds/import-records.ts';
import { mayImport } from './import-job.ts';

const report = (r: Partial<ImportReport>): ImportReport => ({
  source: 'hsds:test',
  dryRun: true,
  written: false,
  total: 1,
  created: 0,
  updated: 0,
  merged: 0,
  unchanged: 0,
  skipped: [],
  invalid: [],
  duplicates: [],
  newOrganisations: [],
  ...r,
});
const duplicate = {
  ref: 'r1',
  title: 'Taalcafé',
  existingAssetId: 'a1',
  existingTitle: 'Taalcafé',
  similarity: 1,
};

describe('mayImport', () => {
  it('lets a checked job write when there is something to write', () => {
    expect(mayImport({ state: 'checked', dryRunReport: report({ created: 1 }) })).toBe(true);
    expect(mayImport({ state: 'checked', dryRunReport: report({ merged: 1 }) })).toBe(true);
  });

  it('lets the officer choose when the only records are possible duplicates', () => {
    expect(mayImport({ state: 'checked', dryRunReport: report({ duplicates: [duplicate] }) })).toBe(true);
  });

  it('refuses with any invalid record, with nothing to do, or before the check', () => {
    const invalid = report({ created: 3, invalid: [{ ref: 'r2', reason: 'name: required' }] });
    expect(mayImport({ state: 'checked', dryRunReport: invalid })).toBe(false);
    expect(mayImport({ state: 'checked', dryRunReport: report({ unchanged: 1 }) })).toBe(false);
    expect(mayImport({ state: 'checking', dryRunReport: null })).toBe(false);
  });
});
