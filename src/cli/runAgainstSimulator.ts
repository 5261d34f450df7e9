import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FindingCode } from '../core/findingCatalogue';
import type { RunResult } from '../run/RunResult';
import { createSimulator, type FaultName, type WorkOrder } from '../simulator';
import { loadSpec } from '../spec/loadSpec';
import { findStatuses, loadWorkflow } from '../workflow';
import { conformanceCommand, type ConformancePlugins } from './conformanceCommand';
import { defaults, strictWorkflowPath } from './defaults';

export interface SimulatorRun {
  exitCode: number;
  /** Codes of the failing findings, one each. */
  codes: FindingCode[];
  output: string;
  result: RunResult;
  /** Every work order on the simulator after the run. */
  after: WorkOrder[];
  token: string;
}

const token = 'simulated-staging-token-5f2a9c';

/**
 * `conformance` in process against the simulator (strict workflow) with the given faults: how
 * the project measures its own oracles (a seeded fault is killed when the run exits 1).
 */
export const runAgainstSimulator = async (
  faults: readonly FaultName[],
  plugins: ConformancePlugins,
  options: {
    seed: number;
    runs: number;
    extraArgs?: string[];
    /** Work orders that exist before the run (other people's data). */
    existing?: readonly WorkOrder[];
  },
): Promise<SimulatorRun> => {
  const spec = await loadSpec(defaults.specPath);
  const workflow = loadWorkflow(strictWorkflowPath, findStatuses(spec));
  const simulator = createSimulator({ spec, workflow, token, faults });
  simulator.seed(options.existing ?? []);
  const { baseUrl } = await simulator.listen(0);
  const reportDir = mkdtempSync(join(tmpdir(), 'conformance-'));
  const output: string[] = [];
  try {
    const argv = [
      ...['--target', baseUrl, '--workflow', strictWorkflowPath, '--report-dir', reportDir],
      ...['--seed', String(options.seed), '--runs', String(options.runs), '--rate', '0'],
      ...(options.extraArgs ?? []),
    ];
    const io = { env: { SERIAL_API_TOKEN: token }, print: (text: string) => output.push(text) };
    const exitCode = await conformanceCommand(argv, plugins, io);
    const report = readFileSync(join(reportDir, 'conformance-report.json'), 'utf8');
    const result = JSON.parse(report) as RunResult;
    const codes = result.properties.flatMap((property) => property.findings.map((f) => f.code));
    const reports = ['summary.txt', 'junit.xml', 'report.json'].map((name) =>
      readFileSync(join(reportDir, `conformance-${name}`), 'utf8'),
    );
    return {
      exitCode,
      codes: [...new Set(codes)],
      output: [...output, ...reports].join('\n'),
      result,
      after: simulator.snapshot(),
      token,
    };
  } finally {
    await simulator.close();
    rmSync(reportDir, { recursive: true, force: true });
  }
};
