import type { APIRequestContext } from "@playwright/test";

/** Steers the fake OpenAI-compatible server the LLM app talks to (scripts/fake-llm/server.ts). */
export class FakeLlm {
  readonly url = `http://127.0.0.1:${process.env.E2E_FAKE_PORT}`;
  constructor(private readonly request: APIRequestContext) {}

  async configure(settings: Record<string, unknown>): Promise<void> {
    await this.request.post(`${this.url}/_fake/config`, { data: settings });
  }

  /** Lets a stream held by `holdAfter` finish. */
  async release(): Promise<void> {
    await this.request.post(`${this.url}/_fake/release`);
  }

  async reset(): Promise<void> {
    await this.request.post(`${this.url}/_fake/reset`);
  }

  async requests(): Promise<Array<{ role: string; fault: string | null; authorization: string | null }>> {
    return ((await (await this.request.get(`${this.url}/_fake/log`)).json()) as { requests: [] }).requests;
  }
}

export const llmBaseURL = `http://127.0.0.1:${process.env.E2E_LLM_PORT}`;
