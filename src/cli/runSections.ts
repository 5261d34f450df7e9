import { randomBytes } from 'node:crypto';
import type fc from 'fast-check';
import { createHttpClient } from '../http';
import { startPrism } from '../prism';
import type { CoverageReport } from '../run/CoverageReport';
import { runWorkflowModel } from '../run/model/runWorkflowModel';
import type { PropertyDefinition } from '../run/PropertyDefinition';
import type { PropertyResult } from '../run/PropertyResult';
import type { RunOptions } from '../run/runProperty';
import type { Target } from '../run/Target';
import { createSimulator } from '../simulator';
import type { SpecModel } from '../spec/SpecModel';
import type { Workflow } from '../workflow';
import { createFixtureOrders } from './createFixtureOrders';
import { defaultIds, defaults } from './defaults';
import { runProperties } from './runProperties';

export interface SectionInput {
  spec: SpecModel;
  specPath: string;
  createProperties(
    spec: SpecModel,
    options: { idArb?: fc.Arbitrary<string> },
  ): PropertyDefinition[];
  runOptions: RunOptions;
  onDone: (result: PropertyResult) => void;
}

export interface SectionResult {
  target: Target;
  results: PropertyResult[];
  coverage?: CoverageReport;
}

// Any bearer token passes Prism's mock; a fixed one keeps reports stable.
const mockToken = 'contract-gate-token';

/** Starts Prism for the mock section; it can start while the spec is being checked. */
export const startMock = (specPath: string) => startPrism({ specPath });

/** The request properties against the embedded Prism mock, which it stops. */
export const runMockSection = async (
  input: SectionInput,
  starting: ReturnType<typeof startMock>,
): Promise<SectionResult> => {
  const prism = await starting;
  const client = createHttpClient({ baseUrl: prism.baseUrl, timeoutMs: defaults.timeoutMs });
  const target: Target = { kind: 'prism-mock', baseUrl: prism.baseUrl, client, token: mockToken };
  try {
    const properties = input.createProperties(input.spec, {});
    const context = { spec: input.spec, target };
    return {
      target,
      // Prism answers one connection at a time far below what it can serve on several.
      results: await runProperties(
        context,
        properties,
        { ...input.runOptions, command: `${input.runOptions.command} --on prism-mock` },
        input.onDone,
        3,
      ),
    };
  } finally {
    client.close();
    await prism.stop();
  }
};

/** The request properties and the workflow model against the embedded stateful simulator. */
export const runSimulatorSection = async (
  input: SectionInput,
  workflow: Workflow,
  maxCommands: number,
): Promise<SectionResult> => {
  const token = randomBytes(16).toString('hex');
  const simulator = createSimulator({ spec: input.spec, workflow, token });
  const { baseUrl } = await simulator.listen(0);
  const client = createHttpClient({ baseUrl, timeoutMs: defaults.timeoutMs });
  const target: Target = { kind: 'simulator', baseUrl, client, token };
  const context = { spec: input.spec, target };
  const ids = { ...defaultIds, runTag: 'contract-gate' };
  try {
    const fixture = {
      name: ids.runTag,
      component_id: ids.componentId,
      quantity: 1,
      created_by_user_id: ids.userId,
    };
    const idArb = await createFixtureOrders(target, fixture);
    const properties = input.createProperties(input.spec, { idArb });
    // The request properties ran in full against the mock; here they check that the simulator
    // itself conforms, so a quarter of the budget serves.
    const numRuns = Math.max(1, Math.ceil(input.runOptions.numRuns / 4));
    const command = `${input.runOptions.command} --on simulator`;
    const runOptions = { ...input.runOptions, numRuns, command };
    const results = await runProperties(context, properties, runOptions, input.onDone);
    if (maxCommands === 0) return { target, results };
    const model = await runWorkflowModel(context, workflow, {
      ...input.runOptions,
      command,
      ...ids,
      maxCommands,
    });
    input.onDone(model.property);
    const pairs = model.coverage.map((pair) => ({
      ...pair,
      verdict: workflow.verdict(pair.from, pair.to),
    }));
    const coverage = {
      target: target.kind,
      workflowPath: workflow.path,
      statuses: workflow.statuses,
      pairs,
    };
    return { target, results: [...results, model.property], coverage };
  } finally {
    client.close();
    await simulator.close();
  }
};
