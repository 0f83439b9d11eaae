// The choices a session is started with, free of zod so that the start form and the topic
// search can list them without shipping the schema library to the browser (types.ts builds
// the schema from these).

export const ORDERS = ["bank", "random", "new-first", "weakest-first", "due"] as const;
export type Order = (typeof ORDERS)[number];

export const FEEDBACK_TIMINGS = ["each", "end"] as const;
export type FeedbackTiming = (typeof FEEDBACK_TIMINGS)[number];
