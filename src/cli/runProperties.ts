import type { PropertyDefinition } from '../run/PropertyDefinition';
import type { PropertyResult } from '../run/PropertyResult';
import { runProperty, type RunOptions } from '../run/runProperty';
import type { RunContext } from '../run/Target';

/** Runs properties one after another (a verdict must not depend on timing), reporting progress. */
export const runProperties = async (
  context: RunContext,
  properties: readonly PropertyDefinition[],
  options: RunOptions,
  onDone: (result: PropertyResult) => void = () => undefined,
): Promise<PropertyResult[]> => {
  const results: PropertyResult[] = [];
  for (const property of properties) {
    if (!property.targets.includes(context.target.kind)) continue;
    const result = await runProperty(context, property, options);
    results.push(result);
    onDone(result);
  }
  return results;
};
