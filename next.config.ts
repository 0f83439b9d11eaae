import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Lets a second build (e.g. the browser tests') live beside the developer's .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Native addons and the ONNX runtime must load from node_modules at run time, not be bundled.
  serverExternalPackages: [
    "better-sqlite3",
    "@node-rs/jieba",
    "@huggingface/transformers",
    "onnxruntime-node",
  ],
  // content/ is read at run time; make sure standalone traces keep it.
  outputFileTracingIncludes: { "/*": ["./content/**/*"] },
};

export default nextConfig;
