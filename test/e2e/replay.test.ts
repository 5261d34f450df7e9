import { createRequestProperties } from '../../properties';
import { createHttpClient, type HttpClient } from '../../src/http';
import { runWorkflowModel } from '../../src/run/model/runWorkflowModel';
import type { PropertyDefinition } from '../../src/run/PropertyDefinition';
import { runProperty } from '../../src/run/runProperty';
import type { RunContext } from '../../src/run/Target';
import { createSimulator, type Simulator } from '../../src/simulator';
import { findStatuses, loadWorkflow, type Workflow } from '../../src/workflow';
import { getSpec, strictWorkflow, token, userId } from './simulator.helpers';

describe('a replay of a path whose case passes', () => {
  let simulator: Simulator;
  let client: HttpClient;
  let context: RunContext;
  let workflow: Workflow;
  const command = 'npm run contract --';

  beforeAll(async () => {
    const spec = await getSpec();
    workflow = loadWorkflow(strictWorkflow, findStatuses(spec));
    simulator = createSimulator({ spec, workflow, token });
    const { baseUrl } = await simulator.listen(0);
    client = createHttpClient({ baseUrl });
    context = { spec, target: { kind: 'simulator', baseUrl, client, token } };
  });
  afterAll(async () => {
    client.close();
    await simulator.close();
  });

  const propertyNamed = (name: string): PropertyDefinition => {
    const found = createRequestProperties(context.spec).find((p) => p.name === name);
    if (found === undefined) throw new Error(`no property ${name}`);
    return found;
  };

  // Going on through the shrinks of a passing case never ended for this property.
  it('runs that one case of a request property and stops', async () => {
    const property = propertyNamed('post-work-orders.auth.missing');

    const result = await runProperty(context, property, {
      seed: 20261203,
      numRuns: 100,
      path: '3:0',
      command,
    });

    expect(result).toMatchObject({ passed: true, numRuns: 1, requests: 1, findings: [] });
  });

  it('runs that one sequence of the workflow model and stops', async () => {
    const result = await runWorkflowModel(context, workflow, {
      seed: 20261203,
      numRuns: 100,
      maxCommands: 10,
      userId,
      componentId: '3c90c3cc-0d44-4b50-8888-8dd25736052a',
      runTag: 'replay',
      command,
      path: '5',
      replayPath: 'A:A',
    });

    expect(result.property).toMatchObject({ passed: true, numRuns: 1, findings: [] });
  });

  it('refuses a path that leads to no case, naming it', async () => {
    const property = propertyNamed('get-work-orders.auth.missing');
    const replay = runProperty(context, property, { seed: 1, numRuns: 100, path: '1:0', command });

    await expect(replay).rejects.toMatchObject({ code: 'REPLAY_PATH_INVALID' });
  });
});
