import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WorkflowRunResult } from '../../src/run/model/runWorkflowModel';
import type { PairObservation } from '../../src/run/model/TransitionCoverage';
import type { FaultName } from '../../src/simulator';
import { findStatuses, loadWorkflow } from '../../src/workflow';
import { defaultWorkflow, getSpec, strictWorkflow } from './simulator.helpers';
import { moveOf, patchSteps, runModelAgainst } from './workflowModel.helpers';

// A model run sends a few hundred requests to a local simulator: seconds, not milliseconds.
const runTimeout = 10_000;

const codesOf = (result: WorkflowRunResult) =>
  result.property.findings.map((finding) => finding.code);

describe('the workflow model against the simulator with the strict workflow', () => {
  describe('when the simulator follows the workflow', () => {
    let result: WorkflowRunResult;
    beforeAll(async () => {
      result = await runModelAgainst([], { seed: 42, numRuns: 100, maxCommands: 30 });
    }, runTimeout);

    it('passes every run of the pinned seed', () => {
      expect(result.property).toMatchObject({ passed: true, numRuns: 100, findings: [] });
      expect(result.property.counterexample).toBeUndefined();
      expect(result.property.error).toBeUndefined();
    });

    it('tries all 36 pairs of statuses', () => {
      const untried = result.coverage.filter((pair) => pair.tried === 0);

      expect(result.coverage).toHaveLength(36);
      expect(untried).toEqual([]);
    });

    it('sees allowed pairs answered 200 and applied, rejected ones answered 400 and left alone', async () => {
      const workflow = loadWorkflow(strictWorkflow, findStatuses(await getSpec()));
      const summarize = (pair: PairObservation) => ({
        move: `${pair.from} → ${pair.to}`,
        codes: Object.keys(pair.codes),
        changed:
          pair.changed === 0 ? 'never' : pair.changed === pair.tried ? 'always' : 'sometimes',
      });
      const expected = result.coverage.map((pair) => {
        const allowed = workflow.verdict(pair.from, pair.to) === 'allowed';
        const move = `${pair.from} → ${pair.to}`;
        return { move, codes: [allowed ? '200' : '400'], changed: allowed ? 'always' : 'never' };
      });

      expect(result.coverage.map(summarize)).toEqual(expected);
    });
  });

  describe('when the third accepted move on a work order is not persisted', () => {
    describe.each([1, 2, 3, 29, 42])('with seed %i', (seed) => {
      let result: WorkflowRunResult;
      beforeAll(async () => {
        result = await runModelAgainst(['third-move-not-persisted'], { seed });
      }, runTimeout);

      it('fails with TRANSITION_NOT_PERSISTED', () => {
        expect(result.property.passed).toBe(false);
        expect(codesOf(result)).toEqual(['TRANSITION_NOT_PERSISTED']);
      });

      it('shrinks to one create and three accepted moves of that work order, each read back', () => {
        const steps = result.property.counterexample?.steps ?? [];
        const moves = patchSteps(steps);

        expect(steps.map((step) => step.request.method)).toEqual([
          'POST',
          ...['PATCH', 'GET', 'PATCH', 'GET', 'PATCH', 'GET'],
        ]);
        expect(moves.map((move) => [move.expected, move.received])).toEqual([
          ['200', '200'],
          ['200', '200'],
          ['200', '200'],
        ]);
        expect(new Set(moves.map((move) => move.request.path)).size).toBe(1);
      });

      it('blames the third move: its read-back still shows the status it left', () => {
        const steps = result.property.counterexample?.steps ?? [];
        const third = patchSteps(steps)[2]!;
        const [from, to] = moveOf(third)?.split(' → ') ?? [];
        const finding = result.property.findings[0];

        expect(steps.at(-1)?.command).toBe(`${third.command}, read back`);
        expect(finding?.expected).toBe(`status ${to} after 200 to ${from} → ${to}`);
        expect(finding?.received).toBe(`status ${from}`);
      });
    });
  });

  // The code each fault yields at the pinned seed, and the last move of the shrunk sequence.
  const faultCases: {
    fault: FaultName;
    code: string;
    /** The last PATCH of the shrunk sequence; absent when the sequence ends on a read. */
    lastMove?: { idForm: 'uuid' | 'wo_number'; expected: string; received: string };
  }[] = [
    {
      fault: 'illegal-move-accepted',
      code: 'UNEXPECTED_STATUS',
      lastMove: { idForm: 'uuid', expected: '400', received: '200' },
    },
    {
      fault: 'move-not-persisted',
      code: 'TRANSITION_NOT_PERSISTED',
      lastMove: { idForm: 'uuid', expected: '200', received: '200' },
    },
    {
      // A read by wo_number reaches the next work order: the read-back names it.
      fault: 'id-forms-disagree',
      code: 'ID_FORMS_DISAGREE',
    },
    {
      // A read that answers the status before the move cannot be told from a lost write.
      fault: 'retrieve-stale',
      code: 'TRANSITION_NOT_PERSISTED',
      lastMove: { idForm: 'uuid', expected: '200', received: '200' },
    },
    {
      fault: 'rejected-move-changes-state',
      code: 'REJECTED_MOVE_CHANGED_STATE',
      lastMove: { idForm: 'uuid', expected: '400', received: '400' },
    },
    {
      fault: 'wrong-code-unknown-id',
      code: 'UNEXPECTED_STATUS',
      lastMove: { idForm: 'uuid', expected: '404', received: '400' },
    },
  ];

  describe.each(faultCases)('when the simulator has the fault $fault', (faultCase) => {
    let result: WorkflowRunResult;
    beforeAll(async () => {
      result = await runModelAgainst([faultCase.fault], { seed: 42 });
    }, runTimeout);

    it(`fails with ${faultCase.code}`, () => {
      expect(result.property.passed).toBe(false);
      expect(codesOf(result)).toEqual([faultCase.code]);
    });

    if (faultCase.lastMove === undefined) {
      it('ends on a read by wo_number', () => {
        const last = result.property.counterexample?.steps.at(-1);
        expect(last?.request.method).toBe('GET');
        expect(last?.request.path).toMatch(/^\/work-order\/\d+$/);
      });
      return;
    }
    const { idForm, expected, received } = faultCase.lastMove;
    it(`ends on a move by ${idForm} that expected ${expected} and was answered ${received}`, () => {
      const last = patchSteps(result.property.counterexample?.steps ?? []).at(-1);
      const id = idForm === 'uuid' ? '[0-9a-f-]{36}' : '\\d+';

      expect(last?.request.path).toMatch(new RegExp(`^/work-orders/${id}/status$`));
      expect([last?.expected, last?.received]).toEqual([expected, received]);
    });
  });
});

describe('the workflow model of a file that declares ARCHIVED unreachable, against the strict simulator', () => {
  let result: WorkflowRunResult;
  beforeAll(async () => {
    const text = readFileSync(defaultWorkflow, 'utf8');
    const path = join(mkdtempSync(join(tmpdir(), 'model-workflow-')), 'no-archived.yaml');
    writeFileSync(path, `${text}unreachable: [ARCHIVED]\n`);
    result = await runModelAgainst([], { seed: 42 }, path);
  }, runTimeout);

  it('fails with STATE_MISMATCH once an unknown move into ARCHIVED is accepted', () => {
    const [finding] = result.property.findings;

    expect(codesOf(result)).toEqual(['STATE_MISMATCH']);
    expect(finding?.expected).toMatch(/^never ARCHIVED, which .*no-archived\.yaml declares/);
    expect(finding?.received).toMatch(/^status ARCHIVED after 200 to \w+ → ARCHIVED$/);
  });
});
