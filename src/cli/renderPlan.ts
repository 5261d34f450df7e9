import type { PropertyDefinition } from '../run/PropertyDefinition';
import type { Workflow } from '../workflow';
import type { ConformanceOptions } from './parseConformanceOptions';

/** What a conformance run would do, printed by --dry-run instead of sending anything. */
export const renderPlan = (
  options: ConformanceOptions,
  properties: readonly PropertyDefinition[],
  workflow: Workflow,
): string =>
  [
    `conformance plan (dry run: nothing is sent) against ${options.target}`,
    `token: ${options.token === undefined ? 'NOT SET (set SERIAL_API_TOKEN)' : 'set'}`,
    `seed ${options.seed}, ${options.runs} cases per property, time-out ${options.timeout} ms`,
    `budgets: ${options.maxRequests} requests, ${options.maxOrders} work orders, ${options.rate} requests/s`,
    '',
    '1. GET /work-orders: is the target there, does it take the token, which work orders exist',
    "2. POST /work-orders twice: two work orders of the run's own, for the checks below",
    "3. the request properties, each on this run's work orders or on ids that match none:",
    ...properties.map((property) => `   - ${property.name}: ${property.title}`),
    `4. the workflow model: ${options.runs} sequences of creates, moves and reads, judged by ${workflow.path}`,
    '5. GET each work order the run created, to report the status it was left in',
  ].join('\n');
