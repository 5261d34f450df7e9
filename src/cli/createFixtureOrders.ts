import fc from 'fast-check';
import { HarnessError } from '../core/HarnessError';
import { readWorkOrder } from '../run/model/readWorkOrder';
import type { Target } from '../run/Target';

/**
 * Work orders for request properties that need an existing id on a stateful target; the
 * arbitrary yields each by UUID and by wo_number.
 */
export const createFixtureOrders = async (
  target: Target,
  body: Record<string, unknown>,
  count = 2,
): Promise<fc.Arbitrary<string>> => {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const response = await target.client.send({
      method: 'POST',
      path: '/work-orders',
      headers: { authorization: `Bearer ${target.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...body, name: `${String(body.name)} fixture ${index + 1}` }),
    });
    const created = readWorkOrder(response);
    // Without an id nothing can follow; a missing wo_number only narrows the ids used (and the
    // create property reports the body that breaks the schema).
    if (response.statusCode !== 200 || created.id === undefined) {
      throw new HarnessError(
        'FIXTURE_NOT_CREATED',
        `POST /work-orders on ${target.baseUrl} answered ${response.statusCode} without a work order`,
        'Check the token and --component-id / --user-id; the run needs work orders of its own.',
      );
    }
    ids.push(created.id, ...(created.woNumber === undefined ? [] : [String(created.woNumber)]));
  }
  return fc.constantFrom(...ids);
};
