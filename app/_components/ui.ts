/**
 * The few class lists the app's own components share, light and dark, so that cards, fields and
 * buttons look alike everywhere. Plain strings: no UI kit.
 */
export const ui = {
  card: "rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900",
  field:
    "block w-full rounded border border-slate-300 bg-white p-2 text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100",
  primary:
    "rounded bg-blue-600 px-5 py-2 font-medium text-white hover:bg-blue-700 disabled:opacity-50 dark:bg-blue-500 dark:hover:bg-blue-400",
  secondary:
    "rounded border border-slate-300 px-3 py-1 text-sm text-slate-700 hover:bg-slate-50 disabled:opacity-50 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800",
  muted: "text-slate-500 dark:text-slate-400",
  error: "rounded border border-rose-300 bg-rose-50 p-2 text-sm text-rose-800 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-200",
  link: "text-blue-700 hover:underline dark:text-blue-400",
} as const;
