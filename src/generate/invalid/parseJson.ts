export type ParsedJson = { ok: true; value: unknown } | { ok: false };

export const parseJson = (text: string): ParsedJson => {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
};
