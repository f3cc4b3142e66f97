// Distance of a question to each entry in word-vector space, measured against the spread of
// the entries' own phrasings (a shared covariance, as in Lee et al. 2018's Mahalanobis
// out-of-distribution score): a question far from every entry is likely one the knowledge base
// cannot answer, even when its words are familiar.

export interface Whitening {
  dimensions: number;
  /** Lower-triangular Cholesky factor L of the shrunk covariance (row-major D x D). */
  cholesky: Float64Array;
  /** Per class, L^-1 times the class mean (class-major C x D). */
  whitenedMeans: Float32Array;
}

/** Shrinkage towards a scaled identity keeps the covariance invertible with few phrasings. */
const SHRINKAGE = 0.1;

export function fitWhitening(
  examples: Array<{ dense: Float32Array; label: number }>,
  numClasses: number,
  dimensions: number,
): Whitening {
  const d = dimensions;
  const means = new Float64Array(numClasses * d);
  const counts = new Float64Array(numClasses);
  for (const { dense, label } of examples) {
    counts[label] = (counts[label] as number) + 1;
    for (let i = 0; i < d; i++) means[label * d + i] = (means[label * d + i] as number) + (dense[i] as number);
  }
  for (let c = 0; c < numClasses; c++) {
    const n = counts[c] as number;
    if (n > 0) for (let i = 0; i < d; i++) means[c * d + i] = (means[c * d + i] as number) / n;
  }
  const covariance = new Float64Array(d * d);
  const centred = new Float64Array(d);
  for (const { dense, label } of examples) {
    for (let i = 0; i < d; i++) centred[i] = (dense[i] as number) - (means[label * d + i] as number);
    for (let i = 0; i < d; i++) {
      const ci = centred[i] as number;
      if (ci === 0) continue;
      for (let j = 0; j <= i; j++) covariance[i * d + j] = (covariance[i * d + j] as number) + ci * (centred[j] as number);
    }
  }
  const n = Math.max(1, examples.length);
  let trace = 0;
  for (let i = 0; i < d; i++) trace += (covariance[i * d + i] as number) / n;
  const ridge = SHRINKAGE * (trace > 0 ? trace / d : 1) + 1e-6;
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      const value = ((1 - SHRINKAGE) * (covariance[i * d + j] as number)) / n + (i === j ? ridge : 0);
      covariance[i * d + j] = value;
    }
  }
  const cholesky = choleskyInPlace(covariance, d);
  const whitenedMeans = new Float32Array(numClasses * d);
  const scratch = new Float64Array(d);
  for (let c = 0; c < numClasses; c++) {
    forwardSubstitute(cholesky, d, (i) => means[c * d + i] as number, scratch);
    for (let i = 0; i < d; i++) whitenedMeans[c * d + i] = scratch[i] as number;
  }
  return { dimensions: d, cholesky, whitenedMeans };
}

/** Squared Mahalanobis distance of `dense` to every class mean, divided by the dimensions. */
export function mahalanobisDistances(whitening: Whitening, dense: Float32Array, numClasses: number): Float64Array {
  const d = whitening.dimensions;
  const z = new Float64Array(d);
  forwardSubstitute(whitening.cholesky, d, (i) => dense[i] as number, z);
  const out = new Float64Array(numClasses);
  const means = whitening.whitenedMeans;
  for (let c = 0; c < numClasses; c++) {
    let sum = 0;
    for (let i = 0, k = c * d; i < d; i++, k++) {
      const diff = (z[i] as number) - (means[k] as number);
      sum += diff * diff;
    }
    out[c] = sum / d;
  }
  return out;
}

// Cholesky-Banachiewicz on the lower triangle; the matrix is positive definite by the ridge.
function choleskyInPlace(a: Float64Array, d: number): Float64Array {
  const l = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * d + j] as number;
      for (let k = 0; k < j; k++) sum -= (l[i * d + k] as number) * (l[j * d + k] as number);
      l[i * d + j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / (l[j * d + j] as number);
    }
  }
  return l;
}

// Solves L y = b for y.
function forwardSubstitute(l: Float64Array, d: number, b: (i: number) => number, out: Float64Array): void {
  for (let i = 0; i < d; i++) {
    let sum = b(i);
    for (let k = 0; k < i; k++) sum -= (l[i * d + k] as number) * (out[k] as number);
    out[i] = sum / (l[i * d + i] as number);
  }
}
