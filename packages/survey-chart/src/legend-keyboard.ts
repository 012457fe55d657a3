/**
 * Arrow keys between the answer buttons. Each answer is a real button in the Tab order (a reader
 * who does not know the arrows loses nothing); the arrows, Home and End move focus among them
 * faster, and focus shows the chart's tooltip for that answer. No wrap-around, so the ends are felt.
 */
export function targetIndex(key: string, current: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return Math.min(count - 1, current + 1);
    case 'ArrowUp':
    case 'ArrowLeft':
      return Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
