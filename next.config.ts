import type { NextConfig } from "next";
import { MAX_BODY_BYTES } from "./lib/security/body-limit";
import { securityHeaders } from "./lib/security/headers";

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
  // Says nothing about the stack to whoever probes it.
  poweredByHeader: false,
  experimental: {
    // Next buffers a copy of each body for the proxy (10 MB by default): no more than a route reads.
    proxyClientMaxBodySize: MAX_BODY_BYTES + 1,
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "development") }];
  },
};

export default nextConfig;
