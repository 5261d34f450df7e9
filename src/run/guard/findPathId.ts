import type { SpecModel } from '../../spec/SpecModel';

const toPattern = (template: string): RegExp => {
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith('{') ? '([^/]+)' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
};

/**
 * The decoded `{id}` of the operation a sent path belongs to, or undefined when the path has
 * none (the collection). Matches the spec's templates, concrete ones first (OAS 3.1 §4.8.8).
 */
export const createPathIdFinder = (spec: SpecModel) => {
  const templates = [...new Set(spec.operations.map((operation) => operation.pathTemplate))]
    .sort((a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0))
    .map((template) => ({
      pattern: toPattern(template),
      names: [...template.matchAll(/\{[^}]+\}/g)].map((match) => match[0]),
    }));

  return (path: string): string | undefined => {
    const bare = path.split('?')[0] ?? path;
    for (const { pattern, names } of templates) {
      const match = pattern.exec(bare);
      if (match === null) continue;
      const index = names.indexOf('{id}');
      const raw = index === -1 ? undefined : match[index + 1];
      return raw === undefined ? undefined : decodeURIComponent(raw);
    }
    return undefined;
  };
};
