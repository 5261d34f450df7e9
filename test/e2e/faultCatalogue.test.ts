import type { FindingCode } from '../../src/core/findingCatalogue';
import { liveDefaults } from '../../src/cli/liveDefaults';
import { runAgainstSimulator, type SimulatorRun } from '../../src/cli/runAgainstSimulator';
import type { FaultName } from '../../src/simulator';
import { conformancePlugins } from '../support/conformancePlugins';

/**
 * The finding each seeded fault must raise and the property that must raise it; keyed by
 * FaultName so a new fault needs a row.
 */
const expected: Record<FaultName, [FindingCode, string]> = {
  'accept-outside-enum': [
    'UNEXPECTED_STATUS',
    'patch-work-orders-id-state.invalid-body.outside-enum',
  ],
  'ignore-auth': ['UNEXPECTED_STATUS', 'patch-work-orders-id-state.auth.missing'],
  'wrong-code-unknown-id': ['UNEXPECTED_STATUS', 'patch-work-orders-id-state.unknown-id'],
  'move-not-persisted': ['TRANSITION_NOT_PERSISTED', 'workflow.model'],
  'illegal-move-accepted': ['UNEXPECTED_STATUS', 'workflow.model'],
  'legal-move-rejected': ['UNEXPECTED_STATUS', 'workflow.model'],
  'server-error-on-input': ['SERVER_ERROR', 'post-work-orders-id-comments.valid-body'],
  'undocumented-status': ['UNDOCUMENTED_STATUS', 'workflow.model'],
  'response-breaks-schema': ['RESPONSE_SCHEMA_MISMATCH', 'post-work-orders.valid-body'],
  'rejected-move-changes-state': ['REJECTED_MOVE_CHANGED_STATE', 'workflow.model'],
  'id-forms-disagree': ['ID_FORMS_DISAGREE', 'workflow.model'],
  'third-move-not-persisted': ['TRANSITION_NOT_PERSISTED', 'workflow.model'],
  'retrieve-stale': ['TRANSITION_NOT_PERSISTED', 'workflow.model'],
};

const seed = 20261203;
const runs = 10;

describe('conformance against the seeded fault catalogue', () => {
  const rows = Object.entries(expected).map(([fault, [code, property]]) => ({
    fault,
    code,
    property,
  }));
  describe.each(rows)('a simulator with the fault $fault', ({ fault, code, property }) => {
    let run: SimulatorRun;
    beforeAll(async () => {
      run = await runAgainstSimulator([fault as FaultName], conformancePlugins, { seed, runs });
    });

    it(`exits 1 with ${code} from ${property}`, () => {
      expect(run.exitCode).toBe(1);
      const failing = run.result.properties.find((result) => result.name === property);
      expect(failing?.passed).toBe(false);
      expect(failing?.findings.map((finding) => finding.code)).toContain(code);
    });

    it('shows, with each finding, the exchange that proves it', () => {
      const findings = run.result.properties.flatMap((result) => result.findings);
      expect(findings.length).toBeGreaterThan(0);
      for (const finding of findings) {
        expect(finding.exchange?.request.path).toMatch(/^\/work-orders?\b/);
        expect(finding.exchange?.response?.statusCode).toEqual(expect.any(Number));
      }
    });
  });

  describe('the correct simulator', () => {
    // Twenty distinct seeds; pinned so CI's verdict is stable, HARNESS_FRESH_SEEDS=1 draws new ones.
    const fresh = process.env.HARNESS_FRESH_SEEDS === '1';
    const seeds = Array.from({ length: 20 }, (_, index) =>
      fresh ? Math.floor(Math.random() * 2 ** 31) : seed + index * 7919,
    );

    it.each(seeds)(
      'exits 0 with seed %i and the default budget: no false positives',
      async (runSeed) => {
        const run = await runAgainstSimulator([], conformancePlugins, {
          seed: runSeed,
          runs: liveDefaults.runs,
        });

        expect(run.codes).toEqual([]);
        expect(run.exitCode).toBe(0);
      },
    );
  });
});
