/**
 * Test only: happy-dom has no StaticRange, which the scanner uses for evidence-only mentions
 * (every browser Glossa supports has it). A minimal one, installed when missing.
 */
if (typeof globalThis.StaticRange !== 'function') {
  class StaticRangeShim {
    readonly startContainer: Node;
    readonly startOffset: number;
    readonly endContainer: Node;
    readonly endOffset: number;
    constructor(init: StaticRangeInit) {
      this.startContainer = init.startContainer;
      this.startOffset = init.startOffset;
      this.endContainer = init.endContainer;
      this.endOffset = init.endOffset;
    }
    get collapsed(): boolean {
      return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
    }
  }
  globalThis.StaticRange = StaticRangeShim as unknown as typeof StaticRange;
}
