import { explainPrismExit, findMeaningfulLines } from '../../../src/prism/explainPrismExit';

// Excerpts of what Prism 5.14 writes when `prism mock` fails (stdout and stderr, interleaved).
const usage = [
  'prism mock <document>',
  '',
  'Start a mock server with the given document file',
  '',
  'Positionals:',
  '  document  Path to a document file. Can be both a file or a fetchable resource on the web.  [string] [required]',
  'Options:',
  '  -p, --port                              Port that Prism will run on.  [number] [required] [default: 4010]',
  '                                                                  returns an example that has not been generated',
  '',
];
const busyPort = [
  '[7:07:44 PM] › [CLI] …  awaiting  Starting Prism…',
  '[7:07:44 PM] › [CLI] ✖  fatal     ',
  ...usage,
  'listen EADDRINUSE: address already in use 127.0.0.1:4998',
];
const brokenRef = [
  '[7:07:47 PM] › [CLI] ✖  fatal     at "#/paths/~1a/get", token "components" in "#/components/schemas/Missing" does not exist',
  ...usage,
  '{',
  `  stack: 'MissingPointerError: at "#/paths/~1a/get"\\n' +`,
  "    '    at Pointer.resolve (/node_modules/@stoplight/json-schema-ref-parser/lib/pointer.js:100:13)',",
  "  code: 'EMISSINGPOINTER',",
  `  message: 'at "#/paths/~1a/get", token "components" in "#/components/schemas/Missing" does not exist',`,
  "  source: '/tmp/broken.yaml',",
  '  toJSON: [Function: toJSON],',
  '}',
];
const missingFile = [
  '{',
  `  stack: 'ResolverError: Error opening file "/nonexistent.yaml" \\n' +`,
  `  message: 'Error opening file "/nonexistent.yaml" \\n' +`,
  `    "ENOENT: no such file or directory, open '/nonexistent.yaml'",`,
  '}',
];
const exitOne = { code: 1, signal: null };

describe('explainPrismExit', () => {
  it('names the port when Prism could not listen', () => {
    expect(explainPrismExit(busyPort, exitOne, 4998)).toEqual({
      reason: 'port 4998 is already in use',
      portInUse: true,
    });
  });

  it("quotes the error's message for a broken $ref", () => {
    const { reason } = explainPrismExit(brokenRef, exitOne, 4010);

    expect(reason).toBe(
      'at "#/paths/~1a/get", token "components" in "#/components/schemas/Missing" does not exist',
    );
  });

  it('quotes the first line of a message split over lines', () => {
    expect(explainPrismExit(missingFile, exitOne, 4010).reason).toBe(
      'Error opening file "/nonexistent.yaml"',
    );
  });

  it('falls back to the exit status when Prism said nothing useful', () => {
    expect(explainPrismExit([], { code: null, signal: 'SIGKILL' }, 4010).reason).toBe(
      'it was killed by SIGKILL',
    );
    expect(explainPrismExit(['boom'], exitOne, 4010).reason).toBe('it exited with code 1');
  });
});

describe('findMeaningfulLines', () => {
  it('drops the usage text, stack frames and blank lines', () => {
    expect(findMeaningfulLines(brokenRef, 10)).toEqual([
      brokenRef[0],
      "  code: 'EMISSINGPOINTER',",
      brokenRef.at(-4),
      "  source: '/tmp/broken.yaml',",
    ]);
  });
});
