import { z } from "zod";
import { readBankImage } from "@/lib/bank/image-file";
import { getBanks } from "@/lib/bank/load";

const query = z.object({ bank: z.string().min(1).max(200), src: z.string().min(1).max(1000) });

/** GET /bank/image?bank=…&src=imgs/x.png: a figure of a bank answer (see readBankImage for limits). */
export function GET(request: Request): Response {
  const url = new URL(request.url);
  const parsed = query.safeParse({ bank: url.searchParams.get("bank"), src: url.searchParams.get("src") });
  if (!parsed.success) return new Response("bad request", { status: 400 });
  const image = readBankImage(getBanks().banks, parsed.data.bank, parsed.data.src);
  if (!image) return new Response("not found", { status: 404 });
  return new Response(new Uint8Array(image.bytes), {
    headers: {
      "Content-Type": image.contentType,
      "Cache-Control": "public, max-age=60",
      "X-Content-Type-Options": "nosniff",
      // An SVG opened directly must not run scripts.
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    },
  });
}
