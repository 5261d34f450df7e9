import { join } from 'node:path';
import { isHarnessError, type HarnessError } from '../../../src/core/HarnessError';
import { loadSpec } from '../../../src/spec/loadSpec';
import type { SpecModel } from '../../../src/spec/SpecModel';
import { findStatuses } from '../../../src/workflow';

const specPath = join(__dirname, '..', '..', '..', 'spec', 'serial-work-orders.openapi.yaml');

/** The HarnessError a call throws, or undefined when it throws none or something else. */
const catchHarnessError = (run: () => unknown): HarnessError | undefined => {
  try {
    run();
  } catch (error) {
    if (isHarnessError(error)) return error;
  }
  return undefined;
};

const emptySpec: SpecModel = {
  path: 'empty.yaml',
  document: {},
  operations: [],
  findOperation: () => undefined,
  resolveRef: () => undefined,
  locate: () => 'empty.yaml',
};

describe('findStatuses', () => {
  it('reads the status enum of the status-change request body, in the spec order', async () => {
    const spec = await loadSpec(specPath);

    expect(findStatuses(spec)).toEqual([
      'DRAFT',
      'REVIEW',
      'PRODUCTION',
      'COMPLETE',
      'CANCELED',
      'ARCHIVED',
    ]);
  });

  it('refuses a spec without the status-change operation', () => {
    const error = catchHarnessError(() => findStatuses(emptySpec));

    expect(error?.code).toBe('SPEC_NO_STATUS_ENUM');
    expect(error?.message).toContain('patch-work-orders-id-state');
  });
});
