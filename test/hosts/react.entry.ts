// A React 19 app that renders one fc-* element, passing `data` as React passes props to a custom element.
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';

export function mount(container: HTMLElement) {
  const root: Root = createRoot(container);
  return {
    render(tag: string, props: Record<string, unknown>) {
      flushSync(() => root.render(createElement(tag, props)));
    },
    unmount() {
      flushSync(() => root.unmount());
    },
  };
}
