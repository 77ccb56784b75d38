// Distribution statistics over whole numbers (scores are 0–100 integers, changes −100…100, index
// points 0…12), kept as counts per value. A histogram makes adding a value O(1), makes every figure
// exact and independent of the order values came in (no floating-point sums), and gives quantiles
// without sorting 100,000 numbers.

/** A distribution: how many, where its middle is, its spread, and its deciles. */
export interface Stats {
  n: number;
  /** Rounded to one decimal, as every figure here. */
  mean: number;
  median: number;
  /** First and third quartile: the middle half lies between them. */
  q1: number;
  q3: number;
  min: number;
  max: number;
  /** The 10th, 20th, … 90th percentiles (nine values). */
  deciles: number[];
}

/** Counts of whole numbers between `low` and `high` (inclusive). */
export class Histogram {
  readonly counts: Uint32Array;
  n = 0;
  private sum = 0;

  constructor(
    readonly low: number,
    readonly high: number,
    /** Counts already made (a view into a larger table), one per value from `low` to `high`. */
    counts?: Uint32Array,
  ) {
    this.counts = counts ?? new Uint32Array(high - low + 1);
    if (counts)
      for (let index = 0; index < counts.length; index += 1) {
        this.n += counts[index]!;
        this.sum += counts[index]! * (index + low);
      }
  }

  /** Adds one value; values off the range or not whole are ignored (and reported false). */
  add(value: number): boolean {
    if (!Number.isInteger(value) || value < this.low || value > this.high) return false;
    this.counts[value - this.low]! += 1;
    this.n += 1;
    this.sum += value;
    return true;
  }

  /** The value at rank `rank` (0-based) of the sorted values. */
  private at(rank: number): number {
    let seen = 0;
    for (let index = 0; index < this.counts.length; index += 1) {
      seen += this.counts[index]!;
      if (seen > rank) return index + this.low;
    }
    return this.high;
  }

  /** The p-quantile, interpolated between neighbouring ranks (the usual "type 7" definition). */
  quantile(p: number): number {
    const position = (this.n - 1) * p;
    const below = Math.floor(position);
    const lower = this.at(below);
    const upper = position === below ? lower : this.at(below + 1);
    return round(lower + (position - below) * (upper - lower));
  }

  stats(): Stats | null {
    if (this.n === 0) return null;
    return {
      n: this.n,
      mean: round(this.sum / this.n),
      median: this.quantile(0.5),
      q1: this.quantile(0.25),
      q3: this.quantile(0.75),
      min: this.at(0),
      max: this.at(this.n - 1),
      deciles: [1, 2, 3, 4, 5, 6, 7, 8, 9].map((decile) => this.quantile(decile / 10)),
    };
  }
}

/** One decimal. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Where `value` falls in a distribution, in tenths: how many of its nine deciles lie below it (0–9).
 * "Above 7 in 10 firms" means seven deciles lie below the firm's score.
 */
export function tenthsBelow(stats: Pick<Stats, 'deciles'>, value: number): number {
  return stats.deciles.filter((decile) => decile < value).length;
}
