// The few React entry points the host bundle uses (the project has no @types/react).
declare module 'react' {
  export function createElement(type: string, props?: Record<string, unknown>): unknown;
}
declare module 'react-dom' {
  export function flushSync(fn: () => void): void;
}
declare module 'react-dom/client' {
  export interface Root {
    render(node: unknown): void;
    unmount(): void;
  }
  export function createRoot(container: Element): Root;
}
