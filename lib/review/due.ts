/**
 * "Due today" is a calendar notion: a card due at 18:00 is due this morning already, as in
 * every flash-card app. The day is the server's local day (the app runs on the candidate's own
 * machine); everything is computed from an injected `now`, never the wall clock.
 */
export function endOfDay(now: number): number {
  const d = new Date(now);
  d.setHours(24, 0, 0, 0);
  return d.getTime();
}

export const isDueBy = (due: number, now: number) => due < endOfDay(now);
