import { HarnessError } from '../core/HarnessError';
import { isRecord } from '../spec/jsonPointer';
import type { SpecModel } from '../spec/SpecModel';

/** The operation whose request body names the statuses a work order can be moved to. */
export const statusOperationId = 'patch-work-orders-id-state';

/** Follows `$ref`s of the spec document until a value that is not a reference. */
const follow = (spec: SpecModel, value: unknown): unknown => {
  let current = value;
  for (let hops = 0; hops < 32 && isRecord(current) && typeof current.$ref === 'string'; hops++) {
    current = spec.resolveRef(current.$ref);
  }
  return current;
};

const readEnum = (spec: SpecModel, schema: unknown): string[] | undefined => {
  const body = follow(spec, schema);
  const properties = isRecord(body) ? follow(spec, body.properties) : undefined;
  const status = isRecord(properties) ? follow(spec, properties.status) : undefined;
  const values = isRecord(status) ? status.enum : undefined;
  if (!Array.isArray(values) || values.length === 0) return undefined;
  return values.every((value) => typeof value === 'string') ? values : undefined;
};

/**
 * The work-order statuses, read from the enum of `status` in the request body of
 * `patch-work-orders-id-state`: the spec, not the workflow file, says which statuses exist.
 */
export const findStatuses = (spec: SpecModel): readonly string[] => {
  const operation = spec.findOperation(statusOperationId);
  for (const media of operation?.requestBody?.content ?? []) {
    const statuses = readEnum(spec, media.schema);
    if (statuses !== undefined) return statuses;
  }

  const where = operation === undefined ? spec.path : spec.locate(operation.pointer);
  throw new HarnessError(
    'SPEC_NO_STATUS_ENUM',
    `${where}: operation ${statusOperationId} has no request body with a string enum at status`,
    `Give ${statusOperationId} a JSON request body whose \`status\` property lists the statuses in an enum.`,
  );
};
