// Nearest phrasing by TF-IDF cosine, through an inverted index. It is the signal that still works
// when an entry has one or two phrasings and the classifier has next to nothing to learn from.
import type { SparseVector } from "./vectorize";

export interface PhrasingIndex {
  numClasses: number;
  numDocs: number;
  docClass: Int32Array;
  /** CSR by feature column over the phrasing vectors. */
  postingStart: Int32Array;
  postingDoc: Int32Array;
  postingVal: Float32Array;
}

export function buildPhrasingIndex(
  docs: Array<{ vector: SparseVector; label: number }>,
  numFeatures: number,
  numClasses: number,
): PhrasingIndex {
  const postingStart = new Int32Array(numFeatures + 1);
  for (const { vector } of docs) for (const f of vector.idx) postingStart[f + 1] = (postingStart[f + 1] as number) + 1;
  for (let f = 0; f < numFeatures; f++) postingStart[f + 1] = (postingStart[f + 1] as number) + (postingStart[f] as number);
  const cursor = postingStart.slice(0, numFeatures);
  const postingDoc = new Int32Array(postingStart[numFeatures] as number);
  const postingVal = new Float32Array(postingDoc.length);
  docs.forEach(({ vector }, d) => {
    for (let j = 0; j < vector.idx.length; j++) {
      const f = vector.idx[j] as number;
      const at = cursor[f] as number;
      cursor[f] = at + 1;
      postingDoc[at] = d;
      postingVal[at] = vector.val[j] as number;
    }
  });
  return {
    numClasses,
    numDocs: docs.length,
    docClass: Int32Array.from(docs, (doc) => doc.label),
    postingStart,
    postingDoc,
    postingVal,
  };
}

/** Per class, the cosine of the question to its nearest phrasing (0 when none shares a feature). */
export function nearestPerClass(index: PhrasingIndex, vector: SparseVector): Float64Array {
  const docScores = new Float64Array(index.numDocs);
  const { postingStart, postingDoc, postingVal } = index;
  for (let j = 0; j < vector.idx.length; j++) {
    const f = vector.idx[j] as number;
    const v = vector.val[j] as number;
    for (let k = postingStart[f] as number, end = postingStart[f + 1] as number; k < end; k++) {
      const d = postingDoc[k] as number;
      docScores[d] = (docScores[d] as number) + (postingVal[k] as number) * v;
    }
  }
  const perClass = new Float64Array(index.numClasses);
  for (let d = 0; d < index.numDocs; d++) {
    const c = index.docClass[d] as number;
    if ((docScores[d] as number) > (perClass[c] as number)) perClass[c] = docScores[d] as number;
  }
  return perClass;
}
