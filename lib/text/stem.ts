/**
 * A deliberately light English stemmer: plurals, "-ional", "-ing", "-ed", a final "e" and a doubled final
 * consonant, so that "sampling", "sampled", "samples" and "sample" meet, and "embeddings" meets
 * "embed". It never touches words of four letters or fewer, where a wrong cut costs most.
 */
export function stemEnglish(word: string): string {
  let w = word;
  if (w.length <= 4) return w;
  if (w.endsWith("ies") && w.length > 5) w = `${w.slice(0, -3)}y`;
  else if (/(?:sses|xes|ches|shes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);

  // "positional" meets "position", "conditional" "condition", "convolutional" "convolution".
  if (w.endsWith("ional") && w.length > 7) return w.slice(0, -2);
  if (w.endsWith("ing") && w.length - 3 >= 4) w = w.slice(0, -3);
  else if (w.endsWith("ed") && w.length - 2 >= 4) w = w.slice(0, -2);
  else if (w.endsWith("e") && w.length >= 5) w = w.slice(0, -1);

  // "embedd" -> "embed", "runn" -> "run"; not "ll"/"ss"/"zz", which are usually the stem.
  if (/([b-df-hj-kmnp-rtv-y])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}
