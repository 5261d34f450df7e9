import { HarnessError } from '../core/HarnessError';
import type { PropertyDefinition } from '../run/PropertyDefinition';

/** The properties whose name starts with the filter (all when there is none). */
export const selectProperties = (
  properties: readonly PropertyDefinition[],
  filter: string | undefined,
): PropertyDefinition[] => {
  if (filter === undefined) return [...properties];
  const selected = properties.filter((property) => property.name.startsWith(filter));
  if (selected.length > 0) return selected;
  throw new HarnessError(
    'USAGE',
    `--property '${filter}' matches no property`,
    `Use a name or prefix of one of: ${properties.map((property) => property.name).join(', ')}`,
  );
};
