// Validates AsyncAPI documents with the official parser (schema, references, semantic rules).
// Usage: node validate-asyncapi.mjs <file>...   exit 1 when a document has an error.
import { Parser, fromFile } from '@asyncapi/parser';

const SEVERITY = ['error', 'warning', 'info', 'hint'];
const parser = new Parser();
let failed = false;
for (const file of process.argv.slice(2)) {
  const { document, diagnostics } = await fromFile(parser, file).parse();
  for (const d of diagnostics) {
    const line = d.range ? d.range.start.line + 1 : '?';
    console.log(`${file}:${line} ${SEVERITY[d.severity]} ${d.code} [${d.path.join('.')}] ${d.message}`);
  }
  const errors = diagnostics.filter((d) => d.severity === 0);
  if (!document || errors.length > 0) {
    console.log(`${file}: INVALID (${errors.length} error(s))`);
    failed = true;
  } else {
    console.log(
      `${file}: valid AsyncAPI ${document.version()}, ${document.channels().length} channels, ` +
        `${document.allMessages().length} messages`,
    );
  }
}
process.exit(failed ? 1 : 0);
