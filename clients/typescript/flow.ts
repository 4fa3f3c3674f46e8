// Radic Pro's core flow through the TypeScript SDK (@radicpro/client, installed from the repo:
// `npm install ./clients/typescript`).
//
// Usage: npx tsx flow.ts http://127.0.0.1:8000
//
// Signs up, makes an API key and switches to it, creates a brand, uploads a product photo,
// generates designs, pages through them, applies an AI edit, exports a PNG at 2x as an async job
// waited on, downloads it, and reads a design 20 times at once so that the server's rate limit
// answers 429 and the SDK retries after Retry-After (the server must have rate limits on, e.g.
// RADICPRO_RATE_DESIGN_CRUD=2/second). Prints one line a step; exits 1 on the first failure.
import { deflateSync } from "node:zlib";
import { randomUUID } from "node:crypto";
import { RadicPro, RadicProError, type Schemas } from "@radicpro/client";

type Layer = { id: string; type?: string; text?: string; children?: Layer[] };
type DesignDocument = { canvas: { width: number; height: number }; layers: Layer[] };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const STEPS = 11;

class FlowError extends Error {}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new FlowError(message);
}

/** A small product photo: a dark disc on a light background, as a PNG (node:zlib only). */
function productPng(size = 320): Buffer {
  const raw = Buffer.alloc(size * (1 + size * 3));
  const centre = size / 2;
  const radius = size * 0.35;
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 3); // filter byte 0 (none) first
    for (let x = 0; x < size; x++) {
      const inside = (x - centre) ** 2 + (y - centre) ** 2 <= radius ** 2;
      raw.set(inside ? [30, 30, 46] : [236, 236, 240], row + 1 + x * 3);
    }
  }
  const chunk = (kind: string, body: Buffer): Buffer => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(body.length);
    const typed = Buffer.concat([Buffer.from(kind, "ascii"), body]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([head, typed, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    PNG_SIGNATURE, chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0)),
  ]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** [width, height] from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  check(bytes.subarray(0, 8).equals(PNG_SIGNATURE), "download: not a PNG");
  check(bytes.toString("ascii", 12, 16) === "IHDR", "download: the PNG does not start with IHDR");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** Every layer id in a design document, groups' children included. */
function layerIds(document: DesignDocument): Set<string> {
  const found = new Set<string>();
  const stack = [...document.layers];
  while (stack.length) {
    const layer = stack.pop()!;
    found.add(layer.id);
    stack.push(...(layer.children ?? []));
  }
  return found;
}

async function run(baseUrl: string): Promise<void> {
  let stepNo = 0;
  const say = (text: string) => console.log(`typescript ${++stepNo}/${STEPS} ${text}`);
  const { unwrap } = RadicPro;
  let sdk = new RadicPro({ baseUrl });

  // 1. Sign up: the SDK uses the session's access token from now on.
  const email = `flow-ts-${randomUUID().replaceAll("-", "").slice(0, 12)}@example.com`;
  const signup = await sdk.signUp(email, `pw-${randomUUID()}`, "TypeScript Flow");
  check(signup.user.email === email, `sign up: user email ${signup.user.email} != ${email}`);
  say(`signed up ${signup.user.id} (${email})`);

  // 2. An API key (shown once), then every later call authenticates with it.
  const key = unwrap(await sdk.api.POST("/v1/api-keys", { body: { name: "flow" } }));
  check(key.key.startsWith("rp_live_"), `api key: ${key.prefix}`);
  sdk = new RadicPro({ baseUrl, apiKey: key.key });
  say(`created API key ${key.id} (${key.prefix}...), now authenticating with it`);

  // 3. A brand kit.
  const brand = unwrap(await sdk.api.POST("/v1/brands", {
    body: {
      name: "Flow Electronics",
      colors: { primary: "#0066FF", secondary: "#001133", accent: "#00FF88", text: "#FFFFFF" },
    },
  }));
  check(brand.id.startsWith("brand_"), `create brand: id ${brand.id}`);
  say(`created brand ${brand.id}`);

  // 4. A product photo (multipart: the typed body, serialised as FormData).
  const photo = productPng();
  const asset = unwrap(await sdk.api.POST("/v1/assets", {
    body: { type: "product", file: "headphones.png" },
    bodySerializer(body) {
      const form = new FormData();
      form.append("type", body.type);
      form.append("file", new Blob([new Uint8Array(photo)], { type: "image/png" }), body.file);
      return form;
    },
  }));
  check(asset.width === 320 && asset.height === 320, `upload: ${asset.width}x${asset.height}`);
  say(`uploaded asset ${asset.id}`);

  // 5. Three designs (the call waits for the worker; a 202 would be followed to its result).
  const generated = await sdk.result(await sdk.api.POST("/v1/ai/generate-designs", {
    body: {
      prompt: "Instagram ad for Diwali electronics sale, 40% OFF, premium dark theme, show headphones",
      format: "instagram_post", brandKitId: brand.id, productAssetId: asset.id, options: { variants: 3 },
    },
  }), "generation");
  check(generated.designs.length === 3, `generate: ${generated.designs.length} designs`);
  say(`generated ${generated.designs.map((d) => d.id).join(", ")}`);

  // 6. Every design, two a page: the iterator walks both pages.
  const listed: string[] = [];
  for await (const design of sdk.paginate((query) => sdk.api.GET("/v1/designs", { params: { query } }), { limit: 2 })) {
    listed.push(design.id);
  }
  check(JSON.stringify(listed.sort()) === JSON.stringify(generated.designs.map((d) => d.id).sort()),
    `paginate: ${listed} != the generated designs`);
  say(`paged through ${listed.length} designs, 2 a page`);

  // 7. An AI edit, applied with If-Match.
  const designId = generated.designs[0].id;
  const current = unwrap(await sdk.api.GET("/v1/designs/{designId}", { params: { path: { designId } } }));
  const edit = unwrap(await sdk.api.POST("/v1/ai/edit-design", {
    body: { designId, instruction: "remove the badge" },
  }));
  const operations = edit.patch.operations;
  const removed = operations.flatMap((op) => (op.op === "remove_layer" ? [op.layerId] : []));
  check(removed.length, `edit: no remove_layer in ${JSON.stringify(operations)}`);
  const patched = unwrap(await sdk.api.POST("/v1/designs/{designId}/apply-patch", {
    params: { path: { designId }, header: { "If-Match": `"${edit.baseVersion}"` } },
    body: { operations },
  }));
  check(patched.version === current.version + 1, `apply patch: version ${patched.version}`);
  const left = removed.filter((id) => layerIds(patched.designJson as DesignDocument).has(id));
  check(!left.length, `apply patch: ${left} still there`);
  say(`applied the AI edit: version ${current.version} -> ${patched.version}`);

  // 8. Export PNG 2x as an async job (202 at once), waited on: the typed export result.
  const answer = await sdk.api.POST("/v1/export", {
    params: { header: { Prefer: "respond-async" } },
    body: { designId, format: "png", resolution: "2x" },
  });
  check(answer.response.status === 202, `export: HTTP ${answer.response.status}, expected 202`);
  const exported = (await sdk.result(answer, "export")) as Schemas["ExportResultOutput"];
  check(exported.width === 2160 && exported.height === 2160, `export: ${exported.width}x${exported.height}`);
  say(`exported ${exported.exportId} through a job (202, waited on)`);

  // 9. The signed URL (no credential: the signature is the key).
  const bytes = Buffer.from(await sdk.download(exported.url));
  const [width, height] = pngSize(bytes);
  check(width === 2160 && height === 2160 && bytes.length === exported.sizeBytes,
    `download: ${bytes.length} bytes, ${width}x${height}`);
  say(`downloaded a ${width}x${height} PNG of ${bytes.length} bytes`);

  // 10. Adapt the edited design to a story: a new 1080x1920 design with the same words.
  const adapted = (await sdk.result(await sdk.api.POST("/v1/designs/{designId}/adapt", {
    params: { path: { designId } }, body: { formats: ["instagram_story"] },
  }), "adapt")) as Schemas["AdaptOutput"];
  check(adapted.designs.length === 1, `adapt: ${adapted.designs.length} designs, expected 1`);
  const story = adapted.designs[0];
  const storyDocument = story.designJson as DesignDocument;
  check(storyDocument.canvas.width === 1080 && storyDocument.canvas.height === 1920,
    `adapt: canvas ${storyDocument.canvas.width}x${storyDocument.canvas.height}, expected 1080x1920`);
  const textsOf = (doc: DesignDocument) => doc.layers.filter((l) => l.type === "text").map((l) => l.text).sort();
  check(JSON.stringify(textsOf(storyDocument)) === JSON.stringify(textsOf(patched.designJson as DesignDocument)),
    `adapt: texts ${textsOf(storyDocument)} differ from the source's`);
  say(`adapted ${designId} to a story: ${story.id}`);

  // 11. Reads in a burst past the design limit: the 429s are retried after Retry-After.
  const readers = Array.from({ length: 4 }, () => new RadicPro({ baseUrl, apiKey: key.key, maxRetries: 10 }));
  const reads = (await Promise.all(readers.map(async (reader) => {
    const got: string[] = [];
    for (let i = 0; i < 5; i++) {
      got.push(unwrap(await reader.api.GET("/v1/designs/{designId}", { params: { path: { designId } } })).id);
    }
    return got;
  }))).flat();
  const retried = readers.reduce((sum, reader) => sum + reader.retries, 0);
  check(reads.length === 20 && reads.every((id) => id === designId), `rate limit: reads ${reads}`);
  check(retried > 0, "rate limit: 20 reads at once and no 429 (are the limits off?)");
  say(`20 reads at once: ${retried} answers were 429, retried after Retry-After; all 20 read`);
}

const baseUrl = process.argv[2]?.replace(/\/+$/, "");
if (!baseUrl) {
  console.error("usage: npx tsx flow.ts BASE_URL   (e.g. http://127.0.0.1:8000)");
  process.exit(2);
}
try {
  await run(baseUrl);
  console.log("typescript core flow passed");
} catch (error) {
  if (error instanceof FlowError || error instanceof RadicProError) {
    console.error(`typescript FAILED: ${error.message}`);
  } else if (error instanceof TypeError && error.message === "fetch failed") {
    console.error(`typescript FAILED: cannot reach ${baseUrl}: ${String(error.cause)}`);
  } else {
    console.error("typescript FAILED:", error);
  }
  process.exit(1);
}
