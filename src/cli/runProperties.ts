import type { PropertyDefinition } from '../run/PropertyDefinition';
import type { PropertyResult } from '../run/PropertyResult';
import { runProperty, type RunOptions } from '../run/runProperty';
import type { RunContext } from '../run/Target';

/**
 * Runs the properties that apply to the target, `concurrency` at a time. Each property sends its
 * own cases one after another with a seed of its own, so running several side by side changes
 * no verdict; results keep the properties' order.
 */
export const runProperties = async (
  context: RunContext,
  properties: readonly PropertyDefinition[],
  options: RunOptions,
  onDone: (result: PropertyResult) => void = () => undefined,
  concurrency = 1,
): Promise<PropertyResult[]> => {
  const applicable = properties.filter((property) =>
    property.targets.includes(context.target.kind),
  );
  const results: PropertyResult[] = new Array<PropertyResult>(applicable.length);
  let next = 0;

  const worker = async () => {
    for (let index = next++; index < applicable.length; index = next++) {
      const property = applicable[index] as PropertyDefinition;
      const result = await runProperty(context, property, options);
      results[index] = result;
      onDone(result);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return results;
};
