// The pure parts of the diff: subjects, finding matching, item comparison, documents, Markdown code.
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../src/diff/compare-documents.js';
import { compareFindings } from '../../src/diff/compare-findings.js';
import { compareItems } from '../../src/diff/compare-items.js';
import { findingSubject } from '../../src/diff/finding-subject.js';
import { codeSpan } from '../../src/diff/format-markdown.js';
import { showValue } from '../../src/diff/format-common.js';
import type { SideFinding } from '../../src/diff/plan-side.js';
import { translator } from '../../src/i18n/index.js';

const finding = (over: Partial<SideFinding>): SideFinding => ({
  severity: 'warning',
  rule: 'canvas/x',
  message: 'm',
  file: 'canvases/business-architecture.yaml',
  shown: 'canvases/business-architecture.yaml',
  line: 1,
  col: 1,
  subject: 'goals[a]',
  ...over,
});

describe('findingSubject', () => {
  const data = { goals: [{ id: 'a' }, { id: 'b', name: 'B' }], cells: [{ goal: 'a', function: 'f' }], training: [{ department: 'Sales' }], odd: [{}] };
  it('names list entries by id, crossing or department, not by position', () => {
    expect(findingSubject(data, ['goals', 1, 'name'])).toBe('goals[b].name');
    expect(findingSubject(data, ['cells', 0, 'roles'])).toBe('cells[a/f].roles');
    expect(findingSubject(data, ['training', 0], 'functions')).toBe('training[Sales].functions');
    expect(findingSubject(data, ['odd', 0])).toBe('odd[#0]');
    expect(findingSubject(undefined, [], 'version')).toBe('version');
  });
});

describe('compareFindings', () => {
  it('a finding that moved lines is the same finding', () => {
    const d = compareFindings([finding({ line: 3 })], [finding({ line: 30, col: 7 })]);
    expect(d).toMatchObject({ added: [], resolved: [], unchanged: 1 });
  });
  it('several findings about one node pair by message first, and the surplus is new', () => {
    const base = [finding({ message: 'one' }), finding({ message: 'two' })];
    const head = [finding({ message: 'two' }), finding({ message: 'three' }), finding({ message: 'four' })];
    const d = compareFindings(base, head);
    expect(d.unchanged).toBe(2);
    expect(d.added.map((f) => f.message)).toEqual(['four']);
    expect(d.resolved).toEqual([]);
  });
  it('a warning that became an error is a new error', () => {
    const d = compareFindings([finding({})], [finding({ severity: 'error' })]);
    expect(d.added.map((f) => f.severity)).toEqual(['error']);
    expect(d.resolved.map((f) => f.severity)).toEqual(['warning']);
    expect(d.after).toEqual({ errors: 1, warnings: 0, infos: 0 });
  });
});

describe('compareItems', () => {
  const ba = (goals: unknown[], extra: object = {}) => ({ version: 1, goals, roles: [], functions: [], cells: [], ...extra });
  it('reordering a list is no change', () => {
    expect(compareItems('business-architecture', ba([{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }]), ba([{ id: 'b', name: 'B' }, { id: 'a', name: 'A' }]))).toEqual([]);
  });
  it('settings set on one side only are a change, not an added item', () => {
    const changes = compareItems('business-architecture', ba([]), ba([], { module_exemptions: undefined, key_pages: undefined, systems: [] }));
    expect(changes).toEqual([]);
    const m = compareItems('manifest', { version: 1, name: 'x' }, { version: 1, name: 'x', output: 'out' });
    expect(m).toEqual([{ change: 'changed', collection: 'settings', id: 'manifest', fields: [{ path: 'output', before: null, after: 'out' }] }]);
  });
  it('a new name with the same id is a rename; a new id is removed + added', () => {
    const changes = compareItems('business-architecture', ba([{ id: 'a', name: 'A', phase: 1 }]), ba([{ id: 'a', name: 'A2', phase: 2 }, { id: 'c', name: 'C' }]));
    expect(changes).toEqual([
      { change: 'changed', collection: 'goals', id: 'a', name: 'A2', renamed: { before: 'A', after: 'A2' }, fields: [{ path: 'phase', before: 1, after: 2 }] },
      { change: 'added', collection: 'goals', id: 'c', name: 'C', fields: [] },
    ]);
  });
  it('key-page options compare by their name, not their position', () => {
    const page = (options: unknown[]) => ba([], { key_pages: [{ id: 'p', name: 'P', function: 'f', options }] });
    const o1 = { name: 'Cards', user_value: 'fast' };
    const o2 = { name: 'List', user_value: 'dense' };
    expect(compareItems('business-architecture', page([o1, o2]), page([o2, o1]))).toEqual([]);
    expect(compareItems('business-architecture', page([o1]), page([{ ...o1, user_value: 'faster' }]))[0]!.fields).toEqual([{ path: 'options.Cards.user_value', before: 'fast', after: 'faster' }]);
  });
});

describe('compareDocuments', () => {
  it('paths added, removed, changed (with lines) and unchanged', () => {
    const d = compareDocuments(new Map([['a.md', 'x\ny\n'], ['b.md', 'same'], ['gone.md', '']]), new Map([['a.md', 'y\nx\nz\n'], ['b.md', 'same'], ['new.md', '']]));
    expect(d).toEqual({ added: ['new.md'], removed: ['gone.md'], changed: [{ path: 'a.md', linesAdded: 1, linesRemoved: 0 }], unchanged: 1 });
  });
});

describe('value display', () => {
  const t = translator('en');
  it('control characters are escaped, long values cut, missing values named', () => {
    expect(showValue('a\u001b[2Jb\nc', t)).toBe('"a\\u001b[2Jb\\nc"');
    expect(showValue(null, t)).toBe('(none)');
    expect(showValue(['x', 'y'], t)).toBe('[x, y]');
    expect(showValue('x'.repeat(200), t)).toHaveLength(82);
  });
  it('a code span holds any backticks', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x')).toBe('`` `x ``');
  });
});
