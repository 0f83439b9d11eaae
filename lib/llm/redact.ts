/**
 * Removes the API key from any text that might leave the process (a log line, an error shown
 * to the user, a stored fallback reason). Providers echo keys back in some error bodies.
 */
export function redactSecrets(text: string, secrets: string[] = [process.env.OPENAI_API_KEY ?? ""]): string {
  let out = text;
  for (const s of secrets) {
    if (s && s.length >= 6) out = out.split(s).join("[redacted]");
  }
  // Anything shaped like a bearer key, even one we were not told about.
  return out.replace(/\b(sk|pk|rk)-[A-Za-z0-9_-]{8,}/g, "[redacted]").replace(/Bearer\s+[A-Za-z0-9._-]{8,}/gi, "Bearer [redacted]");
}
