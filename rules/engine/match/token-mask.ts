/**
 * A set of token indices as one bit per token of the document: what a rule asks of a lexicon token by token ("is
 * token i an auxiliary?"). On the 16 MB synthetic document a Set of numbers held 4 to 8 MB for a frequent concept;
 * the mask is 0.3 MB whatever it holds.
 */
export class TokenMask {
  private readonly bits: Uint8Array;

  constructor(readonly tokenCount: number) {
    this.bits = new Uint8Array((tokenCount + 7) >> 3);
  }

  add(i: number): void {
    if (i >= 0 && i < this.tokenCount) this.bits[i >> 3] |= 1 << (i & 7);
  }

  has(i: number): boolean {
    return i >= 0 && i < this.tokenCount && (this.bits[i >> 3] & (1 << (i & 7))) !== 0;
  }
}
