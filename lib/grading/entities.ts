import type { Question } from "@/lib/bank/types";
import { compileConcept, type Concept } from "./term-match";

/**
 * Named things a sentence can be about, for telling whose claim a cue is (assertion.ts): every
 * misconception and swap subject of the bank that is a name (it has a capital letter: "T5",
 * "原始 Transformer", "Q-Former"; not "采样" or "数据"), the names the bank's own question titles
 * use ("DiT", "FiT", "VideoGPT"), plus the field's usual points of comparison that no rubric
 * names as a subject.
 */
const COMPARANDS = [
  "BERT",
  "GPT / GPT-2 / GPT-3 / GPT-4",
  "BatchNorm / BN / 批归一化 / batch norm / batch normalization",
  "RMSNorm",
  "RNN / LSTM / 循环神经网络",
  "CNN / 卷积网络 / 卷积神经网络",
  "GAN / GANs / 生成对抗网络 / StyleGAN / StyleGAN2",
  "MaskGIT",
  "ResNet",
  "Imagen",
  "CogVideoX",
  "Sora",
  "BLIP",
  "Flamingo",
  "LLaVA",
  "光流网络 / 光流估计网络 / RAFT / optical flow network",
  "分类器引导 / classifier guidance",
  "像素空间扩散 / pixel-space diffusion",
  "ImageNet",
  "自回归模型 / autoregressive model",
  "扩散模型 / diffusion model / diffusion models",
  "SDXL",
  "SD 1.5 / SD1.5",
  "GPT-4V",
  // The bank's own chapters' models that no question title spells as a name.
  "DiT / Diffusion Transformer / Diffusion Transformers",
  "ViT / Vision Transformer",
  "U-Net / UNet",
  "VQ-VAE / VQVAE",
  "VQGAN / VQ-GAN",
];

const cache = new WeakMap<readonly Question[], Concept[]>();

function nameAliases(subject: string): string | null {
  const names = subject
    .split(/\s+\/\s+/)
    .map((a) => a.trim())
    .filter((a) => /[A-Z]/.test(a) && a.length >= 2);
  return names.length ? names.join(" / ") : null;
}

export function bankEntities(questions: readonly Question[]): Concept[] {
  const hit = cache.get(questions);
  if (hit) return hit;
  const subjects = new Set<string>();
  // Swap subjects are entities whatever their spelling: they are declared as the two sides of a pair ("正样本", "负样本").
  const swapSubjects = new Set<string>();
  for (const q of questions)
    for (const p of q.rubric) {
      for (const m of p.misconceptions) if (m.subject) subjects.add(m.subject);
      for (const s of p.swaps ?? []) swapSubjects.add(s.subject);
    }
  // Names in the titles: a Latin run with a capital after its first letter or a digit ("DiT",
  // "T5", "BLIP2", "EMA-VFI"), not a capitalised word ("Transformer", "Dropout").
  const titled = new Set<string>();
  for (const q of questions)
    for (const m of `${q.title} ${q.titleEn ?? ""}`.matchAll(/(?<![A-Za-z0-9])[A-Z][A-Za-z]*[A-Z0-9][A-Za-z0-9.-]*/g)) titled.add(m[0].replace(/[.-]+$/, ""));
  const names = [...titled, ...[...subjects].map(nameAliases).filter((s): s is string => s !== null), ...swapSubjects];
  const concepts = [...new Set([...COMPARANDS, ...names])]
    .map(compileConcept)
    .filter((c) => c.patterns.length > 0);
  cache.set(questions, concepts);
  return concepts;
}
