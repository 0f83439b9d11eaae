import { safeNext } from "./safe-next";

export const dynamic = "force-dynamic";

/**
 * Asked for when the server was started with APP_PASSWORD (required when it listens beyond
 * 127.0.0.1). A plain form, so signing in works before any script has loaded.
 */
export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = safeNext(params.next);
  const error = params.error === "wrong";
  const enabled = !!process.env.APP_PASSWORD;
  return (
    <div className="mx-auto max-w-sm space-y-4 pt-8">
      <h1 className="text-xl font-semibold">登录 Sign in</h1>
      {enabled ? (
        <p className="text-sm text-slate-600">这台服务器需要密码。This server asks for the app password (APP_PASSWORD) before it shows any interview.</p>
      ) : (
        <p className="text-sm text-slate-600" data-testid="login-disabled">
          这台服务器未设置密码 No APP_PASSWORD is set on this server: nothing to sign in to.
        </p>
      )}
      {error && (
        <p role="alert" data-testid="login-error" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          密码不对 Wrong password: try again (it is the APP_PASSWORD the server was started with).
        </p>
      )}
      <form method="post" action="/login/submit" className="space-y-3">
        <input type="hidden" name="next" value={next} />
        <label className="block space-y-1 text-sm">
          <span>密码 Password</span>
          <input
            type="password"
            name="password"
            required
            autoFocus
            autoComplete="current-password"
            maxLength={1000}
            data-testid="login-password"
            className="w-full rounded border border-slate-300 px-3 py-2"
          />
        </label>
        <button type="submit" data-testid="login-submit" className="rounded bg-slate-900 px-4 py-2 text-sm text-white hover:bg-slate-700">
          登录 Sign in
        </button>
      </form>
    </div>
  );
}
