import type { StepRecord } from '../../src/run/model/ModelState';
import type { WorkflowRunResult } from '../../src/run/model/runWorkflowModel';
import { patchSteps, runModelAgainst } from '../e2e/workflowModel.helpers';

// The simulator accepts and applies moves the strict workflow rejects (COMPLETE → DRAFT, ...).
const faults = ['illegal-move-accepted'] as const;
const runTimeout = 10_000;

/** The seed, path and replay path a report's replay line carries. */
const readReplayLine = (line: string) => ({
  seed: Number(/ --seed (-?\d+)/.exec(line)?.[1]),
  property: / --property (\S+)/.exec(line)?.[1],
  path: / --path (\S+)/.exec(line)?.[1],
  replayPath: / --replay-path '([^']*)'/.exec(line)?.[1],
});

// Created work orders get fresh ids on every run: compare what was sent, not to which id.
const toCall = (step: StepRecord) => ({
  method: step.request.method,
  path: step.request.path.replace(/^\/(work-orders?)\/[^/]+/, '/$1/{id}'),
  body: step.request.body,
  command: step.command,
  expected: step.expected,
  received: step.received,
});

describe('C15: a failing command sequence replays from its seed, path and replay path', () => {
  let first: WorkflowRunResult;
  let replayed: WorkflowRunResult;
  let line: ReturnType<typeof readReplayLine>;
  beforeAll(async () => {
    first = await runModelAgainst(faults, { seed: 42 });
    line = readReplayLine(first.property.counterexample?.replay ?? '');
    replayed = await runModelAgainst(faults, {
      seed: line.seed,
      ...(line.path === undefined ? {} : { path: line.path }),
      ...(line.replayPath === undefined ? {} : { replayPath: line.replayPath }),
    });
  }, runTimeout);

  it('records the seed, the path and the replay path in the replay line', () => {
    expect(first.property.passed).toBe(false);
    expect(line).toEqual({
      seed: 42,
      property: 'workflow.model',
      path: first.property.path,
      replayPath: expect.stringMatching(/^[A-Za-z0-9+/]+:[A-Za-z0-9+/]+$/),
    });
  });

  it('fails again on the first run of the replay, with the same finding', () => {
    expect(replayed.property).toMatchObject({ passed: false, numRuns: 1, path: line.path });
    expect(replayed.property.findings.map((finding) => finding.code)).toEqual([
      'UNEXPECTED_STATUS',
    ]);
  });

  it('sends the same requests, in the same order, as the shrunk counterexample', () => {
    const calls = (result: WorkflowRunResult) =>
      (result.property.counterexample?.steps ?? []).map(toCall);

    expect(calls(first).length).toBeGreaterThan(0);
    expect(calls(replayed)).toEqual(calls(first));
  });

  it('lists the sequence as HTTP calls, ending on a rejected move answered 200', () => {
    const steps = replayed.property.counterexample?.steps ?? [];
    const illegal = patchSteps(steps).at(-1);

    expect(steps.map((step) => step.step)).toEqual(steps.map((_, index) => index + 1));
    expect(steps[0]?.request).toMatchObject({ method: 'POST', path: '/work-orders' });
    expect(illegal).toMatchObject({
      command: expect.stringMatching(/^PATCH \/work-orders\/\{id\}\/status: .* \(rejected\)$/),
      request: {
        method: 'PATCH',
        path: expect.stringMatching(/^\/work-orders\/[^/]+\/status$/),
        body: expect.stringContaining('"status":'),
      },
      expected: '400',
      received: '200',
    });
  });

  it('cannot be replayed from the seed and path alone', async () => {
    const replay = runModelAgainst(faults, { seed: line.seed, path: line.path ?? '' });

    await expect(replay).rejects.toThrow(/replay/i);
  });
});
