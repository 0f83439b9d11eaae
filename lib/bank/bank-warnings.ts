import type { Bank, BankWarning } from "./types";

/** Warnings that concern `bank`: those about its own file or a file of its authored folder. */
export function warningsFor(bank: Bank, warnings: BankWarning[]): BankWarning[] {
  const authored = `/authored/${bank.id}/`;
  return warnings.filter((w) => w.file === bank.file || w.file.split("\\").join("/").includes(authored));
}
