/** Errors the API turns into HTTP answers with a clear message. */
export class InterviewError extends Error {
  constructor(
    readonly code: "not-found" | "conflict" | "invalid",
    message: string,
  ) {
    super(message);
    this.name = "InterviewError";
  }
}
