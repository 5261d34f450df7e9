import type { FindingCode } from '../../src/core/findingCatalogue';
import { runAgainstSimulator } from '../../src/cli/runAgainstSimulator';
import type { FaultName } from '../../src/simulator';
import { conformancePlugins } from '../support/conformancePlugins';

/** The finding each seeded fault must raise; keyed by FaultName so a new fault needs a row. */
const expectedFinding: Record<FaultName, FindingCode> = {
  'accept-outside-enum': 'UNEXPECTED_STATUS',
  'ignore-auth': 'UNEXPECTED_STATUS',
  'wrong-code-unknown-id': 'UNEXPECTED_STATUS',
  'move-not-persisted': 'TRANSITION_NOT_PERSISTED',
  'illegal-move-accepted': 'UNEXPECTED_STATUS',
  'legal-move-rejected': 'UNEXPECTED_STATUS',
  'server-error-on-input': 'SERVER_ERROR',
  'undocumented-status': 'UNDOCUMENTED_STATUS',
  'response-breaks-schema': 'RESPONSE_SCHEMA_MISMATCH',
  'rejected-move-changes-state': 'REJECTED_MOVE_CHANGED_STATE',
  'id-forms-disagree': 'ID_FORMS_DISAGREE',
  'third-move-not-persisted': 'TRANSITION_NOT_PERSISTED',
  'retrieve-stale': 'TRANSITION_NOT_PERSISTED',
};

const seed = 20261203;
const runs = 10;

describe('conformance against the seeded fault catalogue', () => {
  describe.each(Object.entries(expectedFinding))('a simulator with the fault %s', (fault, code) => {
    it(`exits 1 with ${code}`, async () => {
      const run = await runAgainstSimulator([fault as FaultName], conformancePlugins, {
        seed,
        runs,
      });

      expect(run.exitCode).toBe(1);
      expect(run.codes).toContain(code);
    });
  });

  describe('the correct simulator', () => {
    // Twenty distinct seeds; pinned so CI's verdict is stable, HARNESS_FRESH_SEEDS=1 draws new ones.
    const fresh = process.env.HARNESS_FRESH_SEEDS === '1';
    const seeds = Array.from({ length: 20 }, (_, index) =>
      fresh ? Math.floor(Math.random() * 2 ** 31) : seed + index * 7919,
    );

    it.each(seeds)('exits 0 with seed %i: no false positives', async (runSeed) => {
      const run = await runAgainstSimulator([], conformancePlugins, { seed: runSeed, runs });

      expect(run.codes).toEqual([]);
      expect(run.exitCode).toBe(0);
    });
  });
});
