// Radic Pro's core flow through the generated TypeScript client (openapi-typescript types in
// src/schema.d.ts + openapi-fetch).
//
// Usage: npx tsx flow.ts http://127.0.0.1:8000
//
// Signs up, creates a brand, uploads a product photo, generates designs, applies an AI edit,
// exports a PNG at 2x and downloads it, adapts the design to a story, asserting at each step what a user would see. Prints one
// line a step; exits 1 with the reason on the first failure. `make clients` generates the types.
import { deflateSync } from "node:zlib";
import { randomUUID } from "node:crypto";
import createClient from "openapi-fetch";
import type { components, paths } from "./src/schema.js";

type Schemas = components["schemas"];
type GenerateDesignsOutput = Schemas["GenerateDesignsOutput"];
type ExportResultOutput = Schemas["ExportResultOutput"];
type AdaptOutput = Schemas["AdaptOutput"];
type JobAcceptedOutput = Schemas["JobAcceptedOutput"];
type Layer = { id: string; type?: string; text?: string; children?: Layer[] };
type DesignDocument = { canvas: { width: number; height: number }; layers: Layer[] };

const JOB_WAIT_MS = 300_000;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

class FlowError extends Error {}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new FlowError(message);
}

/** The `data` of a successful answer, or a FlowError naming the error envelope's code. */
function expectOk<Body extends { data: unknown }>(
  step: string,
  result: { data?: Body; error?: unknown; response: Response },
  ...statuses: number[]
): Body["data"] {
  const { data, error, response } = result;
  if (data !== undefined && statuses.includes(response.status)) return data.data;
  const envelope = error as Schemas["ErrorEnvelope"] | undefined;
  if (envelope?.error) {
    const { code, message, details } = envelope.error;
    throw new FlowError(`${step}: HTTP ${response.status} ${code}: ${message} ${JSON.stringify(details)}`);
  }
  throw new FlowError(`${step}: HTTP ${response.status}, expected ${statuses.join(" or ")}`);
}

function isJob(body: object): body is JobAcceptedOutput {
  return "statusUrl" in body;
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
  const say = (text: string) => console.log(`typescript ${++stepNo}/9 ${text}`);
  const client = createClient<paths>({ baseUrl });

  // A job the server answered 202 with: its result, once it completes.
  const waitForJob = async (step: string, jobId: string): Promise<unknown> => {
    const deadline = Date.now() + JOB_WAIT_MS;
    while (Date.now() < deadline) {
      const job = expectOk(step, await client.GET("/v1/jobs/{jobId}", {
        params: { path: { jobId } },
      }), 200);
      if (job.status === "completed") return job.result;
      if (job.status === "failed") throw new FlowError(`${step}: job ${jobId} failed: ${JSON.stringify(job.error)}`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    throw new FlowError(`${step}: job ${jobId} did not finish in ${JOB_WAIT_MS / 1000} s`);
  };

  // 1. Sign up: a session with an access token, used by every later call.
  const email = `flow-ts-${randomUUID().replaceAll("-", "").slice(0, 12)}@example.com`;
  const signup = expectOk("sign up", await client.POST("/v1/auth/signup", {
    body: { email, password: `pw-${randomUUID()}`, fullName: "TypeScript Flow" },
  }), 201);
  check(signup.session.accessToken, "sign up: no access token");
  check(signup.user.email === email, `sign up: user email ${signup.user.email} != ${email}`);
  client.use({
    onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${signup.session.accessToken}`);
      return request;
    },
  });
  say(`signed up ${signup.user.id} (${email}), token received`);

  // 2. A brand kit.
  const brand = expectOk("create brand", await client.POST("/v1/brands", {
    body: {
      name: "Flow Electronics",
      colors: { primary: "#0066FF", secondary: "#001133", accent: "#00FF88", text: "#FFFFFF" },
    },
  }), 201);
  check(brand.id.startsWith("brand_"), `create brand: id ${brand.id}`);
  check(brand.name === "Flow Electronics", `create brand: name ${brand.name}`);
  check(brand.colors.primary?.toUpperCase() === "#0066FF", `create brand: colors ${JSON.stringify(brand.colors)}`);
  say(`created brand ${brand.id}`);

  // 3. Upload a product photo (multipart: the typed body, serialised as FormData).
  const photo = productPng();
  const asset = expectOk("upload asset", await client.POST("/v1/assets", {
    body: { type: "product", file: "headphones.png" },
    bodySerializer(body) {
      const form = new FormData();
      form.append("type", body.type);
      form.append("file", new Blob([new Uint8Array(photo)], { type: "image/png" }), body.file);
      return form;
    },
  }), 201);
  check(asset.id.startsWith("asset_"), `upload asset: id ${asset.id}`);
  check(asset.width === 320 && asset.height === 320, `upload asset: size ${asset.width}x${asset.height}`);
  say(`uploaded asset ${asset.id} (${photo.length} bytes, ${asset.mimeType})`);

  // 4. Generate three designs (synchronously; a 202 is followed through its job).
  const answer = expectOk("generate designs", await client.POST("/v1/ai/generate-designs", {
    body: {
      prompt: "Instagram ad for Diwali electronics sale, 40% OFF, premium dark theme, show headphones",
      format: "instagram_post",
      brandKitId: brand.id,
      productAssetId: asset.id,
      options: { variants: 3 },
    },
  }), 200, 202);
  const generated = isJob(answer)
    ? (await waitForJob("generate designs", answer.jobId)) as GenerateDesignsOutput
    : answer;
  check(generated.designs.length === 3, `generate designs: ${generated.designs.length} designs, expected 3`);
  for (const design of generated.designs) {
    check(design.id.startsWith("design_"), `generate designs: id ${design.id}`);
    const document = design.designJson as DesignDocument | undefined;
    check(document?.layers?.length, `generate designs: ${design.id} has no document with layers`);
    const { width, height } = document.canvas;
    check(width === 1080 && height === 1080, `generate designs: canvas ${width}x${height}, expected 1080x1080`);
  }
  say(`generated ${generated.designs.length} designs (${generated.designs.map((d) => d.id).join(", ")}), `
    + `${generated.generation.creditsUsed} credits${isJob(answer) ? ` (202, then job ${answer.jobId})` : ""}`);

  // 5. An AI edit: operations for the design, not applied yet.
  const designId = generated.designs[0].id;
  const before = await client.GET("/v1/designs/{designId}", { params: { path: { designId } } });
  const current = expectOk("get design", before, 200);
  const idsBefore = layerIds(current.designJson as DesignDocument);
  const edit = expectOk("edit design", await client.POST("/v1/ai/edit-design", {
    body: { designId, instruction: "remove the subheadline" },
  }), 200);
  const operations = edit.patch.operations;
  const removed = operations.flatMap((op) => (op.op === "remove_layer" ? [op.layerId] : []));
  check(removed.length, `edit design: no remove_layer operation in ${JSON.stringify(operations)} (${edit.explanation})`);
  check(removed.every((id) => idsBefore.has(id)), `edit design: removes unknown layers ${removed}`);
  check(edit.baseVersion === current.version, `edit design: baseVersion ${edit.baseVersion} != version ${current.version}`);
  say(`edit-design proposed ${operations.map((op) => op.op).join(", ")} (removes ${removed.join(", ")})`);

  // 6. Apply the operations with If-Match: the version goes up and the layer is gone.
  const etag = before.response.headers.get("ETag") ?? "";
  check(etag.replaceAll('"', "") === String(current.version), `get design: ETag ${etag}, version ${current.version}`);
  const patched = expectOk("apply patch", await client.POST("/v1/designs/{designId}/apply-patch", {
    params: { path: { designId }, header: { "If-Match": `"${edit.baseVersion}"` } },
    body: { operations },
  }), 200);
  check(patched.version === current.version + 1, `apply patch: version ${patched.version}, expected ${current.version + 1}`);
  const idsAfter = layerIds(patched.designJson as DesignDocument);
  const left = removed.filter((id) => idsAfter.has(id));
  check(!left.length, `apply patch: ${left} still there`);
  say(`applied the patch: version ${current.version} -> ${patched.version}, ${idsBefore.size} -> ${idsAfter.size} layers`);

  // 7. Export PNG at 2x.
  const exportAnswer = expectOk("export", await client.POST("/v1/export", {
    body: { designId, format: "png", resolution: "2x" },
  }), 200, 202);
  const exported = isJob(exportAnswer)
    ? (await waitForJob("export", exportAnswer.jobId)) as ExportResultOutput
    : exportAnswer;
  check(/^(https?:\/\/|\/)/.test(exported.url), `export: url ${exported.url}`);
  check(exported.width === 2160 && exported.height === 2160, `export: ${exported.width}x${exported.height}, expected 2160x2160`);
  say(`exported ${exported.exportId}: png 2x, ${exported.sizeBytes} bytes${isJob(exportAnswer) ? ` (202, then job ${exportAnswer.jobId})` : ""}`);

  // 8. Download the signed URL (no token: the signature is the key).
  const download = await fetch(new URL(exported.url, baseUrl));
  if (!download.ok) throw new FlowError(`download: HTTP ${download.status} ${(await download.text()).slice(0, 200)}`);
  const bytes = Buffer.from(await download.arrayBuffer());
  const [width, height] = pngSize(bytes);
  check(width === 2160 && height === 2160, `download: PNG is ${width}x${height}, expected 2160x2160`);
  check(bytes.length === exported.sizeBytes, `download: ${bytes.length} bytes, sizeBytes says ${exported.sizeBytes}`);
  say(`downloaded a ${width}x${height} PNG of ${bytes.length} bytes (= sizeBytes)`);

  // 9. Adapt the edited design to a story: a new 1080x1920 design with the same words.
  const adaptAnswer = expectOk("adapt", await client.POST("/v1/designs/{designId}/adapt", {
    params: { path: { designId } },
    body: { formats: ["instagram_story"] },
  }), 200, 202);
  const adapted = isJob(adaptAnswer)
    ? (await waitForJob("adapt", adaptAnswer.jobId)) as AdaptOutput
    : adaptAnswer;
  check(adapted.designs.length === 1, `adapt: ${adapted.designs.length} designs, expected 1`);
  const story = adapted.designs[0];
  const storyDocument = story.designJson as DesignDocument;
  check(storyDocument.canvas.width === 1080 && storyDocument.canvas.height === 1920,
    `adapt: canvas ${storyDocument.canvas.width}x${storyDocument.canvas.height}, expected 1080x1920`);
  const texts = (document: DesignDocument) =>
    document.layers.flatMap((layer) => (layer.type === "text" ? [layer.text ?? ""] : [])).sort();
  const sourceTexts = texts(patched.designJson as DesignDocument);
  check(JSON.stringify(texts(storyDocument)) === JSON.stringify(sourceTexts),
    `adapt: texts ${texts(storyDocument)} != the source's ${sourceTexts}`);
  check(story.sourceDesignId === designId, `adapt: sourceDesignId ${story.sourceDesignId}`);
  say(`adapted ${designId} to a story: ${story.id}, ${adapted.creditsUsed} credit${isJob(adaptAnswer) ? ` (202, then job ${adaptAnswer.jobId})` : ""}`);
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
  if (error instanceof FlowError) {
    console.error(`typescript FAILED: ${error.message}`);
  } else if (error instanceof TypeError && error.message === "fetch failed") {
    console.error(`typescript FAILED: cannot reach ${baseUrl}: ${String(error.cause)}`);
  } else {
    console.error("typescript FAILED:", error);
  }
  process.exit(1);
}
