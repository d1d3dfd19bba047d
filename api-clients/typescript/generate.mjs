// Generates TypeScript types (openapi-typescript) for every committed OpenAPI document of the
// repository (<module>/openapi/openapi.yaml), plus a typed openapi-fetch client factory per document,
// into generated/. Run by the api-clients Maven build before `tsc --noEmit`; fails (exit 1) when a
// document cannot be turned into types.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..", "..");
const out = join(here, "generated");

if (!existsSync(join(here, "node_modules", "openapi-typescript"))) {
  console.error(
    "openapi-typescript is not installed: run `npm ci --prefix api-clients/typescript` (bin/test does)",
  );
  process.exit(1);
}
const { default: openapiTS, astToString } = await import("openapi-typescript");

const documents = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
  .map((entry) => entry.name)
  .filter((module) => existsSync(join(root, module, "openapi", "openapi.yaml")))
  .sort();
if (documents.length === 0) {
  console.error(`no committed OpenAPI document found under ${root}/*/openapi/openapi.yaml`);
  process.exit(1);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let failed = false;
for (const module of documents) {
  const document = join(root, module, "openapi", "openapi.yaml");
  try {
    const ast = await openapiTS(pathToFileURL(document), { alphabetize: true });
    const banner = `// Generated from ${module}/openapi/openapi.yaml by openapi-typescript: do not edit.\n`;
    writeFileSync(join(out, `${module}.ts`), banner + astToString(ast));
    writeFileSync(join(out, `${module}.client.ts`), clientFactory(module));
    console.log(`[api-clients] ${module}: types and client written`);
  } catch (error) {
    failed = true;
    console.error(`[api-clients] ${module}: cannot generate TypeScript types: ${error.message}`);
  }
}
writeFileSync(
  join(out, "index.ts"),
  documents.map((m) => `export * as ${camel(m)} from "./${m}.client";\n`).join(""),
);
process.exit(failed ? 1 : 0);

/** A typed openapi-fetch client for one service: every path, method, body and response typed. */
function clientFactory(module) {
  return `// Generated: a typed client for ${module}. Do not edit.
import createClient, { type ClientOptions } from "openapi-fetch";
import type { components, paths } from "./${module}";

export type { components, paths };
export type Schemas = components["schemas"];

/** A client for ${module}; pass the service's base URL and, for protected operations, a bearer token. */
export function createApiClient(baseUrl: string, token?: string, options: ClientOptions = {}) {
  const headers: Record<string, string> = token ? { Authorization: \`Bearer \${token}\` } : {};
  return createClient<paths>({ ...options, baseUrl, headers: { ...headers, ...(options.headers as Record<string, string> | undefined) } });
}
`;
}

function camel(name) {
  return name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}
