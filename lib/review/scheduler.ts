import { createEmptyCard, fsrs, generatorParameters, State, type Card, type FSRS, type Grade, type ReviewLog } from "ts-fsrs";

export type { Card, ReviewLog } from "ts-fsrs";
export { State } from "ts-fsrs";

const DAY = 86_400_000;

/**
 * One scheduler per retention. Short-term (minute) learning steps are off: a question comes
 * back in a later session, not ten minutes later in the same one, so every interval is in days
 * (Again on a new card = tomorrow). Fuzz is off so that a schedule can be checked exactly and
 * two runs of the app agree; with one review per session there is no pile-up for fuzz to spread.
 */
const cache = new Map<number, FSRS>();
export function scheduler(retention: number): FSRS {
  let f = cache.get(retention);
  if (!f) {
    f = fsrs(generatorParameters({ request_retention: retention, enable_short_term: false, enable_fuzz: false }));
    cache.set(retention, f);
  }
  return f;
}

/** The card after a review at `now`, and the review's log; `card` null = first review. */
export function review(card: Card | null, rating: Grade, now: number, retention: number): { card: Card; log: ReviewLog } {
  const at = new Date(now);
  return scheduler(retention).next(card ?? createEmptyCard(at), at, rating);
}

/**
 * A card reviewed under another retention, brought to a new one: the memory model (stability,
 * difficulty) is unchanged; only the interval to the next review is recomputed from its last
 * review. Cards never reviewed are left alone.
 */
export function retarget(card: Card, retention: number): Card {
  if (card.state === State.New || !card.last_review) return card;
  const days = scheduler(retention).next_interval(card.stability, 0);
  return { ...card, scheduled_days: days, due: new Date(card.last_review.getTime() + days * DAY) };
}
