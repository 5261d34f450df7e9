const distance = (a: string, b: string): number => {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
};

/** The candidate a misspelt word most likely meant (case ignored, at most two edits), if any. */
export const findClosest = (word: string, candidates: readonly string[]): string | undefined => {
  const scored = candidates.map((candidate) => ({
    candidate,
    score: distance(word.toUpperCase(), candidate.toUpperCase()),
  }));
  const [best] = scored.sort((a, b) => a.score - b.score);
  return best !== undefined && best.score <= 2 ? best.candidate : undefined;
};

/** ` (did you mean X?)`, or nothing when no candidate is close. */
export const toDidYouMean = (word: string, candidates: readonly string[]): string => {
  const closest = findClosest(word, candidates);
  return closest === undefined ? '' : ` (did you mean ${closest}?)`;
};
