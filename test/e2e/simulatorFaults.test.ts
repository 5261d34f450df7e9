import { faultCatalogue, faultNames, type FaultName } from '../../src/simulator';
import { findErrors, startSimulator, type TestSimulator } from './simulator.helpers';

type FaultTest = (sim: TestSimulator) => Promise<void>;

const unknownUuid = '00000000-0000-4000-8000-000000000000';

const errorCodes = async (sim: TestSimulator): Promise<string[]> => {
  const errors = await Promise.all(sim.replies.map(findErrors));
  return errors.flat().map((finding) => finding.code);
};

/** One test per fault, keyed by name, so a fault added to the catalogue without a test fails tsc. */
const faultTests: Record<FaultName, FaultTest> = {
  'accept-outside-enum': async (sim) => {
    const { id } = await sim.create();

    expect((await sim.move(id, 'SHIPPED')).statusCode).toBe(200);
  },

  'ignore-auth': async (sim) => {
    const reply = await sim.send('GET', '/work-orders', { authorization: null });

    expect(reply.statusCode).toBe(200);
  },

  'wrong-code-unknown-id': async (sim) => {
    expect((await sim.move(unknownUuid, 'REVIEW')).statusCode).toBe(400);
  },

  'move-not-persisted': async (sim) => {
    const { id } = await sim.create();

    expect((await sim.move(id, 'REVIEW')).statusCode).toBe(200);
    expect((await sim.retrieve(id)).status).toBe('DRAFT');
  },

  'illegal-move-accepted': async (sim) => {
    const { id } = await sim.create();
    for (const status of ['REVIEW', 'PRODUCTION', 'COMPLETE']) await sim.move(id, status);

    expect((await sim.move(id, 'DRAFT')).statusCode).toBe(200);
    expect((await sim.retrieve(id)).status).toBe('DRAFT');
  },

  'legal-move-rejected': async (sim) => {
    const { id } = await sim.create();

    expect((await sim.move(id, 'REVIEW')).statusCode).toBe(400);
    expect((await sim.retrieve(id)).status).toBe('DRAFT');
  },

  'server-error-on-input': async (sim) => {
    const { id } = await sim.create();

    expect((await sim.move(id, 'REVIEW', 'plain ascii')).statusCode).toBe(200);
    expect((await sim.move(id, 'PRODUCTION', 'prêt')).statusCode).toBe(500);
    expect(await errorCodes(sim)).toContain('SERVER_ERROR');
  },

  'undocumented-status': async (sim) => {
    const { id } = await sim.create();

    expect((await sim.move(id, 'ARCHIVED')).statusCode).toBe(409);
    expect(await errorCodes(sim)).toEqual(['UNDOCUMENTED_STATUS']);
  },

  'response-breaks-schema': async (sim) => {
    const created = await sim.create();

    expect(created.wo_number).toBe('1');
    expect(await errorCodes(sim)).toEqual(['RESPONSE_SCHEMA_MISMATCH']);
  },

  'rejected-move-changes-state': async (sim) => {
    const { id } = await sim.create();

    expect((await sim.move(id, 'COMPLETE')).statusCode).toBe(400);
    expect((await sim.retrieve(id)).status).toBe('COMPLETE');
  },

  'id-forms-disagree': async (sim) => {
    const first = await sim.create();
    await sim.create();

    expect((await sim.retrieve(first.wo_number)).wo_number).toBe(2);
    expect((await sim.retrieve(first.id)).wo_number).toBe(1);
  },

  'third-move-not-persisted': async (sim) => {
    const { id } = await sim.create();
    const statuses = [];
    for (const status of ['REVIEW', 'DRAFT', 'REVIEW', 'REVIEW']) {
      expect((await sim.move(id, status)).statusCode).toBe(200);
      statuses.push((await sim.retrieve(id)).status);
    }

    expect(statuses).toEqual(['REVIEW', 'DRAFT', 'DRAFT', 'REVIEW']);
  },

  'retrieve-stale': async (sim) => {
    const { id } = await sim.create();
    await sim.move(id, 'REVIEW');

    expect((await sim.retrieve(id)).status).toBe('DRAFT');
    const listed = await sim.send('GET', '/work-orders', { operationId: 'get-work-orders' });
    expect(listed.json()).toEqual([expect.objectContaining({ id, status: 'REVIEW' })]);
  },
};

describe.each(faultNames)('fault %s', (fault) => {
  let sim: TestSimulator;

  beforeEach(async () => {
    sim = await startSimulator({ faults: [fault] });
  });

  afterEach(() => sim.stop());

  it(`shows: ${faultCatalogue[fault]}`, () => faultTests[fault](sim));
});
