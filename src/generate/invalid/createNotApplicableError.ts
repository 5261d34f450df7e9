import { HarnessError } from '../../core/HarnessError';

export const createNotApplicableError = (what: string): HarnessError =>
  new HarnessError(
    'INVALID_KIND_NOT_APPLICABLE',
    `No invalid body of this kind exists: ${what}`,
    'Ask invalidKindsFor(schema, ctx) which kinds apply to the body schema.',
  );
