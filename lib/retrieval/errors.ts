/** A request the retriever cannot serve as asked (e.g. an unknown bank): the caller's mistake, a 400. */
export class RetrievalInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RetrievalInputError";
  }
}
