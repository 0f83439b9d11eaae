/**
 * Colour scheme: "system" follows the OS (prefers-color-scheme), "light"/"dark" are a choice
 * kept in a cookie. Tailwind's `dark:` variant keys on the `dark` class of <html> (globals.css).
 */
export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];
export const THEME_COOKIE = "theme";

export const themeFrom = (v: string | undefined): Theme => (v === "light" || v === "dark" ? v : "system");

/**
 * Runs in <head> before the body is painted, so a dark page never flashes light: the server
 * can set the class for an explicit choice, but only the browser knows the system's scheme.
 * Also follows a change of the system scheme while the page is open, when the choice is "system".
 */
export const THEME_SCRIPT = `(function(){try{
var d=document.documentElement,m=window.matchMedia("(prefers-color-scheme: dark)");
function pref(){var c=document.cookie.match(/(?:^|; )${THEME_COOKIE}=(light|dark)/);return c?c[1]:"system";}
function apply(){var p=pref(),dark=p==="dark"||(p==="system"&&m.matches);d.classList.toggle("dark",dark);d.style.colorScheme=dark?"dark":"light";d.dataset.theme=p;}
apply();m.addEventListener("change",apply);window.__applyTheme=apply;
}catch(e){}})();`;
